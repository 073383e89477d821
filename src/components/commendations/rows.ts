/**
 * Commendation records made ready for the table, once per dataset: the few values the
 * table reads for every row (unit name, level) are computed here. The search index
 * (search-index.ts) and the sort ranks (sort.ts) are built from these rows when needed.
 */
import type { Commendation, CommendationForm, Unit } from '../../schema/index.js';
import { formNamesVi } from './labels.js';

export interface CommendationRow {
  readonly record: Commendation;
  /** STT: the record's place in the published list, from 1. */
  readonly number: number;
  /** The recipient's unit as printed, or the name of the unit it points to. */
  readonly unitName: string;
  /** The issuer's level ("Quận ủy"), or its name when no level is given. */
  readonly level: string;
  readonly revoked: boolean;
}

/** The form as the list writes it: the record's own wording, else the Vietnamese name of the form. */
export const formText = (record: Commendation): string => record.formLabel ?? formNamesVi[record.form];

export function prepareRows(
  records: readonly Commendation[],
  unitsById: ReadonlyMap<string, Unit> = new Map(),
): CommendationRow[] {
  const rows = new Array<CommendationRow>(records.length);
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    const { recipient, issuer } = record;
    const unitName = recipient.unit ?? (recipient.unitId ? unitsById.get(recipient.unitId)?.name : undefined) ?? '';
    rows[i] = {
      record,
      number: i + 1,
      unitName,
      level: issuer.level ?? issuer.name,
      revoked: record.status === 'revoked',
    };
  }
  return rows;
}

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

export function filterOptions(rows: readonly CommendationRow[], collator: Intl.Collator): FilterOptions {
  const levels = new Set<string>();
  const forms = new Set<CommendationForm>();
  const lines = new Set<Commendation['line']>();
  const kinds = new Set<Commendation['recipient']['kind']>();
  const years = new Set<number>();
  const units = new Set<string>();
  const statuses = new Set<Commendation['status']>();
  for (const { record, level, unitName } of rows) {
    levels.add(level);
    forms.add(record.form);
    lines.add(record.line);
    kinds.add(record.recipient.kind);
    if (record.year !== undefined) years.add(record.year);
    if (unitName) units.add(unitName);
    statuses.add(record.status);
  }
  return {
    levels: [...levels].sort(collator.compare),
    forms: [...forms],
    lines: [...lines],
    kinds: [...kinds].sort(),
    years: [...years].sort((a, b) => b - a),
    units: [...units].sort(collator.compare),
    statuses: [...statuses].sort(),
  };
}
