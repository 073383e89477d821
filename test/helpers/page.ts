/** Opens a page of test/pages in an iframe and resolves once it has loaded. */
export async function openPage(path: string, { width = 800, height = 600 } = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  frame.title = path;
  const loaded = new Promise<void>((resolve, reject) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.addEventListener('error', () => reject(new Error(`could not open ${path}`)), { once: true });
  });
  frame.src = path;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Waits until `check` returns a truthy value (polling every 16 ms; animation frames pause in background tabs), or fails after `ms`. */
export async function until<T>(check: () => T, what: string, ms = 5000): Promise<NonNullable<T>> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value as NonNullable<T>;
    if (performance.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 16));
  }
}

/** The visible text of an element's shadow root, with white space folded. */
export function shadowText(element: Element | null | undefined): string {
  return (element?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The pages record errors and CSP violations here (test/pages/record-errors.js). */
export interface RecordedProblems {
  errors: string[];
  violations: string[];
}
export function recorded(frame: HTMLIFrameElement): RecordedProblems {
  return (frame.contentWindow as unknown as { lamtheoTestRecord: RecordedProblems }).lamtheoTestRecord;
}

/** Waits until every lamtheo widget in a document has left the loading state; returns them. */
export async function settledWidgets(doc: Document, ms = 8000): Promise<HTMLElement[]> {
  // <lamtheo-dataset> has no view and no state: the widgets inside it are what settles.
  const widgets = () =>
    [...doc.querySelectorAll<HTMLElement>('*')].filter(
      (el) => el.localName.startsWith('lamtheo-') && el.localName !== 'lamtheo-dataset',
    );
  await until(
    () =>
      widgets().every(
        (el) => el.shadowRoot && ['ready', 'stale', 'empty', 'error'].includes(el.getAttribute('state') ?? ''),
      ),
    'every widget settled',
    ms,
  );
  // One more frame and task for layout-driven rendering (the map fits itself to its box).
  await new Promise((resolve) => setTimeout(resolve, 50));
  return widgets();
}

/** Counts an element's updates from now on. */
export function countUpdates(element: HTMLElement): () => number {
  let count = 0;
  const own = element as unknown as { performUpdate(): void };
  const original = own.performUpdate.bind(element);
  own.performUpdate = () => {
    count++;
    original();
  };
  return () => count;
}
