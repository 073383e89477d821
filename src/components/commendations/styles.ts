import { css } from 'lit';

/** The card layout of a row: one set of rules, used under each width at which cards start. */
const cardRules = css`
  table,
  tbody,
  tr,
  td,
  th {
    display: block;
  }
  thead tr {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em;
  }
  thead th {
    position: static;
    padding: 0.2em;
    border: 0;
  }
  tbody tr {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin-block-end: 0.5em;
    padding: 0.3em 0.6em;
  }
  tbody td,
  tbody th[scope='row'] {
    border: 0;
    font-weight: normal;
    padding: 0.15em 0;
    display: grid;
    grid-template-columns: 35% minmax(0, 1fr);
    gap: 0 0.5em;
  }
  tbody td::before,
  tbody th[scope='row']::before {
    content: attr(data-label) / '';
    color: var(--_muted);
    font-size: 0.9em;
  }
  .num {
    text-align: start;
  }
  td.empty {
    display: none;
  }
  .virtual table {
    table-layout: auto;
  }
  .virtual thead th[scope] {
    width: auto;
  }
  tr.spacer,
  tr.group {
    border: 0;
    padding: 0;
  }
`;

/**
 * The table, its controls, the card layout below 36em of its own width (a container query,
 * so a narrow sidebar gets cards on a wide screen) and print. Sizes in em: the portal's
 * A-/A+ buttons scale everything.
 */
export const tableStyles = css`
  :host {
    display: block;
  }
  .frame {
    container-type: inline-size;
    container-name: lamtheo-commendations;
    min-width: min(100%, 12em);
    display: grid;
    gap: var(--_gap);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: end;
  }
  .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.2em;
    min-width: min(100%, 8em);
    /* A filter is as wide as its longest choice ("Khối chính quyền"), never cut to fit a row. */
    flex: 0 1 auto;
  }
  /* Only a field wider than the whole widget shrinks (and its select with it). */
  .field > select,
  .field > input {
    inline-size: 100%;
    min-inline-size: 0;
  }
  .field--search {
    flex: 3 1 14em;
  }
  label {
    font-size: 0.9em;
    color: var(--_muted);
  }
  .summary {
    margin: 0;
    color: var(--_muted);
  }
  .scroller {
    overflow-x: auto;
  }
  .scroller.virtual {
    overflow-y: auto;
    max-height: var(--lamtheo-table-height, 36em);
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    text-align: start;
    font-weight: bold;
    padding-block: 0.3em;
  }
  th,
  td {
    overflow-wrap: break-word;
    text-align: start;
    vertical-align: top;
    padding: 0.4em 0.5em;
    border-bottom: 1px solid var(--_border);
  }
  thead th {
    background: var(--_subtle);
    position: sticky;
    top: 0;
    z-index: 1;
  }
  th button {
    border: 0;
    background: none;
    padding: 0.1em 0.2em;
    min-height: 0;
    font-weight: bold;
    text-align: start;
  }
  /* The arrow follows the last word of a wrapped header ("Hình / thức ↕"). */
  .arrow {
    color: var(--_muted);
    margin-inline-start: 0.3em;
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .kind,
  .muted {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .kind {
    display: block;
  }
  tr.is-revoked .name {
    text-decoration: line-through;
  }
  .revoked {
    display: inline-block;
    border: 1px solid var(--_danger);
    color: var(--_danger);
    border-radius: var(--_radius);
    padding: 0 0.3em;
    font-size: 0.8em;
  }
  tr.group th {
    background: var(--_subtle);
    text-align: start;
  }
  tbody th[scope='row'] {
    font-weight: normal;
  }
  /* A virtual table shows a few rows at a time: its columns must not change width as they
     scroll by. Each column gets its share (in em, spread over the width there is), and rows
     wrap their text to whatever height it needs (windowing.ts measures them). */
  .virtual table {
    table-layout: fixed;
  }
  .virtual thead th {
    width: 9em;
  }
  .virtual thead th.stt,
  .virtual thead th.year {
    width: 4.5em;
  }
  .virtual thead th.unit {
    width: 6.5em;
  }
  .virtual thead th.form,
  .virtual thead th.decision,
  .virtual thead th.status {
    width: 8.5em;
  }
  .virtual thead th.recipient,
  .virtual thead th.issuer {
    width: 11em;
  }
  .virtual thead th.achievement {
    width: 13em;
  }
  tr.spacer td {
    padding: 0;
    border: 0;
  }
  .no-results {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
  }
  .no-results p {
    margin: 0;
  }

  /* Cards: below 36em of the widget's own width each row becomes a card with labelled fields;
     a table of many columns sooner, where its columns would not fit (a 9-column list at 200 %
     text on a desktop): below 46em, or 78em for a long list's fixed columns (data-room). */
  @container lamtheo-commendations (max-width: 36em) {
    ${cardRules}
  }
  @container lamtheo-commendations (max-width: 46em) {
    .frame[data-room] {
      ${cardRules}
    }
  }
  @container lamtheo-commendations (max-width: 78em) {
    .frame[data-room='wide'] {
      ${cardRules}
    }
  }

  /* A very narrow card (a phone with large text): each label above its value. */
  @container lamtheo-commendations (max-width: 20em) {
    .frame:is(*, [data-room]) tbody td,
    .frame:is(*, [data-room]) tbody th[scope='row'] {
      grid-template-columns: minmax(0, 1fr);
    }
  }

  @media print {
    .controls,
    .status-line,
    th button .arrow {
      display: none;
    }
    .scroller,
    .scroller.virtual {
      max-height: none;
      overflow: visible;
    }
    thead th {
      position: static;
    }
    tr {
      break-inside: avoid;
    }
  }
`;
