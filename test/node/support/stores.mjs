// The stores the receiver's tests run against: the embedded one always, PostgreSQL from the
// harness (./postgres.mjs, a server of its own on loopback, started once per test process).
// Each call of `fresh()` gives an empty database. LAMTHEO_NO_POSTGRES=1 skips PostgreSQL
// locally, saying so; CI never sets it (.ci/run installs PostgreSQL).
import pg from 'pg';

let server;

export async function storesUnderTest() {
  if (process.env.LAMTHEO_NO_POSTGRES === '1')
    return { embedded: {}, why: 'LAMTHEO_NO_POSTGRES=1: PostgreSQL skipped on this machine' };
  const { startPostgres } = await import('./postgres.mjs');
  server ??= startPostgres();
  const { url } = await server;
  return {
    embedded: {},
    postgres: {
      async fresh() {
        const name = `lamtheo_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
        const admin = new pg.Client({ connectionString: url });
        await admin.connect();
        await admin.query(`create database ${name}`);
        await admin.end();
        const u = new URL(url);
        u.pathname = `/${name}`;
        return u.toString();
      },
    },
  };
}

/** Stops the harness's server, if one was started (call from the last `after`). */
export async function stopStores() {
  if (server) await (await server).stop();
  server = undefined;
}
