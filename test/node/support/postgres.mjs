// A real PostgreSQL server for the tests, of their own: `startPostgres()` makes a cluster in a
// temporary directory (initdb), starts it on 127.0.0.1 at a free port (no other address; its
// unix socket in that directory; fsync on, as a ward's server runs), creates a database and
// gives `{ url, stop() }`, the url `postgres://lamtheo:<password>@127.0.0.1:<port>/lamtheo` of a
// superuser (the tests create one database each from it).
//
// The binaries: `LAMTHEO_PG_BINDIR`, else `pg_config --bindir`, else the newest
// /usr/lib/postgresql/<version>/bin (Debian's `apt-get install -y postgresql`). None found is an
// error that says so: the tests must not skip PostgreSQL in CI. On your own machine
// `LAMTHEO_NO_POSTGRES=1` skips it (see postgresSkipped() and ./stores.mjs), saying so.
//
// PostgreSQL refuses to run as root: as root, initdb and pg_ctl run as the `postgres` user
// (`runuser -u postgres --`, the user Debian's package creates) on a directory chowned to it.
//
// It never leaves a server behind: stop() stops it (SIGQUIT, PostgreSQL's immediate shutdown)
// and removes the directory; on the test process's exit the same signal is sent; and a small
// detached watchdog (`sh`) waits for the test process to end, however it ends (SIGKILL too),
// then stops the server and removes the directory.
import { execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

const installHint =
  'PostgreSQL server binaries not found (initdb, pg_ctl, postgres). Install them: `apt-get install -y postgresql` ' +
  '(Debian/Ubuntu; the tests start their own server, the system one need not run), or set LAMTHEO_PG_BINDIR. ' +
  'To skip the PostgreSQL tests on your own machine only: LAMTHEO_NO_POSTGRES=1.';

/** Why PostgreSQL is skipped here (printed once), or undefined when it must run. */
export function postgresSkipped() {
  if (process.env.LAMTHEO_NO_POSTGRES !== '1') return undefined;
  const why = 'LAMTHEO_NO_POSTGRES=1: PostgreSQL skipped on this machine';
  if (!postgresSkipped.said) console.error(`# ${why}`);
  postgresSkipped.said = true;
  return why;
}

const hasServer = (dir) => ['initdb', 'pg_ctl', 'postgres'].every((name) => existsSync(join(dir, name)));

/** The directory of initdb, pg_ctl and postgres, or throws with the install command. */
export function postgresBinDir() {
  const candidates = [];
  if (process.env.LAMTHEO_PG_BINDIR) candidates.push(process.env.LAMTHEO_PG_BINDIR);
  try {
    candidates.push(
      execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(),
    );
  } catch {
    // no pg_config (it comes with libpq-dev, not always with the server)
  }
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian))
    candidates.push(
      ...readdirSync(debian)
        .filter((version) => /^\d+(\.\d+)?$/.test(version))
        .sort((a, b) => Number(b) - Number(a))
        .map((version) => join(debian, version, 'bin')),
    );
  const found = candidates.find(hasServer);
  if (!found) throw new Error(installHint);
  return found;
}

const freePort = () =>
  new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => ok(port));
    });
  });

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
};

/** @returns {Promise<{ url: string, stop(): Promise<void> }>} */
export async function startPostgres() {
  const why = postgresSkipped();
  if (why) throw new Error(why);
  const bin = postgresBinDir();
  const asRoot = process.getuid?.() === 0;
  let owner;
  if (asRoot) {
    try {
      owner = execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim();
    } catch {
      throw new Error(`Running as root, but there is no \`postgres\` user to run the server as. ${installHint}`);
    }
  }
  const run = (command, args) => {
    const [file, argv] = asRoot
      ? ['runuser', ['-u', 'postgres', '--', join(bin, command), ...args]]
      : [join(bin, command), args];
    try {
      return execFileSync(file, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], cwd: tmpdir() });
    } catch (error) {
      throw new Error(`${command} failed: ${error.stderr || error.stdout || error.message}`);
    }
  };

  const dir = mkdtempSync(join(tmpdir(), 'lamtheo-pg-'));
  const data = join(dir, 'data');
  const password = randomBytes(18).toString('hex');
  const pwfile = join(dir, 'pw');
  writeFileSync(pwfile, password + '\n', { mode: 0o600 });
  if (asRoot) {
    const uid = Number(owner);
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
    chownSync(pwfile, uid, gid);
  }

  let pid;
  let watchdog;
  const stopNow = () => {
    if (pid && alive(pid)) {
      try {
        process.kill(pid, 'SIGQUIT');
      } catch {
        // already gone
      }
    }
  };
  process.once('exit', stopNow);

  try {
    // --no-sync: only initdb's own final flush of a throwaway cluster; the server runs with fsync on.
    run('initdb', [
      '-D',
      data,
      '-U',
      'lamtheo',
      '--pwfile',
      pwfile,
      '--auth-host',
      'scram-sha-256',
      '--auth-local',
      'trust',
      '-E',
      'UTF8',
      '--locale',
      'C',
      '--no-sync',
    ]);
    rmSync(pwfile);
    let port;
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      const options = [
        `-p ${port}`,
        `-c listen_addresses=127.0.0.1`,
        `-c unix_socket_directories=${dir}`,
        '-c fsync=on',
        '-c max_connections=300',
        '-c shared_buffers=32MB',
      ].join(' ');
      try {
        run('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', '-o', options, 'start']);
        break;
      } catch (error) {
        // Another process may have taken the port between the probe and the start.
        if (attempt >= 3) {
          const log = existsSync(join(dir, 'server.log')) ? readFileSync(join(dir, 'server.log'), 'utf8') : '';
          throw new Error(`${error.message}\n${log}`);
        }
      }
    }
    pid = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
    watchdog = spawn(
      'sh',
      [
        '-c',
        [
          'while kill -0 "$1" 2>/dev/null; do sleep 1; done',
          'kill -QUIT "$2" 2>/dev/null',
          'i=0; while kill -0 "$2" 2>/dev/null && [ "$i" -lt 300 ]; do sleep 0.1; i=$((i+1)); done',
          'rm -rf "$3"',
        ].join('\n'),
        'lamtheo-pg-watchdog',
        String(process.pid),
        String(pid),
        dir,
      ],
      { detached: true, stdio: 'ignore' },
    );
    watchdog.unref();

    const admin = new pg.Client({ host: '127.0.0.1', port, user: 'lamtheo', password, database: 'postgres' });
    await admin.connect();
    await admin.query('create database lamtheo');
    await admin.end();

    const url = `postgres://lamtheo:${password}@127.0.0.1:${port}/lamtheo`;
    let stopped;
    return {
      url,
      stop() {
        stopped ??= (async () => {
          process.removeListener('exit', stopNow);
          stopNow();
          for (let i = 0; i < 300 && alive(pid); i++) await new Promise((ok) => setTimeout(ok, 100));
          if (watchdog.pid && alive(watchdog.pid)) process.kill(watchdog.pid, 'SIGKILL');
          rmSync(dir, { recursive: true, force: true });
        })();
        return stopped;
      },
    };
  } catch (error) {
    stopNow();
    process.removeListener('exit', stopNow);
    if (watchdog?.pid && alive(watchdog.pid)) process.kill(watchdog.pid, 'SIGKILL');
    if (pid) for (let i = 0; i < 100 && alive(pid); i++) await new Promise((ok) => setTimeout(ok, 100));
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
