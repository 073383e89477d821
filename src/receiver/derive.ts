/**
 * The receiver's state as a lamtheo dataset (`GET /api/pledges/dataset.json`): the dataset
 * file's own collections, the public registrations (consented and published, public fields only),
 * and metrics counted from every stored registration, so counters, the pledge list and the grid
 * show figures that cannot contradict the records. Counts only, never names.
 */
import { msg, str } from '@lit/localize';
import { inLanguage } from '../cli/words.js';
import { selfAssessments } from '../schema/pledge.js';
import type { MetricInput } from '../schema/metric.js';
import type { DatasetView } from './dataset-file.js';
import { publicPledge, type Row, type State } from './registrations.js';
import type { Queryable } from './store.js';

interface Tally {
  year: number;
  unit_id: string | null;
  cell_id: string | null;
  status: State;
  published: boolean;
  rating: string | null;
  n: number;
}

const levelWords = () => ({
  HTXSNV: msg('Hoàn thành xuất sắc nhiệm vụ', { id: 'cli.rx.htxsnv' }),
  HTTNV: msg('Hoàn thành tốt nhiệm vụ', { id: 'cli.rx.httnv' }),
  HTNV: msg('Hoàn thành nhiệm vụ', { id: 'cli.rx.htnv' }),
  KHTNV: msg('Không hoàn thành nhiệm vụ', { id: 'cli.rx.khtnv' }),
});

const CONFIRMED: readonly State[] = ['confirmed', 'assessed', 'rated'];
const ASSESSED: readonly State[] = ['assessed', 'rated'];

/** Every metric the records give, for each year of the templates and of the records. */
export function deriveMetrics(tallies: readonly Tally[], dataset: DatasetView): MetricInput[] {
  const lang = dataset.data.dataset.lang === 'en' ? 'en' : 'vi';
  return inLanguage(lang, () => {
    const years = [
      ...new Set([...[...dataset.templates.values()].map((t) => t.year), ...tallies.map((t) => t.year)]),
    ].sort((a, b) => a - b);
    const latest = years.at(-1);
    return years.flatMap((year) => metricsOfYear(year, year === latest ? '' : `-${year}`, tallies, dataset));
  });
}

function metricsOfYear(year: number, suffix: string, all: readonly Tally[], dataset: DatasetView): MetricInput[] {
  const rows = all.filter((t) => t.year === year);
  const sum = (keep: (t: Tally) => boolean) => rows.reduce((n, t) => n + (keep(t) ? t.n : 0), 0);
  const period = { type: 'year' as const, year };
  const registered = sum(() => true);
  const levels = levelWords();
  const byUnit = new Map<string, number>();
  for (const t of rows) {
    const key = t.unit_id ?? t.cell_id ?? '';
    byUnit.set(key, (byUnit.get(key) ?? 0) + t.n);
  }
  const unitParts = [...byUnit].map(([id, value]) =>
    id
      ? { label: dataset.unitName(id) ?? id, value, about: id }
      : { label: msg('Chưa ghi đơn vị', { id: 'cli.rx.no-unit-part' }), value },
  );
  const rated = sum((t) => t.status === 'rated');
  const metrics: MetricInput[] = [
    {
      id: `pledges-registered${suffix}`,
      label: msg(str`Bản đăng ký học tập và làm theo năm ${year}`, { id: 'cli.rx.m-registered' }),
      value: registered,
      unit: msg('bản', { id: 'cli.rx.unit-pledges' }),
      period,
      ...(unitParts.length > 1 ? { breakdown: unitParts } : {}),
    },
    {
      id: `pledges-confirmed${suffix}`,
      label: msg(str`Bản đăng ký đã được chi ủy xác nhận năm ${year}`, { id: 'cli.rx.m-confirmed' }),
      value: sum((t) => CONFIRMED.includes(t.status)),
      unit: msg('bản', { id: 'cli.rx.unit-pledges' }),
      period,
    },
    {
      id: `pledges-published${suffix}`,
      label: msg(str`Bản đăng ký được công khai năm ${year}`, { id: 'cli.rx.m-published' }),
      value: sum((t) => t.published && CONFIRMED.includes(t.status)),
      unit: msg('bản', { id: 'cli.rx.unit-pledges' }),
      period,
    },
    {
      id: `pledges-assessed${suffix}`,
      label: msg(str`Bản đăng ký đã tự đánh giá cuối năm ${year}`, { id: 'cli.rx.m-assessed' }),
      value: sum((t) => ASSESSED.includes(t.status)),
      unit: msg('bản', { id: 'cli.rx.unit-pledges' }),
      period,
    },
    {
      id: `pledges-rated${suffix}`,
      label: msg(str`Bản đăng ký đã được xếp loại năm ${year}`, { id: 'cli.rx.m-rated' }),
      value: rated,
      unit: msg('bản', { id: 'cli.rx.unit-pledges' }),
      period,
      ...(rated
        ? {
            breakdown: selfAssessments.map((level) => ({
              label: `${level} — ${levels[level]}`,
              value: sum((t) => t.status === 'rated' && t.rating === level),
            })),
          }
        : {}),
    },
    ...selfAssessments.map((level) => ({
      id: `pledges-rated-${level.toLowerCase()}${suffix}`,
      label: msg(str`Xếp loại ${levels[level]} năm ${year}`, { id: 'cli.rx.m-level' }),
      value: sum((t) => t.status === 'rated' && t.rating === level),
      unit: msg('bản', { id: 'cli.rx.unit-pledges' }),
      period,
    })),
  ];
  const share = registeredShare(rows, dataset);
  if (share)
    metrics.push({
      id: `pledges-registered-share${suffix}`,
      label: msg(str`Tỷ lệ cán bộ, đảng viên đăng ký năm ${year}`, { id: 'cli.rx.m-share' }),
      value: share.value,
      kind: 'percent',
      period,
      note: msg(str`${share.registered} bản đăng ký trên ${share.members} người (số người ghi ở các đơn vị).`, {
        id: 'cli.rx.m-share-note',
      }),
    });
  return metrics;
}

/**
 * Registered ÷ members × 100, over the units that carry `members` (the highest such unit of each
 * branch, so a ward and its cells are not counted twice), counting the registrations within them.
 */
function registeredShare(rows: readonly Tally[], dataset: DatasetView) {
  const withMembers = [...dataset.units.values()].filter((u) => typeof u.members === 'number' && u.members > 0);
  const tops = withMembers.filter((u) => {
    for (let p = u.parent; p; p = dataset.units.get(p)?.parent) if (dataset.units.get(p)?.members) return false;
    return true;
  });
  if (!tops.length) return undefined;
  const members = tops.reduce((n, u) => n + (u.members ?? 0), 0);
  const within = new Set(tops.flatMap((u) => dataset.subtree(u.id)));
  const registered = rows.reduce(
    (n, t) => n + ((t.unit_id && within.has(t.unit_id)) || (t.cell_id && within.has(t.cell_id)) ? t.n : 0),
    0,
  );
  return { members, registered, value: Math.round((registered / members) * 1000) / 10 };
}

export async function tallies(db: Queryable): Promise<Tally[]> {
  const { rows } = await db.query<Tally>(
    `select year, unit_id, cell_id, status, published, rating, count(*)::int as n
       from registrations group by year, unit_id, cell_id, status, published, rating`,
  );
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}

export async function publicRows(db: Queryable): Promise<Row[]> {
  const { rows } = await db.query<Row>(
    `select * from registrations where consent and published and status in ('confirmed', 'assessed', 'rated')
       order by received_at, receipt`,
  );
  return rows;
}

/** GET /api/pledges: the public registrations with the templates and units they name. */
export function publicList(rows: readonly Row[], dataset: DatasetView) {
  const { lang, pledgeTemplates = [], units = [] } = dataset.raw;
  return {
    version: 1,
    ...(lang ? { lang } : {}),
    pledgeTemplates,
    units,
    pledges: rows.map((r) => publicPledge(r, dataset)),
  };
}

/** GET /api/pledges/dataset.json: the file's dataset, its pledges replaced by the records'. */
export function servedDataset(rows: readonly Row[], counts: readonly Tally[], dataset: DatasetView) {
  // The file's own pledges give way to the records'; its `$schema` is relative to where it lies.
  const { pledges: _fileOwn, metrics: fileMetrics, $schema: _where, ...rest } = dataset.raw;
  void _fileOwn;
  void _where;
  const derived = deriveMetrics(counts, dataset);
  const ours = new Set(derived.map((m) => m.id));
  const theirs = Array.isArray(fileMetrics) ? (fileMetrics as { id?: unknown }[]) : [];
  return {
    ...rest,
    metrics: [...theirs.filter((m) => !ours.has(m.id as string)), ...derived],
    pledges: rows.map((r) => publicPledge(r, dataset)),
  };
}
