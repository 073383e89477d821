import { createContext } from '@lit/context';
import type { SourceLoader } from './source-loader.js';

/** What `<lamtheo-dataset>` gives the widgets inside it: one loader, loaded once. */
export const sourceContext = createContext<SourceLoader | undefined>(Symbol('lamtheo-dataset'));
