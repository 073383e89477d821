/** Words and layout of the CLI's output, in vi or en. */
import type { Issue, Lang } from '../data/words/issues.js';
import { formatCount } from '../data/words/message-format.js';

export interface FileReport {
  file: string;
  /** False when the file could not be read at all (missing, not UTF-8). */
  readable: boolean;
  errors: Issue[];
  warnings: Issue[];
}

const WORDS = {
  vi: {
    error: 'lỗi',
    warning: 'cảnh báo',
    ok: 'hợp lệ',
    unreadable: 'không đọc được',
    summary: (files: number, bad: number, warnings: number) =>
      `Đã kiểm tra ${files} tệp: ${bad ? `${bad} tệp có lỗi` : 'không có lỗi'}, ${warnings} cảnh báo.`,
    noFiles: (pattern: string) => `không có tệp nào khớp với "${pattern}"`,
  },
  en: {
    error: 'error',
    warning: 'warning',
    ok: 'valid',
    unreadable: 'cannot be read',
    summary: (files: number, bad: number, warnings: number) =>
      `Checked ${files} file(s): ${bad ? `${bad} with errors` : 'no errors'}, ${warnings} warning(s).`,
    noFiles: (pattern: string) => `no file matches "${pattern}"`,
  },
};

export const words = (lang: Lang) => WORDS[lang];

/** English counts take an s ("2 errors"); Vietnamese nouns do not change. */
const plural = (count: number, lang: Lang) => (lang === 'en' && count !== 1 ? 's' : '');

const paint = (on: boolean, code: number, text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

function issueLine(file: string, issue: Issue, lang: Lang, color: boolean): string {
  const w = WORDS[lang];
  const place = issue.line !== undefined ? `${file}:${issue.line}:${issue.column}` : file;
  const label = issue.severity === 'error' ? paint(color, 31, w.error) : paint(color, 33, w.warning);
  const path = issue.path ? `${issue.path}: ` : '';
  return `  ${place}  ${label}  ${path}${issue.message}`;
}

export function formatFileReport(report: FileReport, lang: Lang, color: boolean): string {
  const w = WORDS[lang];
  const n = (v: number) => formatCount(v, lang);
  const counts = [
    report.errors.length ? `${n(report.errors.length)} ${w.error}${plural(report.errors.length, lang)}` : '',
    report.warnings.length ? `${n(report.warnings.length)} ${w.warning}${plural(report.warnings.length, lang)}` : '',
  ].filter(Boolean);
  const status = !report.readable
    ? paint(color, 31, w.unreadable)
    : report.errors.length
      ? paint(color, 31, counts.join(', '))
      : paint(color, 32, [w.ok, ...counts].join(', '));
  const lines = [`${report.file}: ${status}`];
  const byLine = [...report.errors, ...report.warnings].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  for (const issue of byLine) lines.push(issueLine(report.file, issue, lang, color));
  return lines.join('\n');
}
