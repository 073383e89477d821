/**
 * A commendation list kept in a spreadsheet, read as a dataset: `src="danh-sach.csv"`.
 * The bytes are decoded as Excel saved them (data/parse/decode-text.ts: UTF-8 with or without
 * a BOM, "Unicode Text" UTF-16, windows-1258, TCVN3 and VNI fonts; separator `,` `;` or tab).
 * Headers are mapped as documented in csv-header-aliases.ts; problems are reported by line and
 * column ("dòng 5, cột Năm"), then the result goes through the same validation as JSON.
 */
import { dsvFormat } from 'd3-dsv';
import { inLanguage, languageReady } from '../../i18n/locale.js';
import { decodeText, detectSeparator, type DecodedText } from '../../data/parse/decode-text.js';
import { readDataset, type ReadProblem, type ReadResult, type SourceInfo, type SourceReader } from '../../data/read.js';
import type { Language } from '../../i18n/language.js';
import { foldForSearch } from '../../data/words/search.js';
import { commendationForms, type CommendationForm } from '../../schema/index.js';
import type { CsvField } from './csv-columns.js';
import { headerAliases } from './csv-header-aliases.js';
import { csvSourceWords as words } from './csv-words.js';
import { formNameVi } from './labels.js';
import { sourceKind } from './source-reader.js';

/** Whether fetched text is a CSV file: by its extension, its content type, or its first line. */
export function isCsvSource(text: string, source: SourceInfo): boolean {
  const kind = sourceKind(text, source);
  if (kind !== 'unknown') return kind === 'csv';
  const header = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .split(/\r?\n/, 1)[0]
    .split(/[,;\t]/);
  return header.some((cell) => headerAliases[foldForSearch(cell.replace(/"/g, ''))] === 'name');
}

/**
 * Reads what was fetched: CSV when it is CSV (decoded from its bytes when the loader kept them),
 * the JSON dataset otherwise.
 */
export const readCommendationSource: SourceReader = async (text, source, language, ...rest) => {
  if (sourceKind(text, source) === 'json') return readDataset(text, language, ...rest);
  const decoded = source.bytes ? await decodeText(source.bytes, { language }) : undefined;
  return isCsvSource(decoded?.text ?? text, source)
    ? readCommendationCsv(decoded ?? text, language)
    : readDataset(text, language, ...rest);
};

/** The line each record starts on (records may hold quoted line breaks). */
function recordLines(text: string): number[] {
  const starts = [1];
  let line = 1;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (char === '\n') {
      line++;
      if (!quoted) starts.push(line);
    }
  }
  return starts;
}

/** 21/05/2018, 21-5-2018, 21.05.2018 or 2018-05-21 → 2018-05-21; undefined when not a date. */
export function csvDate(value: string): string | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
  if (!y) return undefined;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return undefined;
  return date.toISOString().slice(0, 10);
}

/** Names that start like a collective ("Chi bộ …", "UBND …"): recipients guessed collective when no column says. */
export const collectivePrefixes =
  /^(dang bo|chi bo|dang uy|ban |phong |truong |ubnd|uy ban|cong an|hoi |doan |benh vien|to |khu pho|chi cuc|mat tran|lien doan|co quan|van phong|trung tam|cong ty|tap the|khoi |phuong |xa |quan )/;

/** A form as written ("Bằng khen của Thành ủy") → its form, with the words kept as `formLabel` when they say more. */
export function readForm(value: string): { form: CommendationForm; formLabel?: string } {
  const folded = foldForSearch(value);
  for (const form of commendationForms) {
    const name = foldForSearch(formNameVi(form));
    if (folded === name || folded === form.replace(/-/g, ' ')) return { form };
    if (folded.startsWith(name + ' ')) return { form, formLabel: value };
  }
  return { form: 'other', formLabel: value };
}

/** The line (party, state, mass organisation) from a "Khối" cell, else guessed from the issuer. */
export function readLine(value: string, issuer: string): 'party' | 'state' | 'mass-organisation' {
  const folded = foldForSearch(value || issuer);
  if (/mat tran|doan the|doan thanh nien|cong doan|lien doan|\bhoi\b|mass/.test(folded)) return 'mass-organisation';
  if (/uy ban|ubnd|chinh quyen|nha nuoc|chu tich|thu tuong|\bbo\b|state/.test(folded)) return 'state';
  if (/dang|\buy\b|party/.test(folded)) return 'party';
  return 'state';
}

/**
 * Reads a CSV commendation list (comma, semicolon or tab separated) into a validated dataset:
 * text, or what decode-text.ts made of the file's bytes (its errors stop the reading, its
 * warnings — lines converted from an old font — come with the dataset).
 */
export async function readCommendationCsv(input: string | DecodedText, language: Language): Promise<ReadResult> {
  const decoded = typeof input === 'string' ? undefined : input;
  const decodeErrors = decoded?.problems.filter((p) => p.severity === 'error') ?? [];
  if (decodeErrors.length) return { ok: false, problems: decodeErrors };
  const decodeWarnings = decoded?.problems.filter((p) => p.severity === 'warning') ?? [];
  await languageReady(language);
  const t = <A extends unknown[]>(word: (...args: A) => string, ...args: A) =>
    inLanguage(language, () => word(...args));
  const body = (decoded?.text ?? (input as string)).replace(/^\uFEFF/, '').normalize('NFC');
  const separator = decoded?.separator ?? detectSeparator(body) ?? ',';
  const table = dsvFormat(separator).parseRows(body);
  const lines = recordLines(body);
  const problems: ReadProblem[] = [];
  const fail = (message: string, line: number, column?: string, code = 'csv-invalid') =>
    problems.push({ path: t(words.place, line, column), message, code, severity: 'error' });

  const header = table[0] ?? [];
  const columns = new Map<CsvField, number>();
  let nameKind: 'collective' | 'individual' | undefined;
  header.forEach((cell, i) => {
    const folded = foldForSearch(cell);
    const field = headerAliases[folded];
    if (!field || columns.has(field)) return;
    columns.set(field, i);
    if (field === 'name' && /^ho( va)? ten$/.test(folded)) nameKind = 'individual';
    if (field === 'name' && folded === 'ten tap the') nameKind = 'collective';
  });
  if (!columns.has('name')) fail(t(words.noName), 1, undefined, 'csv-missing-column');
  if (!columns.has('form')) fail(t(words.noForm), 1, undefined, 'csv-missing-column');
  if (!columns.has('issuer') && !columns.has('level')) fail(t(words.noIssuer), 1, undefined, 'csv-missing-column');
  if (problems.length) return { ok: false, problems };

  const records: unknown[] = [];
  const recordLine: number[] = [];
  for (let r = 1; r < table.length; r++) {
    const cells = table[r];
    if (cells.every((cell) => cell.trim() === '')) continue;
    const line = lines[r] ?? r + 1;
    const get = (field: CsvField) => {
      const i = columns.get(field);
      const value = i === undefined ? '' : (cells[i] ?? '').trim();
      return /^'[=+\-@]/.test(value) ? value.slice(1) : value;
    };
    const at = (field: CsvField) => header[columns.get(field)!];
    const required = (field: CsvField) => get(field) || (fail(t(words.blank), line, at(field), 'csv-blank'), '');
    const name = required('name');
    const formValue = required('form');
    const issuerName = get('issuer') || get('level');
    if (!issuerName) fail(t(words.blank), line, at(columns.has('level') ? 'level' : 'issuer'), 'csv-blank');

    const kindValue = foldForSearch(get('kind'));
    let kind = nameKind ?? (collectivePrefixes.test(foldForSearch(name)) ? 'collective' : 'individual');
    if (kindValue) {
      if (/tap the|collective/.test(kindValue)) kind = 'collective';
      else if (/ca nhan|individual/.test(kindValue)) kind = 'individual';
      else fail(t(words.kind, get('kind')), line, at('kind'));
    }
    const dateValue = get('decisionDate');
    const date = dateValue ? csvDate(dateValue) : undefined;
    if (dateValue && !date) fail(t(words.date, dateValue), line, at('decisionDate'), 'csv-invalid-date');
    const yearValue = get('year');
    const year = yearValue ? Number(yearValue) : undefined;
    if (yearValue && !(Number.isInteger(year) && year! >= 1900 && year! <= 2100)) {
      fail(t(words.year, yearValue), line, at('year'), 'csv-invalid-year');
    }
    const number = get('decisionNumber');
    const optional = (value: string) => value || undefined;
    records.push({
      id: `dong-${line}`,
      recipient: { kind, name, position: optional(get('position')), unit: optional(get('unit')) },
      ...readForm(formValue),
      line: readLine(get('line'), issuerName),
      issuer: { name: issuerName, level: optional(get('level')) },
      decision: number ? { number, date } : undefined,
      year,
      achievement: optional(get('achievement')),
      status: /thu hoi|revoked|huy/.test(foldForSearch(get('status'))) ? 'revoked' : 'in-force',
    });
    recordLine.push(line);
  }
  if (problems.length) return { ok: false, problems };
  if (!records.length)
    return { ok: false, problems: [{ path: '', message: t(words.empty), code: 'csv-empty', severity: 'error' }] };

  const result = await readDataset({ version: 1, commendations: records }, language);
  if (result.ok)
    return decodeWarnings.length ? { ...result, warnings: [...decodeWarnings, ...result.warnings] } : result;
  // Validation speaks of commendations.12.recipient.name: say which line and column instead.
  const fieldOf: Record<string, CsvField> = {
    'recipient.name': 'name',
    'recipient.position': 'position',
    'recipient.unit': 'unit',
    formLabel: 'form',
    'issuer.name': columns.has('issuer') ? 'issuer' : 'level',
    'issuer.level': 'level',
    'decision.number': 'decisionNumber',
    'decision.date': 'decisionDate',
    year: 'year',
    achievement: 'achievement',
  };
  return {
    ok: false,
    problems: result.problems.map((problem) => {
      const match = /^commendations[.[](\d+)\]?\.?(.*)$/.exec(problem.path);
      if (!match) return problem;
      const field = fieldOf[match[2]];
      const column = field && columns.has(field) ? header[columns.get(field)!] : undefined;
      return { ...problem, path: t(words.place, recordLine[Number(match[1])], column) };
    }),
  };
}
