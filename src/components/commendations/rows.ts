/**
 * Commendation records made ready for the table, once per dataset: the few values the
 * table reads for every row (form, unit name, level) are computed here. The search index
 * (search-index.ts) and the sort ranks (sort.ts) are built from these rows when needed.
 */
import type { Commendation, CommendationForm, Unit } from '../../schema/index.js';
import { formNameVi } from './labels.js';
import type { Summary } from './query.js';
import { vietnameseCollator } from './sort.js';

export interface CommendationRow {
  readonly record: Commendation;
  /** STT: the record's place in the published list, from 1. */
  readonly number: number;
  /** The form as the list writes it (`formText`). */
  readonly form: string;
  /** The recipient's unit as printed, or the name of the unit it points to. */
  readonly unitName: string;
  /** The issuer's level ("Quận ủy"), or its name when no level is given. */
  readonly level: string;
  readonly revoked: boolean;
}

/** The form as the list writes it: the record's own wording, else the Vietnamese name of the form. */
export const formText = (record: Commendation): string => record.formLabel ?? formNameVi(record.form);

/** The distinct values a filter can offer, each list in a stable order. */
export interface FilterOptions {
  levels: string[];
  forms: CommendationForm[];
  lines: Commendation['line'][];
  kinds: Commendation['recipient']['kind'][];
  years: number[];
  units: string[];
  statuses: Commendation['status'][];
}

/** The rows, what the filters can offer and the summary of the whole list. */
export interface PreparedRows {
  rows: CommendationRow[];
  options: FilterOptions;
  /** The summary of every row: the summary line before any search or filter. */
  totals: Summary;
}

/**
 * Prepares the rows, and collects the filters' choices and the counts of the whole list in
 * the same pass: at 100,000 rows, walking the records a second time costs as much as the work.
 */
export function prepareRows(
  records: readonly Commendation[],
  unitsById: ReadonlyMap<string, Unit> = new Map(),
): PreparedRows {
  const rows = new Array<CommendationRow>(records.length);
  const totals: Summary = { collectives: 0, individuals: 0, revoked: 0 };
  const levels = new Set<string>();
  const forms = new Set<CommendationForm>();
  const lines = new Set<Commendation['line']>();
  const kinds = new Set<Commendation['recipient']['kind']>();
  const years = new Set<number>();
  const units = new Set<string>();
  const statuses = new Set<Commendation['status']>();
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    const { recipient, issuer } = record;
    const unitName = recipient.unit ?? (recipient.unitId ? unitsById.get(recipient.unitId)?.name : undefined) ?? '';
    const level = issuer.level ?? issuer.name;
    const revoked = record.status === 'revoked';
    rows[i] = { record, number: i + 1, form: formText(record), unitName, level, revoked };
    if (recipient.kind === 'collective') totals.collectives++;
    else totals.individuals++;
    if (revoked) totals.revoked++;
    levels.add(level);
    forms.add(record.form);
    lines.add(record.line);
    kinds.add(recipient.kind);
    if (record.year !== undefined) years.add(record.year);
    if (unitName) units.add(unitName);
    statuses.add(record.status);
  }
  const collator = vietnameseCollator();
  const options: FilterOptions = {
    levels: [...levels].sort(collator.compare),
    forms: [...forms],
    lines: [...lines],
    kinds: [...kinds].sort(),
    years: [...years].sort((a, b) => b - a),
    units: [...units].sort(collator.compare),
    statuses: [...statuses].sort(),
  };
  return { rows, options, totals };
}
