import { createContext } from '@lit/context';
import type { DatasetStore } from './dataset-store.js';

/** What `<lamtheo-dataset>` gives the widgets inside it: one store, loaded once. */
export const datasetContext = createContext<DatasetStore | undefined>(Symbol('lamtheo-dataset'));
