/** The look of the studio's editors (records-editor.ts, spaces-editor.ts): theme tokens only. */
import { css } from 'lit';

/** The commendation grid. */
export const recordsEditorStyles = css`
  :host {
    display: block;
    color: var(--_fg);
    font-size: 1rem;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    margin-block-end: 0.5em;
  }
  .file {
    position: relative;
    display: inline-flex;
    align-items: center;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    padding: 0.4em 0.7em;
    min-height: 2.4em;
    box-sizing: border-box;
    cursor: pointer;
  }
  .file:focus-within {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  .file input {
    position: absolute;
    inset: 0;
    opacity: 0;
    width: 100%;
    cursor: pointer;
  }
  .paste {
    display: block;
    box-sizing: border-box;
    width: 100%;
    min-height: 4.8em;
    resize: vertical;
  }
  .note {
    margin: 0.5em 0;
    padding: 0.5em 0.75em;
    border-inline-start: 0.25em solid var(--_warn);
    background: var(--_subtle);
  }
  .note.error {
    border-color: var(--_danger);
  }
  .summary {
    color: var(--_muted);
    margin: 0.5em 0;
  }
  .scroll {
    overflow: auto;
    max-height: 70vh;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .scroll:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
  }
  table {
    border-collapse: collapse;
    font-size: 0.9em;
  }
  th,
  td {
    border-block-end: 1px solid var(--_border);
    padding: 0.25em;
    vertical-align: top;
    text-align: start;
  }
  thead th {
    position: sticky;
    top: 0;
    background: var(--_bg);
    z-index: 1;
    font-weight: normal;
  }
  .header {
    display: block;
    font-weight: 600;
    margin-block-end: 0.25em;
    white-space: nowrap;
  }
  .header.none {
    font-weight: normal;
    font-style: italic;
    color: var(--_muted);
  }
  th select {
    min-width: 9em;
  }
  th select.undecided {
    border-color: var(--_warn);
    border-width: 2px;
  }
  td input {
    min-width: 8em;
    width: 100%;
    box-sizing: border-box;
  }
  td.n {
    vertical-align: middle;
    color: var(--_muted);
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  tr.has-problems td {
    border-block-end: 0;
  }
  tr.problems ul {
    position: sticky;
    inset-inline-start: 0;
    max-width: min(60em, calc(100vw - 4em));
    margin: 0;
    padding-inline-start: 1.1em;
    color: var(--_danger);
  }
  tr.problems li.warning {
    color: var(--_fg);
  }
  td.ignored input {
    color: var(--_muted);
    border-style: dashed;
  }
  button.remove {
    min-width: 2.4em;
  }
  .summary label {
    display: inline-flex;
    gap: 0.3em;
    align-items: center;
    margin-inline-start: 0.5em;
  }
  .ok {
    color: var(--_muted);
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    margin-block-start: 0.5em;
  }
  [role='status']:empty {
    display: none;
  }
`;

/** The map of cultural spaces and its form. */
export const spacesEditorStyles = css`
  :host {
    display: block;
    color: var(--_fg);
  }
  .layout {
    display: grid;
    gap: 1em;
    grid-template-columns: minmax(0, 3fr) minmax(14em, 2fr);
  }
  @container (max-width: 40em) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .wrap {
    container-type: inline-size;
  }
  .ward-files {
    display: grid;
    gap: 0.25em 0.75em;
    grid-template-columns: minmax(0, auto) minmax(0, 1fr);
    align-items: center;
    margin-block-end: 1em;
  }
  .ward-files .ward-url {
    display: flex;
    gap: 0.5em;
    min-width: 0;
  }
  .ward-files input {
    flex: 1;
    min-width: 0;
  }
  .ward-files .help {
    grid-column: 1 / -1;
  }
  @container (max-width: 40em) {
    .ward-files {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  svg {
    display: block;
    width: 100%;
    height: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_subtle);
    cursor: crosshair;
    touch-action: manipulation;
  }
  svg:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  .ward {
    fill: var(--_bg);
    stroke: var(--_muted);
    stroke-width: 1;
  }
  .ward-name {
    fill: var(--_muted);
    font-size: 11px;
    text-anchor: middle;
    pointer-events: none;
  }
  .marker circle {
    fill: var(--_accent);
    stroke: var(--_bg);
    stroke-width: 2;
  }
  .marker.selected circle {
    stroke: var(--_fg);
    stroke-width: 3;
  }
  .marker text {
    fill: var(--_accent-fg);
    font-size: 11px;
    font-weight: 700;
    text-anchor: middle;
    dominant-baseline: central;
    pointer-events: none;
  }
  .cross {
    stroke: var(--_fg);
    stroke-width: 1.5;
    fill: none;
    pointer-events: none;
  }
  .help,
  .where {
    color: var(--_muted);
    margin: 0.5em 0;
  }
  ol {
    padding-inline-start: 1.5em;
    margin: 0.5em 0;
  }
  li button {
    vertical-align: top;
    background: none;
    border: 0;
    text-align: start;
    text-decoration: underline;
    padding: 0.2em 0;
    min-height: 2em;
    color: inherit;
  }
  li button[aria-current='true'] {
    font-weight: 700;
  }
  form {
    display: grid;
    gap: 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em;
  }
  label {
    display: grid;
    gap: 0.2em;
  }
  input,
  select {
    min-width: 0;
  }
  .pair {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    gap: 0.5em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .problems {
    color: var(--_danger);
    margin: 0;
    padding-inline-start: 1.1em;
  }
  .mode {
    border-inline-start: 0.25em solid var(--_warn);
    padding-inline-start: 0.5em;
  }
`;
