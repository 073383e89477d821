// The pledge receiver under load and across a SIGKILL (issue 16, "Reliability, measured"): for
// the embedded store (PGlite in a folder) and PostgreSQL (a server of the tests' harness on
// loopback), 200 submitters post valid registrations to `node bin/lamtheo.js receiver
// --rate-limit 0` for 30 s over loopback with a keep-alive agent, one in ten repeating an
// acknowledged Idempotency-Key; the receiver is killed with SIGKILL after 15 s and started again
// on the same store; cut requests are retried with their key. Then the same checks as the kill
// test in `npm test` (test/node/receiver-kill.test.mjs, the same driver:
// test/node/support/receiver-load.mjs). Not a browser scenario: run.js calls `run()`.
import { loadAndKill } from '../../test/node/support/receiver-load.mjs';

export default {
  name: 'receiver',
  kind: 'node',
  description:
    'Submitters on loopback (200 for 30 s; --quick: 40 for 6 s), one in ten repeating an Idempotency-Key, SIGKILL ' +
    'halfway and a restart on the same store. Registrations/s = distinct registrations acknowledged ÷ the whole run (the restart included); ' +
    'latency of acknowledged requests. The driver shares the machine with the receiver (and PostgreSQL).',
  /** @param {{ log(line: string): void, quick?: boolean }} options */
  async run({ log, quick = false }) {
    const load = quick ? { submitters: 40, seconds: 6, killAt: 3 } : { submitters: 200, seconds: 30, killAt: 15 };
    const stores = {};
    const { storesUnderTest, stopStores } = await import('../../test/node/support/stores.mjs');
    try {
      for (const store of ['embedded', 'postgres']) {
        try {
          let databaseUrl;
          if (store === 'postgres') {
            const available = await storesUnderTest();
            if (!available.postgres) {
              stores[store] = { skipped: available.why };
              log(`receiver: ${available.why}`);
              continue;
            }
            databaseUrl = await available.postgres.fresh();
          }
          log(`receiver: ${store} store, ${load.submitters} submitters for ${load.seconds} s`);
          stores[store] = await loadAndKill({ store, databaseUrl, ...load, log: (line) => log(`receiver: ${line}`) });
        } catch (error) {
          stores[store] = { error: String(error.message ?? error).split('\n')[0] };
          log(`receiver: ${store} ERROR ${stores[store].error}`);
        }
      }
    } finally {
      await stopStores();
    }
    return { ...load, stores };
  },
};
