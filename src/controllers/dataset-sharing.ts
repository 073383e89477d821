/**
 * Sharing one dataset between the widgets inside a `<lamtheo-dataset>`: the element itself
 * and the widgets' side of @lit/context. Downloaded only by pages that have a
 * `<lamtheo-dataset>` (the autoloader asks for it when it sees the tag; a widget asks for it
 * when it finds one around itself), so a page of lone widgets carries none of it.
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import { datasetContext } from './dataset-context.js';
import type { DatasetStore } from './dataset-store.js';
export { LamtheoDataset } from './dataset-element.js';
// The widgets inside a <lamtheo-dataset> are data elements: asking for theirs here too keeps
// Lit and the data element in one chunk with it (otherwise the bundler splits Lit out of the
// data element's chunk, and every page pays a request and a worse compression for it).
import '../internal/data-element.js';

/** Subscribes `host` to the store of the nearest `<lamtheo-dataset>` around it. */
export function consumeDataset(
  host: ReactiveControllerHost & HTMLElement,
  callback: (store: DatasetStore | undefined) => void,
): void {
  new ContextConsumer(host, { context: datasetContext, subscribe: true, callback });
}
