// The kill test (issue 16, "Reliability, measured"), short, in `npm test`: for each store, 40
// submitters post valid registrations for 4 s over loopback, one in ten repeating an earlier
// Idempotency-Key with the same body; the receiver (`node bin/lamtheo.js receiver`, built into
// dist/) gets SIGKILL after 2 s and is started again on the same store, and the load goes on 2 s more; requests cut by the kill
// are retried with their key, as the form's outbox does. Then every acknowledged registration
// must be stored exactly once, open with its code, and be counted in dataset.json, and every
// repeat must have had the first receipt and code. The driver (./support/receiver-load.mjs) is
// the one the 30 s load test in `npm run bench` runs (bench/scenarios/receiver.js).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { loadAndKill } from './support/receiver-load.mjs';
import { storesUnderTest, stopStores } from './support/stores.mjs';

after(() => stopStores());

for (const kind of ['embedded', 'postgres']) {
  test(`receiver (${kind} store): SIGKILL under 40 submitters loses and doubles nothing`, async (t) => {
    const stores = await storesUnderTest();
    const store = stores[kind];
    if (!store) return t.skip(stores.why);
    const report = await loadAndKill({
      store: kind,
      databaseUrl: await store.fresh?.(),
      submitters: 40,
      seconds: 4,
      killAt: 2,
      afterRestart: 2,
      settleSeconds: 20,
      log: (line) => t.diagnostic(line),
    });
    t.diagnostic(
      `${report.acknowledged} acknowledged (${report.storedBeforeAck} stored before the kill cut their answer), ` +
        `${report.repeats} repeats, ${report.retriedKeys} keys retried after the kill, ` +
        `restart ${Math.round(report.restartMs)} ms`,
    );
    assert.deepEqual(report.problems, []);
    // The run did what it says: registrations on both sides of the kill, repeats, retries.
    assert.ok(report.acknowledged >= 40, `only ${report.acknowledged} registrations`);
    assert.ok(report.repeats > 0, 'no key was repeated');
    assert.ok(report.retriedKeys > 0, 'no request was cut by the kill');
    assert.equal(report.unanswered, 0);
    assert.equal(report.stored, report.acknowledged);
    assert.equal(report.opened, report.acknowledged);
    assert.equal(report.counted, report.acknowledged);
    assert.equal(report.repeatsOk, report.repeats);
  });
}
