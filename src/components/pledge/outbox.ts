/**
 * The outbox: pledges that are not yet confirmed by the receiver, kept in IndexedDB so
 * they survive a closed tab, a dead battery or a lost connection. A small promise
 * wrapper over IndexedDB (no library); where IndexedDB is missing or refused (some
 * private modes), a memory outbox keeps them for the life of the page.
 */

export interface OutboxEntry {
  /** The Idempotency-Key: made once, at the first attempt, and sent with every retry. */
  key: string;
  /** The absolute URL the pledge goes to. */
  action: string;
  method: 'POST' | 'PUT';
  /** The JSON text of the pledge. */
  body: string;
  /** Which form made it (draft key), to show its state when the form is opened again. */
  formKey: string;
  createdAt: number;
  attempts: number;
  nextAttemptAt: number;
  /** What the person typed, to put back on the form if the receiver refuses the pledge. */
  values?: unknown;
}

export interface Outbox {
  put(entry: OutboxEntry): Promise<void>;
  delete(key: string): Promise<void>;
  all(): Promise<OutboxEntry[]>;
}

const STORE = 'entries';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function openDatabase(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'key' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error('IndexedDB blocked'));
  });
}

/** An outbox in the IndexedDB database `name`, falling back to memory when IndexedDB fails. */
export function openOutbox(name = 'lamtheo-pledge-outbox'): Outbox {
  const fallback = memoryOutbox();
  let db: Promise<IDBDatabase | undefined> | undefined;
  const database = () =>
    (db ??= typeof indexedDB === 'undefined' ? Promise.resolve(undefined) : openDatabase(name).catch(() => undefined));
  async function run<T>(
    mode: IDBTransactionMode,
    work: (store: IDBObjectStore) => IDBRequest,
    otherwise: () => Promise<T>,
  ) {
    const opened = await database();
    if (!opened) return otherwise();
    try {
      const tx = opened.transaction(STORE, mode);
      const result = (await request(work(tx.objectStore(STORE)))) as T;
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = tx.onabort = () => reject(tx.error);
      });
      return result;
    } catch {
      return otherwise();
    }
  }
  return {
    put: async (entry) =>
      void (await run<unknown>(
        'readwrite',
        (s) => s.put(entry),
        () => fallback.put(entry),
      )),
    delete: async (key) =>
      void (await run<unknown>(
        'readwrite',
        (s) => s.delete(key),
        () => fallback.delete(key),
      )),
    all: () =>
      run<OutboxEntry[]>(
        'readonly',
        (s) => s.getAll(),
        () => fallback.all(),
      ),
  };
}

export function memoryOutbox(): Outbox {
  const entries = new Map<string, OutboxEntry>();
  return {
    put: async (entry) => void entries.set(entry.key, { ...entry }),
    delete: async (key) => void entries.delete(key),
    all: async () => [...entries.values()].map((e) => ({ ...e })),
  };
}

/** Deletes an IndexedDB database (tests, and "forget everything" buttons). */
export function deleteOutboxDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = req.onerror = req.onblocked = () => resolve();
  });
}
