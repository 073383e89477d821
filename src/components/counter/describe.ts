/**
 * Words for a metric: the qualifier ("hơn", "gần"), the period ("Nhiệm kỳ 2015–2020",
 * "05/2018–02/2019"), and `describeMetric`, which turns a metric of the dataset into
 * everything a counter shows, including the one sentence a screen reader hears.
 * Numbers are formatted for `language`; words come from @lit/localize (vi source, en).
 */
import { msg, str } from '@lit/localize';
import { formatDate } from '../../data/words/format.js';
import type { Metric, MetricKind, Period, Qualifier } from '../../schema/index.js';
import {
  changeOf,
  formatChangeRatio,
  formatShare,
  formatValue,
  fractionDigitsOf,
  shareOf,
  type Change,
} from './figures.js';

/** A metric as the data layer hands it over: derived values are filled in. */
export type ShownMetric = Metric & { derived?: boolean; statedValue?: number; counted?: number };

/** The word before a number: "hơn 12.000", "more than 12,000"; nothing for an exact figure. */
export function qualifierWord(qualifier: Qualifier | undefined): string {
  switch (qualifier) {
    case 'more-than':
      return msg('hơn');
    case 'at-least':
      return msg('ít nhất');
    case 'nearly':
      return msg('gần');
    case 'about':
      return msg('khoảng');
    case 'less-than':
      return msg('dưới');
    default:
      return '';
  }
}

/** `2017` → "2017", `2018-05` → "05/2018", `2019-02-28` → "28/02/2019". */
export function formatPartialDate(value: string, language: string): string {
  const parts = value.split('-');
  if (parts.length === 1) return value;
  if (parts.length === 2) return `${parts[1]}/${parts[0]}`;
  return formatDate(value, language);
}

function periodWords(period: Period, language: string): string {
  switch (period.type) {
    case 'year':
      return msg(str`Năm ${period.year}`);
    case 'term':
      return msg(str`Nhiệm kỳ ${period.from}–${period.to}`);
    case 'range':
      return `${formatPartialDate(period.from, language)}–${formatPartialDate(period.to, language)}`;
    case 'part-of-year': {
      const first = period.from ?? 1;
      if (first === 1) return msg(str`${period.months} tháng đầu năm ${period.year}`);
      const pad = (m: number) => String(m).padStart(2, '0');
      return `${pad(first)}/${period.year}–${pad(Math.min(12, first + period.months - 1))}/${period.year}`;
    }
  }
}

/**
 * The period as reports write it. A label from the data wins ("6 tháng đầu năm"), with the
 * year added when the label does not say it.
 */
export function periodText(period: Period | undefined, language: string): string | undefined {
  if (!period) return undefined;
  if (!period.label) return periodWords(period, language);
  const year = 'year' in period ? String(period.year) : undefined;
  return year && !period.label.includes(year) ? `${period.label} ${year}` : period.label;
}

export interface MetricView {
  id: string;
  label: string;
  kind: MetricKind;
  value: number;
  /** Decimals kept while counting up. */
  digits: number;
  /** The formatted final value: exactly what `[part~=value]` holds. */
  valueText: string;
  qualifier: string;
  unit?: string;
  target?: { value: number; text: string; share?: number; shareText?: string; label?: string };
  change?: Change & { fromText: string; ratioText?: string; since?: string };
  breakdown?: Array<{ label: string; valueText: string }>;
  period?: string;
  history?: { values: number[]; description: string };
  derived: boolean;
  statedValue?: number;
  /**
   * When the data's records are fewer than the stated value (a partial list): the words that
   * say so, "23 trong số 43 không gian có trong dữ liệu", shown under the figure.
   */
  counted?: { value: number; words: string };
  note?: string;
  /** Everything above as one sentence for screen readers. */
  sentence: string;
}

function changeWords(change: MetricView['change']): string {
  if (!change) return '';
  const from = change.fromText;
  const words =
    change.direction === 'up'
      ? msg(str`tăng từ ${from}`)
      : change.direction === 'down'
        ? msg(str`giảm từ ${from}`)
        : msg(str`không đổi so với ${from}`);
  return change.ratioText && change.direction !== 'same' ? `${words} (${change.ratioText})` : words;
}

function sentenceOf(view: Omit<MetricView, 'sentence'>): string {
  const phrase = [view.qualifier, view.valueText, view.unit].filter(Boolean).join(' ');
  const target = view.target;
  const main = target
    ? target.shareText
      ? msg(str`${phrase} trên ${target.text}, đạt ${target.shareText}`)
      : msg(str`${phrase} trên ${target.text}`)
    : phrase;
  const parts = [`${view.label}: ${main}`];
  if (view.counted) parts.push(view.counted.words);
  if (view.change) parts.push(changeWords(view.change));
  if (view.breakdown) {
    const list = view.breakdown.map((p) => `${p.valueText} ${p.label}`).join(', ');
    parts.push(msg(str`gồm ${list}`));
  }
  return `${parts.join('; ')}${view.period ? ` (${view.period})` : ''}.`;
}

/** Everything a counter shows for one metric, in `language`; `label` overrides the data's label. */
export function describeMetric(metric: ShownMetric, language: string, label?: string): MetricView {
  const kind = metric.kind ?? 'count';
  const value = metric.value ?? 0;
  const digits = fractionDigitsOf(value);
  const format = (n: number) => formatValue(n, kind, language);
  const period = periodText(metric.period, language);
  const view: Omit<MetricView, 'sentence'> = {
    id: metric.id,
    label: label || metric.label,
    kind,
    value,
    digits,
    valueText: formatValue(value, kind, language, digits),
    qualifier: qualifierWord(metric.qualifier),
    unit: metric.unit,
    period,
    derived: metric.derived ?? false,
    statedValue: metric.statedValue,
    note: metric.note,
  };
  if (metric.counted !== undefined) {
    const whole = [format(value), metric.unit].filter(Boolean).join(' ');
    view.counted = {
      value: metric.counted,
      words: msg(str`${format(metric.counted)} trong số ${whole} có trong dữ liệu`),
    };
  }
  if (metric.target) {
    const share = shareOf(value, metric.target.value);
    view.target = {
      value: metric.target.value,
      text: format(metric.target.value),
      share,
      shareText: share === undefined || kind === 'percent' ? undefined : formatShare(share, language),
      label: metric.target.label,
    };
  }
  if (metric.previous) {
    const change = changeOf(metric.previous.value, value);
    view.change = {
      ...change,
      fromText: format(change.from),
      ratioText: change.ratio === undefined ? undefined : formatChangeRatio(change.ratio, language),
      since: metric.previous.label ?? periodText(metric.previous.period, language),
    };
  }
  if (metric.breakdown?.length) {
    view.breakdown = metric.breakdown.map((part) => ({ label: part.label, valueText: format(part.value) }));
  }
  if (metric.history && metric.history.length > 1) {
    const points = metric.history.map((point) => {
      const when =
        point.label ??
        periodText(point.period, language) ??
        (point.date ? formatPartialDate(point.date, language) : '');
      return `${when ? `${when}: ` : ''}${format(point.value)}`;
    });
    view.history = {
      values: metric.history.map((p) => p.value),
      description: msg(str`Diễn biến: ${points.join('; ')}`),
    };
  }
  return { ...view, sentence: sentenceOf(view) };
}
