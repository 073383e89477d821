// The receiver as a ward runs it, for the browser journey test: `node bin/lamtheo.js receiver`
// as a child process on an empty folder (or an empty PostgreSQL database from the test harness),
// killed with SIGKILL and started again on the same store, with reviewer tokens made by the
// `add-reviewer` command itself. From a test:
//   executeServerCommand('lamtheo-receiver-process', { action: 'start', store: 'embedded' | 'postgres', origin: location.origin }) → { url } (ends with /)
//   … { action: 'add-reviewer', unit } → { token }   (the line the command prints)
//   … { action: 'kill' } → { killed: true }            (SIGKILL, then waits for the exit)
//   … { action: 'restart' } → { url }                  (the same folder or database, the same port)
//   … { action: 'stop' }
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/lamtheo.js');

export function receiverProcessCommands() {
  /** @type {{ child?: import('node:child_process').ChildProcess, folder: string, dataset: string, env: NodeJS.ProcessEnv, origin: string, url?: string, port?: number } | undefined} */
  let current;
  let postgres;

  const launch = () =>
    new Promise((ok, fail) => {
      const { folder, dataset, env, origin } = current;
      const child = spawn(
        process.execPath,
        [
          bin,
          'receiver',
          '--port',
          String(current.port ?? 0),
          '--data',
          folder,
          '--dataset',
          dataset,
          '--allow-origin',
          origin,
          '--rate-limit',
          '0',
        ],
        { env, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      current.child = child;
      let out = '';
      let err = '';
      const timer = setTimeout(() => fail(new Error(`the receiver did not start in 30 s: ${err}`)), 30_000);
      child.stdout.on('data', (chunk) => {
        out += chunk;
        const url = /lamtheo receiver: (http:\/\/\S+)/.exec(out)?.[1];
        if (url && !current.url?.startsWith(url)) {
          clearTimeout(timer);
          current.url = url;
          current.port = Number(new URL(url).port);
          ok({ url: `${url}/` });
        }
      });
      child.stderr.on('data', (chunk) => (err += chunk));
      child.on('exit', (code) => {
        clearTimeout(timer);
        if (!current?.url) fail(new Error(`the receiver exited (${code}): ${err}`));
      });
    });

  const stop = async () => {
    if (!current) return;
    current.child?.kill('SIGKILL');
    rmSync(current.folder, { recursive: true, force: true });
    current = undefined;
  };
  process.once('exit', () => current?.child?.kill('SIGKILL'));

  return {
    name: 'lamtheo-receiver-process',
    async executeCommand({ command, payload }) {
      if (command !== 'lamtheo-receiver-process') return undefined;
      const { action } = payload ?? {};
      if (action === 'start') {
        await stop();
        const folder = mkdtempSync(join(tmpdir(), 'lamtheo-journey-'));
        const dataset = join(folder, 'du-lieu.json');
        copyFileSync(join(root, 'test/fixtures/ben-tre-2016-2017.json'), dataset);
        const env = { ...process.env };
        delete env.DATABASE_URL;
        if (payload.store === 'postgres') {
          const { storesUnderTest } = await import('../node/support/stores.mjs');
          postgres ??= await storesUnderTest();
          if (!postgres.postgres) throw new Error(postgres.why);
          env.DATABASE_URL = await postgres.postgres.fresh();
        }
        current = { folder: join(folder, 'dang-ky'), dataset, env, origin: payload.origin };
        return launch();
      }
      if (!current) throw new Error('lamtheo-receiver-process: start it first');
      if (action === 'add-reviewer') {
        const made = spawnSync(
          process.execPath,
          [bin, 'receiver', 'add-reviewer', '--unit', payload.unit, '--data', current.folder],
          {
            env: current.env,
            encoding: 'utf8',
          },
        );
        const token = /\b(lt_[A-Za-z0-9_-]+)/.exec(made.stdout)?.[1];
        if (made.status !== 0 || !token) throw new Error(`add-reviewer failed: ${made.stderr || made.stdout}`);
        return { token };
      }
      if (action === 'kill') {
        const child = current.child;
        const exited = new Promise((ok) => child.once('exit', ok));
        child.kill('SIGKILL');
        await exited;
        return { killed: true };
      }
      if (action === 'restart') {
        current.url = undefined;
        return launch();
      }
      if (action === 'stop') {
        await stop();
        return { stopped: true };
      }
      throw new Error(`lamtheo-receiver-process: unknown action ${action}`);
    },
  };
}
