/** Layout of the CLI's output; its words are in words.ts, in the language being spoken. */
import type { Issue } from '../data/words/issues.js';
import type { Language } from '../i18n/language.js';
import { formatCount } from '../data/words/message-format.js';
import { errorCount, errorLabel, inLanguage, unreadable, valid, warningCount, warningLabel } from './words.js';

export interface FileReport {
  file: string;
  /** False when the file could not be read at all (missing, not UTF-8). */
  readable: boolean;
  errors: Issue[];
  warnings: Issue[];
}

const paint = (on: boolean, code: number, text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

function issueLine(file: string, issue: Issue, color: boolean): string {
  const place = issue.line !== undefined ? `${file}:${issue.line}:${issue.column}` : file;
  const label = issue.severity === 'error' ? paint(color, 31, errorLabel()) : paint(color, 33, warningLabel());
  const path = issue.path ? `${issue.path}: ` : '';
  return `  ${place}  ${label}  ${path}${issue.message}`;
}

export function formatFileReport(report: FileReport, lang: Language, color: boolean): string {
  return inLanguage(lang, () => {
    const n = (v: number) => formatCount(v, lang);
    const { errors, warnings } = report;
    const counts = [
      errors.length ? errorCount(errors.length, n(errors.length)) : '',
      warnings.length ? warningCount(warnings.length, n(warnings.length)) : '',
    ].filter(Boolean);
    const status = !report.readable
      ? paint(color, 31, unreadable())
      : errors.length
        ? paint(color, 31, counts.join(', '))
        : paint(color, 32, [valid(), ...counts].join(', '));
    const lines = [`${report.file}: ${status}`];
    const byLine = [...errors, ...warnings].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    for (const issue of byLine) lines.push(issueLine(report.file, issue, color));
    return lines.join('\n');
  });
}
