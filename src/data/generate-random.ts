/** The seeded random source of the dataset generator, and the small draws built on it. */
import { daysInMonth } from '../schema/calendar.js';
import * as W from './generate-words.js';

/** mulberry32: a small, fast 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;
export const int = (r: Random, min: number, max: number) => min + Math.floor(r() * (max - min + 1));
export const pick = <T>(r: Random, list: readonly T[]): T => list[Math.floor(r() * list.length)];
export const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function weighted<T>(r: Random, items: readonly T[], weights: readonly number[]): T {
  const total = weights.reduce((a, b) => a + b, 0);
  let x = r() * total;
  for (let i = 0; i < items.length; i++) if ((x -= weights[i]) < 0) return items[i];
  return items[items.length - 1];
}

export function personName(r: Random): string {
  const female = r() < 0.5;
  const family = weighted(r, W.FAMILY_NAMES, W.FAMILY_WEIGHTS);
  const middle = pick(r, female ? W.MIDDLE_NAMES_FEMALE : W.MIDDLE_NAMES_MALE);
  const given = pick(r, female ? W.GIVEN_NAMES_FEMALE : W.GIVEN_NAMES_MALE);
  return `${family} ${middle} ${given}`;
}

export function isoDateIn(r: Random, year: number): string {
  const month = int(r, 1, 12);
  return `${year}-${pad(month, 2)}-${pad(int(r, 1, daysInMonth(year, month)), 2)}`;
}
