// The registration part of the pledge receiver in memory, for the form's browser tests behind
// a fetch seam: validation with lamtheo's own schema, Idempotency-Key (same key → same receipt,
// stored once), honeypot, receipts and the public list. The real receiver is src/receiver/
// (`npx lamtheo receiver`), which test/components/pledge/real-receiver.test.ts drives over HTTP;
// this double answers in microseconds and can be made to fail on cue. Contract:
// docs/pledge-http-contract.md.

/** Longest Idempotency-Key accepted. */
const MAX_KEY = 200;

/**
 * @typedef {{ key: string, receipt: string, receivedAt: string, bodyHash: string, pledge: Record<string, unknown> }} StoredPledge
 * @typedef {{ ok: true, data: Record<string, unknown> } | { ok: false, errors: { path: string, message: string }[] }} Validation
 * @param {{
 *   validate: (input: unknown, template: unknown, options: { lang: 'vi' | 'en' }) => Validation,
 *   dataset: { pledgeTemplates?: { id: string, year: number }[], units?: unknown[] },
 *   records?: StoredPledge[],
 *   append?: (record: StoredPledge) => void | Promise<void>,
 *   now?: () => Date,
 * }} options
 */
export function createReceiverCore({ validate, dataset, records = [], append = () => {}, now = () => new Date() }) {
  const byKey = new Map(records.map((r) => [r.key, r]));
  const working = new Map();
  const templates = new Map((dataset.pledgeTemplates ?? []).map((t) => [t.id, t]));
  let sequence = records.length;

  const words = (lang, vi, en) => (lang === 'en' ? en : vi);

  /**
   * @param {{ headers: Record<string, string | undefined>, body: unknown }} request
   * @returns {Promise<{ status: number, json: unknown }>}
   */
  async function post({ headers, body }) {
    const lang = /^en\b/i.test(headers['accept-language'] ?? '') ? 'en' : 'vi';
    const key = (headers['idempotency-key'] ?? '').trim();
    if (!key || key.length > MAX_KEY) {
      const message = words(lang, 'thiếu tiêu đề Idempotency-Key', 'the Idempotency-Key header is missing');
      return { status: 400, json: { errors: [{ path: '', message }] } };
    }
    const bodyHash = hash(JSON.stringify(body ?? null));
    const seen = byKey.get(key);
    if (seen) return replay(seen, bodyHash, lang);
    if (working.has(key))
      return working.get(key).then((r) => (byKey.get(key) ? replay(byKey.get(key), bodyHash, lang) : r));
    const running = accept(key, body, bodyHash, lang);
    working.set(key, running);
    try {
      return await running;
    } finally {
      working.delete(key);
    }
  }

  function replay(seen, bodyHash, lang) {
    if (seen.bodyHash !== bodyHash) {
      const message = words(
        lang,
        'Idempotency-Key này đã dùng cho một bản đăng ký khác',
        'this Idempotency-Key was used for another pledge',
      );
      return { status: 409, json: { errors: [{ path: '', message }] } };
    }
    return { status: 200, json: { receipt: seen.receipt, duplicate: true } };
  }

  async function accept(key, body, bodyHash, lang) {
    if (body && typeof body === 'object' && typeof body.website === 'string' && body.website.trim()) {
      // A bot filled the honeypot: answer like a success, keep nothing.
      return { status: 201, json: { receipt: `DK-${Math.floor(Math.random() * 1e6)}` } };
    }
    const templateId = body && typeof body === 'object' ? body.templateId : undefined;
    const template = templates.get(templateId);
    if (!template) {
      const message = words(lang, 'không có mẫu đăng ký này', 'there is no such pledge form');
      return { status: 422, json: { errors: [{ path: 'templateId', message }] } };
    }
    const result = validate(body, template, { lang });
    if (!result.ok) {
      return { status: 422, json: { errors: result.errors.map((e) => ({ path: e.path, message: e.message })) } };
    }
    const receivedAt = now().toISOString();
    const receipt = `DK${template.year}-${String(sequence + 1).padStart(5, '0')}`;
    const pledge = { ...result.data, id: receipt, submittedAt: result.data.submittedAt ?? receivedAt };
    const record = { key, receipt, receivedAt, bodyHash, pledge };
    await append(record);
    sequence += 1;
    byKey.set(key, record);
    return { status: 201, json: { receipt } };
  }

  /** The public pledges as a dataset document that <lamtheo-pledge-list> reads. */
  function list() {
    const pledges = [...byKey.values()].map((r) => r.pledge).filter((p) => p.public === true);
    return {
      status: 200,
      json: { version: 1, pledgeTemplates: dataset.pledgeTemplates ?? [], units: dataset.units ?? [], pledges },
    };
  }

  return { post, list, count: () => byKey.size };
}

/** A short, stable fingerprint of a body (FNV-1a), to tell a replay from a different pledge. */
function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `${text.length}-${h.toString(16)}`;
}
