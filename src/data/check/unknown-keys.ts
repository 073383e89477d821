/**
 * Field names the schema knows, and the nearest one to a name it does not know
 * ("vaule" → "value"), for the unknown-field warnings of scan.ts.
 */
import type * as z from 'zod/mini';

interface Def {
  type: string;
  shape?: Record<string, { _zod: { def: Def } }>;
  innerType?: { _zod: { def: Def } };
  element?: { _zod: { def: Def } };
  options?: { _zod: { def: Def } }[];
  items?: { _zod: { def: Def } }[];
  valueType?: { _zod: { def: Def } };
  in?: { _zod: { def: Def } };
}

/** Every field name that appears anywhere in a schema. */
export function schemaKeys(schema: z.core.$ZodType): Set<string> {
  const keys = new Set<string>();
  const seen = new Set<Def>();
  const stack: Def[] = [schema._zod.def as unknown as Def];
  while (stack.length) {
    const def = stack.pop()!;
    if (seen.has(def)) continue;
    seen.add(def);
    const children = [
      ...Object.values(def.shape ?? {}),
      ...(def.options ?? []),
      ...(def.items ?? []),
      def.innerType,
      def.element,
      def.valueType,
      def.in,
    ];
    for (const key of Object.keys(def.shape ?? {})) keys.add(key);
    for (const child of children) if (child) stack.push(child._zod.def);
  }
  return keys;
}

/**
 * Edit distance, capped: returns `cap + 1` as soon as it is exceeded. Two neighbouring letters
 * swapped count as one edit ("lable" → "label"), the commonest slip of typing hands.
 */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let before: number[] = [];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
        row[j] = Math.min(row[j], before[j - 2] + 1);
      best = Math.min(best, row[j]);
    }
    if (best > cap) return cap + 1;
    [before, prev] = [prev, row];
  }
  return prev[y.length];
}

/** The known name nearest to `key` (one edit away for short names, two for longer), or undefined. */
export function closestKey(key: string, known: Iterable<string>): string | undefined {
  const cap = key.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = cap + 1;
  for (const candidate of known) {
    const d = editDistance(key, candidate, cap);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}
