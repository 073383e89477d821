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
 * `step(more)` prepares rows while `more()` allows (at least 1,000 between two asks), so a
 * long list can be prepared over several tasks; `done` says whether every row is.
 */
export class RowsPreparer {
  private readonly rows: CommendationRow[];
  private readonly totals: Summary = { collectives: 0, individuals: 0, revoked: 0 };
  private readonly levels = new Set<string>();
  private readonly forms = new Set<CommendationForm>();
  private readonly lines = new Set<Commendation['line']>();
  private readonly kinds = new Set<Commendation['recipient']['kind']>();
  private readonly years = new Set<number>();
  private readonly units = new Set<string>();
  private readonly statuses = new Set<Commendation['status']>();
  private next = 0;

  constructor(
    private readonly records: readonly Commendation[],
    private readonly unitsById: ReadonlyMap<string, Unit> = new Map(),
  ) {
    this.rows = new Array<CommendationRow>(records.length);
  }

  get done(): boolean {
    return this.next >= this.records.length;
  }

  /** Prepares rows while `more()` allows; whether every row is prepared. */
  step(more: () => boolean = () => true): boolean {
    const { records, rows, totals, unitsById } = this;
    while (this.next < records.length && more()) {
      const end = Math.min(records.length, this.next + 1000);
      for (let i = this.next; i < end; i++) {
        const record = records[i];
        const { recipient, issuer } = record;
        const unitName = recipient.unit ?? (recipient.unitId ? unitsById.get(recipient.unitId)?.name : undefined) ?? '';
        const level = issuer.level ?? issuer.name;
        const revoked = record.status === 'revoked';
        rows[i] = { record, number: i + 1, form: formText(record), unitName, level, revoked };
        if (recipient.kind === 'collective') totals.collectives++;
        else totals.individuals++;
        if (revoked) totals.revoked++;
        this.levels.add(level);
        this.forms.add(record.form);
        this.lines.add(record.line);
        this.kinds.add(recipient.kind);
        if (record.year !== undefined) this.years.add(record.year);
        if (unitName) this.units.add(unitName);
        this.statuses.add(record.status);
      }
      this.next = end;
    }
    return this.done;
  }

  /** The rows, the filters' choices and the counts, once every row is prepared (the rest is prepared now). */
  result(): PreparedRows {
    this.step();
    const collator = vietnameseCollator();
    const options: FilterOptions = {
      levels: [...this.levels].sort(collator.compare),
      forms: [...this.forms],
      lines: [...this.lines],
      kinds: [...this.kinds].sort(),
      years: [...this.years].sort((a, b) => b - a),
      units: [...this.units].sort(collator.compare),
      statuses: [...this.statuses].sort(),
    };
    return { rows: this.rows, options, totals: this.totals };
  }
}

/** Every row prepared at once (see `RowsPreparer`). */
export function prepareRows(
  records: readonly Commendation[],
  unitsById: ReadonlyMap<string, Unit> = new Map(),
): PreparedRows {
  return new RowsPreparer(records, unitsById).result();
}
