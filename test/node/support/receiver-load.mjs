// The receiver under load and across a SIGKILL, for the kill test (test/node/receiver-kill.test.mjs,
// a few seconds in `npm test`) and the load test (bench/scenarios/receiver.js, 30 s in
// `npm run bench`). One driver for both:
//
//   const report = await loadAndKill({ store: 'embedded' | 'postgres', submitters: 40, seconds: 4, killAt: 2 });
//   report.problems  // [] when every acknowledged registration is stored exactly once
//
// It runs `node bin/lamtheo.js receiver --port 0 --rate-limit 0` (dist/ must be built) on an
// empty folder, or with DATABASE_URL on an empty database of the PostgreSQL harness; `submitters`
// loops post valid Bến Tre 2016 registrations over loopback with a keep-alive agent, each with a
// new Idempotency-Key, except one in ten, which repeats an earlier acknowledged key with the same
// body and must get the first receipt and code back (`duplicate: true`). At `killAt` seconds the
// receiver gets SIGKILL and is started again on the same store and port; requests that fail
// meanwhile (a network error, or 408/425/429/5xx) are retried with the same key and body, as
// the form's outbox does, until they get an answer. Then it checks, from the receiver's HTTP side:
// every key ends with one receipt and one code; no receipt is given to two keys; the committee's
// list (a reviewer token from `add-reviewer`) has each of those receipts once, each person once,
// nothing else; each receipt opens with its code (GET /api/pledges/self) on the right person;
// `pledges-registered-2016` in /api/pledges/dataset.json counts exactly the stored ones.
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');
const bin = join(root, 'bin/lamtheo.js');
const fixture = join(root, 'test/fixtures/ben-tre-2016-2017.json');
/** The unit every registration names, and the committee that reviews it. */
const unit = 'thanh-uy-ben-tre';
const registeredMetric = 'pledges-registered-2016';

/** A valid Bến Tre 2016 registration (validatePledgeSubmission: one commitment per heading). */
export const pledgeBody = (fullName) => ({
  templateId: 'ben-tre-2016',
  year: 2016,
  person: { fullName, position: 'Chuyên viên' },
  unitId: unit,
  commitments: [
    { headingId: 'tu-tuong', commitment: 'Đọc và làm theo Di chúc của Bác' },
    { headingId: 'dao-duc', commitment: 'Cần, kiệm, liêm, chính trong công việc' },
    { headingId: 'phong-cach', commitment: 'Đúng giờ, gần dân' },
  ],
  public: true,
});

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** The receiver CLI as a child process that can be killed and started again on its store and port. */
export async function receiverProcess({ databaseUrl } = {}) {
  const folder = mkdtempSync(join(tmpdir(), 'lamtheo-load-'));
  const dataset = join(folder, 'du-lieu.json');
  copyFileSync(fixture, dataset);
  const data = join(folder, 'dang-ky');
  const env = { ...process.env };
  delete env.DATABASE_URL;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  let child;
  let port = 0;
  let stderr = '';

  const start = () =>
    new Promise((ok, fail) => {
      stderr = '';
      child = spawn(
        process.execPath,
        [bin, 'receiver', '--port', String(port), '--data', data, '--dataset', dataset, '--rate-limit', '0'],
        { env, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let out = '';
      const timer = setTimeout(() => fail(new Error(`the receiver did not start in 60 s: ${stderr}`)), 60_000);
      child.stdout.on('data', (chunk) => {
        out += chunk;
        const url = /lamtheo receiver: (http:\/\/\S+)/.exec(out)?.[1];
        if (url && !port) port = Number(new URL(url).port);
        if (url) {
          clearTimeout(timer);
          out = '';
          ok(url.replace(/\/$/, ''));
        }
      });
      // Its log (one line per request) is read and dropped; kept only to explain a failed start.
      child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        fail(new Error(`the receiver exited (${code ?? signal}) before starting: ${stderr}`));
      });
    });

  const killed = () =>
    new Promise((ok) => {
      if (!child || child.exitCode !== null || child.signalCode !== null) return ok();
      child.once('exit', () => ok());
      child.kill('SIGKILL');
    });
  const onExit = () => child?.kill('SIGKILL');
  process.once('exit', onExit);

  const url = await start();
  return {
    url,
    /** SIGKILL, then waits until the process is gone. */
    kill: killed,
    /** Starts it again on the same folder or database and the same port. */
    restart: start,
    /** A reviewer token for `unit`, from the add-reviewer command's own output. */
    addReviewer(forUnit = unit) {
      const made = spawnSync(process.execPath, [bin, 'receiver', 'add-reviewer', '--unit', forUnit, '--data', data], {
        env,
        encoding: 'utf8',
      });
      const token = /\b(lt_[A-Za-z0-9_-]+)/.exec(made.stdout)?.[1];
      if (made.status !== 0 || !token) throw new Error(`add-reviewer failed: ${made.stderr || made.stdout}`);
      return token;
    },
    async stop() {
      process.removeListener('exit', onExit);
      await killed();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** One HTTP exchange: { status, json, ms } or { error, ms } (a network failure or no answer in time). */
function exchange(agent, base, method, path, { body, headers = {}, timeoutMs = 15_000 } = {}) {
  return new Promise((ok) => {
    const started = performance.now();
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const req = request(
      `${base}${path}`,
      {
        method,
        agent,
        headers: {
          ...(payload ? { 'Content-Type': 'application/json', 'Content-Length': payload.length } : {}),
          ...headers,
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('error', (error) => ok({ error: error.code ?? error.message, ms: performance.now() - started }));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json;
          try {
            json = text ? JSON.parse(text) : undefined;
          } catch {
            json = undefined;
          }
          ok({ status: res.statusCode, json, ms: performance.now() - started });
        });
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error('no answer in time')));
    req.on('error', (error) => ok({ error: error.code ?? error.message, ms: performance.now() - started }));
    req.end(payload);
  });
}

const retryable = (r) => r.error !== undefined || [408, 425, 429].includes(r.status) || r.status >= 500;

const percentile = (sorted, p) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : undefined;

/**
 * Runs the load, the kill and the restart, then verifies. Times in seconds.
 * @param {{ store: 'embedded' | 'postgres', databaseUrl?: string, submitters: number, seconds: number,
 *   killAt: number, afterRestart?: number, repeatShare?: number, settleSeconds?: number, log?: (line: string) => void }} options
 */
export async function loadAndKill({
  store,
  databaseUrl,
  submitters,
  seconds,
  killAt,
  afterRestart = 0,
  repeatShare = 0.1,
  settleSeconds = 60,
  log = () => {},
}) {
  if (store === 'postgres' && !databaseUrl) throw new Error('loadAndKill: the postgres store needs databaseUrl');
  const receiver = await receiverProcess({ databaseUrl: store === 'postgres' ? databaseUrl : undefined });
  const base = receiver.url;
  const agent = new Agent({ keepAlive: true, maxSockets: submitters + 20 });
  const problems = [];
  const problem = (line) => {
    if (problems.length < 50) problems.push(line);
  };

  /** key → { body, name, receipt?, code?, attempts, failures } for every key ever sent. */
  const keys = new Map();
  const ackedKeys = [];
  const ackMs = [];
  let sent = 0;
  let repeats = 0;
  let repeatsOk = 0;
  let networkFailures = 0;
  let retriedKeys = 0;
  let storedBeforeAck = 0; // keys whose first answer was a replay: stored, but the answer was lost in the kill

  const post = (key, entry) =>
    exchange(agent, base, 'POST', '/api/pledges', {
      body: entry.body,
      headers: { 'Idempotency-Key': key, 'Accept-Language': 'vi' },
    });

  /** Posts a key until it is answered (the outbox's retries, with the same key and body). */
  async function submit(key, entry, deadline) {
    for (let attempt = 1; ; attempt++) {
      sent++;
      const r = await post(key, entry);
      if (!retryable(r)) return { r, attempt };
      if (r.error) networkFailures++;
      if (attempt === 2) retriedKeys++;
      if (performance.now() > deadline) return { r, attempt, gaveUp: true };
      await sleep(50 + Math.random() * 200);
    }
  }

  function acknowledged(key, entry, r, { repeat, attempt }) {
    const { receipt, code, duplicate } = r.json ?? {};
    if (typeof receipt !== 'string' || typeof code !== 'string') {
      problem(`${r.status} without a receipt and a code for key ${key}: ${JSON.stringify(r.json)}`);
      return;
    }
    if (repeat) {
      repeats++;
      if (r.status !== 200 || duplicate !== true)
        problem(`repeat of key ${key} (first ${entry.receipt}) answered ${r.status} ${JSON.stringify(r.json)}`);
      else if (receipt !== entry.receipt || code !== entry.code)
        problem(`repeat of key ${key} gave ${receipt}/${code}, not the first receipt ${entry.receipt}/${entry.code}`);
      else repeatsOk++;
      return;
    }
    if (entry.receipt) {
      problem(`key ${key} acknowledged twice as new: ${entry.receipt} then ${receipt}`);
      return;
    }
    if (r.status === 200) {
      // A replay on the first answer is only right when an earlier attempt may have been stored.
      if (attempt === 1) problem(`key ${key} was new but answered as a replay (${receipt})`);
      else storedBeforeAck++;
    } else if (r.status !== 201) problem(`key ${key} answered ${r.status}: ${JSON.stringify(r.json)}`);
    entry.receipt = receipt;
    entry.code = code;
    ackedKeys.push(key);
  }

  let stopAt;
  let killedAt;
  let restartedAt;
  let restartMs;
  const started = performance.now();
  stopAt = started + seconds * 1000;
  const killer = (async () => {
    await sleep(killAt * 1000);
    killedAt = performance.now();
    log(`${store}: SIGKILL after ${killAt} s (${ackedKeys.length} acknowledged)`);
    await receiver.kill();
    await receiver.restart();
    restartedAt = performance.now();
    restartMs = restartedAt - killedAt;
    // Keep going at least `afterRestart` seconds on the restarted receiver.
    stopAt = Math.max(stopAt, restartedAt + afterRestart * 1000);
    log(`${store}: restarted in ${Math.round(restartMs)} ms`);
  })();

  let serial = 0;
  const submitter = async (n) => {
    const mine = [];
    while (performance.now() < stopAt) {
      const repeat = mine.length > 0 && Math.random() < repeatShare;
      if (repeat) {
        const key = mine[Math.floor(Math.random() * mine.length)];
        const entry = keys.get(key);
        const { r, attempt, gaveUp } = await submit(key, entry, stopAt + settleSeconds * 1000);
        if (gaveUp) problem(`repeat of key ${key} never answered: ${r.error ?? r.status}`);
        else {
          if (r.status >= 200 && r.status < 300) ackMs.push(r.ms);
          acknowledged(key, entry, r, { repeat: true, attempt });
        }
        continue;
      }
      const key = randomUUID();
      const name = `Người thử ${store} ${n}-${++serial}`;
      const entry = { body: pledgeBody(name), name };
      keys.set(key, entry);
      const { r, attempt, gaveUp } = await submit(key, entry, stopAt + settleSeconds * 1000);
      if (gaveUp) {
        problem(`key ${key} never answered after the restart: ${r.error ?? r.status}`);
        continue;
      }
      if (r.status >= 200 && r.status < 300) ackMs.push(r.ms);
      acknowledged(key, entry, r, { repeat: false, attempt });
      if (entry.receipt) mine.push(key);
    }
  };
  await Promise.all(Array.from({ length: submitters }, (_, n) => submitter(n + 1)));
  await killer;
  const ran = (performance.now() - started) / 1000;
  if (restartedAt === undefined || restartedAt > stopAt)
    problem(`the run ended before the receiver was back (kill at ${killAt} s of ${seconds} s)`);
  log(`${store}: ${ackedKeys.length} registrations acknowledged in ${ran.toFixed(1)} s; verifying`);

  // Verification, from the receiver's HTTP side.
  const byReceipt = new Map();
  for (const key of ackedKeys) {
    const entry = keys.get(key);
    if (byReceipt.has(entry.receipt)) problem(`receipt ${entry.receipt} given to two keys`);
    byReceipt.set(entry.receipt, entry);
  }
  const unanswered = [...keys.values()].filter((e) => !e.receipt).length;

  const token = receiver.addReviewer();
  const list = await exchange(agent, base, 'GET', '/api/review/pledges', {
    headers: { Authorization: `Bearer ${token}` },
    timeoutMs: 60_000,
  });
  let stored = 0;
  if (list.status !== 200 || !Array.isArray(list.json?.pledges)) {
    problem(`the committee's list answered ${list.error ?? list.status}`);
  } else {
    const seenReceipts = new Set();
    const seenNames = new Map();
    const attemptedNames = new Set([...keys.values()].map((e) => e.name));
    for (const p of list.json.pledges) {
      stored++;
      const name = p.pledge?.person?.fullName;
      if (seenReceipts.has(p.receipt)) problem(`receipt ${p.receipt} listed twice`);
      seenReceipts.add(p.receipt);
      if (seenNames.has(name)) problem(`${name} stored twice: ${seenNames.get(name)} and ${p.receipt}`);
      seenNames.set(name, p.receipt);
      if (!attemptedNames.has(name)) problem(`${p.receipt} stores a registration nobody sent (${name})`);
      const mine = byReceipt.get(p.receipt);
      if (mine && mine.name !== name) problem(`${p.receipt} holds ${name}, acknowledged for ${mine.name}`);
    }
    for (const [receipt, entry] of byReceipt)
      if (!seenReceipts.has(receipt)) problem(`acknowledged ${receipt} (${entry.name}) is not stored`);
    if (stored < ackedKeys.length || stored > keys.size)
      problem(`${stored} stored: fewer than the ${ackedKeys.length} acknowledged or more than the ${keys.size} sent`);
  }

  // Each receipt opens with its code, on the right person (a few at a time).
  const receipts = [...byReceipt];
  let opened = 0;
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (receipts.length) {
        const [receipt, entry] = receipts.pop();
        const self = await exchange(agent, base, 'GET', '/api/pledges/self', {
          headers: { Authorization: `Receipt ${receipt}:${entry.code}` },
        });
        if (self.status !== 200 || self.json?.receipt !== receipt || self.json?.pledge?.person?.fullName !== entry.name)
          problem(
            `${receipt} with its code answered ${self.error ?? self.status} ${JSON.stringify(self.json)?.slice(0, 200)}`,
          );
        else opened++;
      }
    }),
  );

  // The public figure counts the records (the dataset is rebuilt at most once a second).
  let counted;
  for (let i = 0; i < 20; i++) {
    const doc = await exchange(agent, base, 'GET', '/api/pledges/dataset.json');
    counted = doc.json?.metrics?.find((m) => m.id === registeredMetric)?.value;
    if (counted === stored) break;
    await sleep(250);
  }
  if (counted !== stored) problem(`${registeredMetric} is ${counted}, the committee's list has ${stored}`);

  agent.destroy();
  await receiver.stop();

  const sorted = ackMs.sort((a, b) => a - b);
  return {
    store,
    submitters,
    seconds: ran,
    killAtSeconds: killAt,
    restartMs,
    sent,
    keys: keys.size,
    acknowledged: ackedKeys.length,
    unanswered,
    storedBeforeAck,
    retriedKeys,
    networkFailures,
    repeats,
    repeatsOk,
    stored,
    opened,
    counted,
    registrationsPerSecond: ackedKeys.length / ran,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    problems,
    downSeconds: killedAt && restartedAt ? (restartedAt - killedAt) / 1000 : undefined,
  };
}
