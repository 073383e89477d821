// Data for benchmark pages, the same in every page and every run: a seeded generator
// (mulberry32), so lamtheo and its peers get identical inputs.
export function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` whole numbers from 1 to about 10 million, of every magnitude (like 24, 440, 11368). */
export function counterValues(count = 100, seed = 11368) {
  const random = seeded(seed);
  return Array.from({ length: count }, () => Math.max(1, Math.round(10 ** (1 + random() * 6) * random())));
}
