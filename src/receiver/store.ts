/**
 * The receiver's two stores behind one small interface: PGlite (PostgreSQL compiled to
 * WebAssembly, in a folder, no server to install) for a ward, or a real PostgreSQL server
 * (`DATABASE_URL`) for a province's shared receiver. Both run the same SQL (registrations.ts)
 * and the same numbered migrations (migrations.ts). PGlite writes its files through to disk
 * before a query resolves (`relaxedDurability` off), so an acknowledged registration survives
 * a killed process; PostgreSQL commits with its own WAL and fsync.
 */
import { existsSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface Rows<T> {
  rows: T[];
}

/** What the receiver asks of a store: parameterised SQL, transactions, and closing. */
export interface Queryable {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Rows<T>>;
}

export interface Store extends Queryable {
  readonly kind: 'embedded' | 'postgres';
  /** Where it is, for the start line: the folder, or the server without its password. */
  readonly where: string;
  /** Runs `work` in one transaction: all of it is stored, or none. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** The folder of the embedded store. */
  data?: string;
  /** postgres://… — when set, PostgreSQL is used and `data` only holds the lock and socket. */
  databaseUrl?: string;
}

export async function openStore(options: StoreOptions): Promise<Store> {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openEmbedded(resolve(options.data ?? 'dang-ky'));
}

async function openEmbedded(folder: string): Promise<Store> {
  mkdirSync(folder, { recursive: true });
  const release = lockFolder(folder);
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const db = await PGlite.create({ dataDir: join(folder, 'pgdata') });
    return {
      kind: 'embedded',
      where: folder,
      query: async <T>(text: string, params: unknown[] = []) => ({ rows: (await db.query<T>(text, params)).rows }),
      transaction: (work) =>
        db.transaction((tx) =>
          work({
            query: async <T>(text: string, params: unknown[] = []) => ({
              rows: (await tx.query<T>(text, params)).rows,
            }),
          }),
        ),
      close: async () => {
        await db.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

async function openPostgres(url: string): Promise<Store> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client that loses its server (a restart) must not take the receiver down.
  pool.on('error', () => {});
  await pool.query('select 1');
  const where = redactUrl(url);
  return {
    kind: 'postgres',
    where,
    query: async <T>(text: string, params: unknown[] = []) => ({ rows: (await pool.query(text, params)).rows as T[] }),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work({
          query: async <T>(text: string, params: unknown[] = []) => ({
            rows: (await client.query(text, params)).rows as T[],
          }),
        });
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** The server part of a postgres:// address, without user or password, for logs. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    return `postgres://${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname}`;
  } catch {
    return 'postgres://…';
  }
}

/** The lock file of a data folder: PGlite must never be opened by two processes at once. */
export const lockFile = (folder: string) => join(folder, 'receiver.pid');

/** The pid holding the folder, when that process is alive. */
export function folderHolder(folder: string): number | undefined {
  const file = lockFile(folder);
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined; // a lock left by a killed process
  }
}

export class FolderBusyError extends Error {
  constructor(
    readonly folder: string,
    readonly pid: number,
  ) {
    super(`${folder} is used by process ${pid}`);
  }
}

function lockFolder(folder: string): () => void {
  const holder = folderHolder(folder);
  if (holder) throw new FolderBusyError(folder, holder);
  writeFileSync(lockFile(folder), `${process.pid}\n`);
  return () => {
    try {
      if (readFileSync(lockFile(folder), 'utf8').trim() === String(process.pid)) unlinkSync(lockFile(folder));
    } catch {
      // already gone
    }
  };
}
