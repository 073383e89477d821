/**
 * File patterns for the CLI: `test/fixtures/*.json`, `data/**\/*.json`. Shells expand
 * patterns themselves on Linux and macOS; Windows and quoted patterns reach us as
 * written, so we expand `*`, `?` and `**` here. Node only.
 */
import { readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

const GLOB_CHARS = /[*?]/;

export function isPattern(value: string): boolean {
  return GLOB_CHARS.test(value);
}

/** One path segment pattern (`*.json`, `ba?-*`) as a regular expression. */
export function segmentRegExp(segment: string): RegExp {
  const body = segment
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]');
  return new RegExp(`^${body}$`);
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function entries(dir: string): { name: string; dir: boolean }[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).map((e) => ({ name: e.name, dir: e.isDirectory() }));
  } catch {
    return [];
  }
}

/**
 * Files matching a pattern, as paths written like the pattern (relative to `cwd` unless it
 * is absolute), sorted. `**` skips hidden folders and node_modules.
 */
export function expandPattern(pattern: string, cwd: string): string[] {
  const normalised = pattern.replace(/\\/g, '/');
  const absolute = normalised.startsWith('/');
  const segments = normalised.split('/').filter((s, i) => s !== '' || i === 0);
  const results = new Set<string>();
  const walk = (dirShown: string, i: number) => {
    const dirReal = resolve(cwd, dirShown || '.');
    if (i === segments.length) return;
    const segment = segments[i];
    const last = i === segments.length - 1;
    const child = (name: string) => (dirShown === '' ? name : dirShown === '/' ? `/${name}` : `${dirShown}/${name}`);
    if (segment === '**') {
      walk(dirShown, i + 1);
      for (const e of entries(dirReal))
        if (e.dir && !e.name.startsWith('.') && e.name !== 'node_modules') walk(child(e.name), i);
      return;
    }
    if (!isPattern(segment)) {
      const next = child(segment);
      if (last) {
        if (isFile(resolve(cwd, next))) results.add(next);
      } else walk(next, i + 1);
      return;
    }
    const re = segmentRegExp(segment);
    for (const e of entries(dirReal)) {
      if (!re.test(e.name) || (e.name.startsWith('.') && !segment.startsWith('.'))) continue;
      if (last && !e.dir) results.add(child(e.name));
      else if (!last && e.dir) walk(child(e.name), i + 1);
    }
  };
  if (absolute) walk('/', 1);
  else walk('', 0);
  return [...results].sort();
}
