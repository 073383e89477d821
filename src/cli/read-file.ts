/** Reads a dataset file as UTF-8 text, or says why it cannot. Node only. */
import { readFileSync, statSync } from 'node:fs';
import { MAX_TEXT_LENGTH } from '../data/parse/json-text.js';

export type ReadFileResult =
  | { ok: true; text: string }
  | { ok: false; reason: 'missing' | 'directory' | 'not-utf8' | 'too-large' | 'other'; detail?: string; size?: number };

/** Bytes beyond which we do not even read the file (UTF-8 needs at most 3 bytes per character here). */
export const MAX_FILE_BYTES = MAX_TEXT_LENGTH * 3;

export function readTextFile(path: string): ReadFileResult {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return { ok: false, reason: 'directory' };
    if (stat.size > MAX_FILE_BYTES) return { ok: false, reason: 'too-large', size: stat.size };
    const bytes = readFileSync(path);
    try {
      // ignoreBOM keeps a byte order mark in the text, so the checker can mention it.
      return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
    } catch {
      return { ok: false, reason: 'not-utf8' };
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, reason: 'missing' };
    if (code === 'EISDIR') return { ok: false, reason: 'directory' };
    return { ok: false, reason: 'other', detail: code ?? String(err) };
  }
}
