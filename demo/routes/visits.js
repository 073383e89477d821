// The portal's visit counter ("Thống kê truy cập"), served as a lamtheo dataset.
//   GET /api/visits          the counts now: metrics dang-truy-cap, hom-nay, thang-nay, tong
//   GET /api/visits/stream   Server-Sent Events: opening it is a visit (and one more person
//                            online until it closes); every change sends the whole dataset
// Counts survive a restart: demo/.data/visits.json, written atomically (temporary file, then
// rename), at most a few times a second. Days and months follow Vietnam's time (UTC+7).
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { sendJson } from '../lib/http.js';

const file = resolve(import.meta.dirname, '../.data/visits.json');

/** `2024-05-01` in Vietnam's time zone (UTC+7, no daylight saving). */
export function vietnamDay(now = new Date()) {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** The counts after one more visit: today and this month restart when the day or month turns. */
export function countVisit(counts, now = new Date()) {
  const day = vietnamDay(now);
  const month = day.slice(0, 7);
  return {
    total: counts.total + 1,
    day,
    today: counts.day === day ? counts.today + 1 : 1,
    month,
    thisMonth: counts.month === month ? counts.thisMonth + 1 : 1,
  };
}

/** The dataset document the counter grid reads. */
export function visitsDataset(counts, online, now = new Date()) {
  const day = vietnamDay(now);
  const today = counts.day === day ? counts.today : 0;
  const thisMonth = counts.month === day.slice(0, 7) ? counts.thisMonth : 0;
  return {
    version: 1,
    title: 'Thống kê truy cập',
    provenance: { publisher: 'Máy chủ trình diễn lamtheo', asOf: day },
    metrics: [
      { id: 'dang-truy-cap', label: 'Đang truy cập', value: online, tags: ['truy-cap'] },
      { id: 'hom-nay', label: 'Hôm nay', value: today, tags: ['truy-cap'] },
      { id: 'thang-nay', label: 'Tháng này', value: thisMonth, tags: ['truy-cap'] },
      { id: 'tong', label: 'Tổng lượt truy cập', value: counts.total, tags: ['truy-cap'] },
    ],
  };
}

const empty = { total: 0, day: '', today: 0, month: '', thisMonth: 0 };

async function load() {
  try {
    const saved = JSON.parse(await readFile(file, 'utf8'));
    const ok = ['total', 'today', 'thisMonth'].every((k) => Number.isSafeInteger(saved[k]) && saved[k] >= 0);
    return ok ? { ...empty, ...saved } : { ...empty };
  } catch {
    return { ...empty };
  }
}

let counts = await load();
const streams = new Set();
let saving = Promise.resolve();
let saveTimer;

function save() {
  if (saveTimer) return;
  saveTimer = setTimeout(() => {
    saveTimer = undefined;
    const text = JSON.stringify(counts);
    saving = saving
      .then(async () => {
        await mkdir(resolve(file, '..'), { recursive: true });
        const temporary = `${file}.${process.pid}.tmp`;
        await writeFile(temporary, text);
        await rename(temporary, file);
      })
      .catch((error) => console.error('visits: could not save the counts', error));
  }, 250);
}

function broadcast() {
  const message = `data: ${JSON.stringify(visitsDataset(counts, streams.size))}\n\n`;
  for (const res of streams) res.write(message);
}

export default [
  {
    method: 'GET',
    path: '/api/visits',
    handle(_req, res) {
      sendJson(res, 200, visitsDataset(counts, streams.size));
    },
  },
  {
    method: 'GET',
    path: '/api/visits/stream',
    handle(req, res) {
      res.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
        'X-Accel-Buffering': 'no',
      });
      // The browser reconnects by itself after 5 s if the line drops.
      res.write('retry: 5000\n\n');
      streams.add(res);
      counts = countVisit(counts);
      save();
      broadcast();
      const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 25_000);
      req.on('close', () => {
        clearInterval(keepAlive);
        streams.delete(res);
        broadcast();
      });
    },
  },
];
