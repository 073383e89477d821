/**
 * The one shape every stage of reading in src/data/ returns (load → parse → check → normalise,
 * and `readDataset` behind them): a value with the warnings that did not stop it, or the
 * problems that did. Nothing in src/data throws on bad input.
 */
/**
 * One problem found in a dataset or while loading it: `path` in the JSON document
 * (`commendations[12].decision.date`, empty for the whole file), `message` in the reader's
 * language, a stable `code` (`invalid-date`, `http_404`), `severity`, and the line and
 * column when the text of the file was read. An `Issue` of the checker is one.
 */
export interface Problem {
  /** JSON path: `commendations[12].decision.date`; '' for the whole document. */
  path: string;
  /** A stable code for programs and docs. */
  code: string;
  /** Plain words in the reader's language. */
  message: string;
  severity: 'error' | 'warning';
  /** 1-based line and column in the JSON text, when the text was available. */
  line?: number;
  column?: number;
  /**
   * For a mistake in the embed, not in the file (`<lamtheo-counter metric="dang-vienn">` names
   * a metric the file lacks): the attribute as written, `metric="dang-vienn"`. `path` then names
   * the part of the file it was looked for in (`metrics`).
   */
  attribute?: string;
}

/** A value and its warnings, or the problems (errors first, then warnings) that stopped it. */
export type Result<T> =
  { ok: true; value: T; warnings: readonly Problem[] } | { ok: false; problems: readonly Problem[] };
