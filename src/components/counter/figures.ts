/**
 * The arithmetic of a counter, with no DOM and no words: how a value is formatted for a
 * language, its share of a target, its change from a previous value, the values of a
 * count-up, the digit wheels of an odometer and the path of a history sparkline. Tested as plain functions.
 */
import type { line } from 'd3-shape';
import { formatNumber } from '../../data/words/format.js';
import type { MetricKind } from '../../schema/index.js';

/** How many decimals a value has (at most 2), so a count-up of 98.8 keeps one decimal. */
export function fractionDigitsOf(value: number): number {
  for (let digits = 0; digits < 2; digits++) {
    if (Math.abs(Math.round(value * 10 ** digits) - value * 10 ** digits) < 1e-9) return digits;
  }
  return 2;
}

/**
 * 11368 → "11.368" (vi) / "11,368" (en); a percent metric 98.8 → "98,8%" / "98.8%".
 * `digits` fixes the decimals (a count-up shows 97.0 … 98.8 with one decimal throughout).
 */
export function formatValue(
  value: number,
  kind: MetricKind,
  language: string,
  digits = fractionDigitsOf(value),
): string {
  const options = { minimumFractionDigits: digits, maximumFractionDigits: digits };
  return kind === 'percent'
    ? formatNumber(value / 100, language, { ...options, style: 'percent' })
    : formatNumber(value, language, options);
}

/** 24 of 40 → 0.6; a target of 0 gives undefined (no share can be said). */
export function shareOf(value: number, target: number): number | undefined {
  return target > 0 ? value / target : undefined;
}

/** The share for a progress bar: between 0 and 1. */
export function barShare(share: number | undefined): number {
  return share === undefined || !Number.isFinite(share) ? 0 : Math.min(1, Math.max(0, share));
}

/** A share as people write it: 0.6 → "60%"; 34/61 → "55,7%" (vi); at most one decimal. */
export function formatShare(share: number, language: string): string {
  return formatNumber(share, language, { style: 'percent', maximumFractionDigits: 1 });
}

export type Direction = 'up' | 'down' | 'same';

export interface Change {
  from: number;
  to: number;
  /** to − from */
  delta: number;
  /** delta / from; undefined when the previous value was 0. */
  ratio?: number;
  direction: Direction;
}

/** 215 → 117: delta −98, ratio −0.456, direction down. */
export function changeOf(from: number, to: number): Change {
  const delta = to - from;
  return {
    from,
    to,
    delta,
    ratio: from !== 0 ? delta / from : undefined,
    direction: delta > 0 ? 'up' : delta < 0 ? 'down' : 'same',
  };
}

/** −0.456 → "−46%" (a true minus sign), 0.12 → "+12%"; whole percent unless under 1%. */
export function formatChangeRatio(ratio: number, language: string): string {
  const digits = Math.abs(ratio) < 0.01 && ratio !== 0 ? 1 : 0;
  return formatNumber(ratio, language, {
    style: 'percent',
    signDisplay: 'exceptZero',
    maximumFractionDigits: digits,
  }).replace('-', '\u2212');
}

/** Ease-out cubic: quick at first, settling on the final value. */
export function easeOut(t: number): number {
  const clamped = Math.min(1, Math.max(0, t));
  return 1 - (1 - clamped) ** 3;
}

/** The value shown at `progress` (0…1) of a count-up from `from` to `to`, rounded to `digits`. */
export function countUpValue(from: number, to: number, progress: number, digits: number): number {
  if (progress >= 1) return to;
  const scale = 10 ** digits;
  return Math.round((from + (to - from) * easeOut(progress)) * scale) / scale;
}

/**
 * The rolling digits of an odometer: for each character of `next`, the digit it rolls from
 * (the digit of `previous` in the same place from the right, 0 when `previous` is shorter)
 * and the digit it rolls to; separators stay as they are.
 */
export function odometerWheels(previous: string, next: string): Array<{ from: number; to: number } | string> {
  const prevDigits = [...previous].filter((c) => c >= '0' && c <= '9');
  let fromEnd = [...next].filter((c) => c >= '0' && c <= '9').length;
  return [...next].map((char) => {
    if (char < '0' || char > '9') return char;
    fromEnd--;
    const before = prevDigits[prevDigits.length - 1 - fromEnd];
    return { from: before === undefined ? 0 : Number(before), to: Number(char) };
  });
}

/**
 * An SVG path through the values, in a box of `width` × `height` (1 unit of padding), drawn
 * with d3-shape's `line` (passed in: it is loaded only on pages that have a history).
 */
export function sparklinePath(values: readonly number[], width: number, height: number, makeLine: typeof line): string {
  if (values.length === 0) return '';
  const min = Math.min(...values);
  const max = Math.max(...values);
  const x = (i: number) => (values.length === 1 ? width / 2 : 1 + (i * (width - 2)) / (values.length - 1));
  const y = (v: number) => (max === min ? height / 2 : height - 1 - ((v - min) * (height - 2)) / (max - min));
  const path = makeLine<number>()
    .x((_, i) => x(i))
    .y((v) => y(v));
  return values.length === 1 ? `M${x(0) - 1},${y(values[0])}h2` : (path(values as number[]) ?? '');
}
