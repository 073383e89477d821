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

/** Edit distance, capped: returns `cap + 1` as soon as it is exceeded. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1;
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      best = Math.min(best, row[j]);
    }
    if (best > cap) return cap + 1;
    prev = row;
  }
  return prev[b.length];
}

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
