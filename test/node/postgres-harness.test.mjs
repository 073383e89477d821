// The PostgreSQL harness (test/node/support/postgres.mjs) that the receiver's tests run on: it
// starts a real server on loopback only, answers queries, and stop() leaves no process and no
// directory behind. No PostgreSQL binaries is a failure here (CI installs them), never a skip;
// only LAMTHEO_NO_POSTGRES=1 skips, on a developer's own machine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { postgresSkipped, startPostgres } from './support/postgres.mjs';

const skip = postgresSkipped();

test('startPostgres: a server on 127.0.0.1 that answers select 1, gone after stop()', { skip }, async () => {
  const server = await startPostgres();
  const url = new URL(server.url);
  assert.equal(url.hostname, '127.0.0.1');
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  const { rows } = await client.query('select 1 as one');
  assert.deepEqual(rows, [{ one: 1 }]);
  const settings = Object.fromEntries(
    (await client.query(`select name, setting from pg_settings where name in ('listen_addresses', 'fsync')`)).rows.map(
      (r) => [r.name, r.setting],
    ),
  );
  assert.deepEqual(settings, { fsync: 'on', listen_addresses: '127.0.0.1' });
  const dataDir = (await client.query('show data_directory')).rows[0].data_directory;
  await client.end();
  const pid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);

  await server.stop();
  assert.throws(() => process.kill(pid, 0), { code: 'ESRCH' }, 'the server process is gone');
  assert.equal(existsSync(dataDir), false, 'its directory is removed');
  const late = new pg.Client({ connectionString: server.url, connectionTimeoutMillis: 2000 });
  await assert.rejects(late.connect());
});

test('without a password nobody connects over TCP', { skip }, async () => {
  const server = await startPostgres();
  try {
    const url = new URL(server.url);
    url.password = 'wrong';
    const client = new pg.Client({ connectionString: url.toString() });
    await assert.rejects(client.connect(), /password authentication failed/);
  } finally {
    await server.stop();
  }
});

test('a test process killed with SIGKILL leaves no server and no directory behind', { skip }, async () => {
  const { spawn } = await import('node:child_process');
  const harness = new URL('./support/postgres.mjs', import.meta.url).href;
  const child = spawn(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import pg from 'pg';
       const { startPostgres } = await import(${JSON.stringify(harness)});
       const { url } = await startPostgres();
       const c = new pg.Client({ connectionString: url }); await c.connect();
       const dir = (await c.query('show data_directory')).rows[0].data_directory; await c.end();
       console.log(dir);
       setInterval(() => {}, 1000);`,
    ],
    { cwd: import.meta.dirname, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const dataDir = await new Promise((ok) => child.stdout.once('data', (chunk) => ok(String(chunk).trim())));
  const pid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  assert.doesNotThrow(() => process.kill(pid, 0), 'the server runs while its test process does');
  child.kill('SIGKILL');
  const gone = () => {
    try {
      process.kill(pid, 0);
      return false;
    } catch {
      return !existsSync(join(dataDir, '..'));
    }
  };
  for (let i = 0; i < 100 && !gone(); i++) await new Promise((ok) => setTimeout(ok, 100));
  assert.ok(gone(), 'the watchdog stopped the server and removed its directory');
});
