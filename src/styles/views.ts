import { css } from 'lit';

/** Styles of the shared loading, error, empty and stale views (see internal/views.ts). */
export const viewStyles = css`
  .state {
    display: flex;
    gap: 0.6em;
    align-items: flex-start;
    padding: 0.5em var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_subtle);
    color: var(--_fg);
    min-block-size: 3em;
  }
  /* The loading view: a skeleton in the space of the data (internal/reserve.ts gives the
     figures, which the one-tag loader repeats for undefined tags), a small note on top. */
  /* Every state shares one grid cell with the skeleton: while loading it is seen, with a small
     note over its top end; after, it stays hidden under what is shown, so a widget is never
     shorter than what it reserved. Errors and empty views take exactly that space. */
  .hold {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }
  .hold > * {
    grid-area: 1 / 1;
    min-inline-size: 0;
  }
  .ghost {
    visibility: hidden;
  }
  /* A hidden animation still costs every frame (100 counters: 3× the main thread of their count-up). */
  .ghost .bone::before {
    animation: none;
  }
  .fixed {
    contain: size;
    overflow: auto;
  }
  /* An administrator who opens the details asked for more: the error view grows to show it. */
  .fixed:has(details[open]) {
    contain: none;
    overflow: visible;
  }
  .loading-note {
    justify-self: end;
    align-self: start;
    margin: 0;
    padding: 0 0.4em;
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_muted);
    font-size: 0.8em;
  }
  .sk {
    display: grid;
    align-content: start;
    overflow: hidden;
  }
  .bone {
    display: block;
    padding-block: 0.3em;
  }
  .bone::before {
    content: '';
    display: block;
    block-size: 100%;
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_muted) 18%, var(--_bg));
    animation: pulse 1.6s ease-in-out infinite alternate;
  }
  @keyframes pulse {
    to {
      opacity: 0.45;
    }
  }
  .sk-card {
    grid-template-rows: 2.5em 1.5em 1.35em;
    gap: 0.2em;
  }
  /* In a grid (columns of 13em or one column on a phone) a label mostly takes two lines: each
     card reserves them (internal/reserve.ts). */
  .item > .sk-card {
    grid-template-rows: 2.5em 3em 1.35em;
  }
  .item > .sk-card > .bone--line {
    inline-size: 100%;
    padding-block: 0.3em 1.8em;
  }
  .item > .sk-card > .bone--line::before {
    box-shadow: 0 1.5em 0 0 color-mix(in srgb, var(--_muted) 18%, var(--_bg));
    inline-size: 85%;
  }
  .sk-odometer {
    grid-template-columns: minmax(0, 1fr) 4em;
    gap: 1em;
    block-size: 1.6em;
  }
  .sk-plain {
    block-size: 6em;
  }
  .bone--figure {
    inline-size: 5em;
    padding-block: 0.35em;
  }
  .bone--line {
    inline-size: min(14em, 85%);
  }
  .bone--small,
  .bone--label {
    block-size: 1.35em;
    inline-size: min(9em, 60%);
  }
  .bone--details {
    block-size: 1.675em;
    inline-size: 7em;
    padding-block: 0.65em 0.3em;
  }
  .bone--heading {
    block-size: 1.3em;
    inline-size: min(10em, 70%);
    padding-block: 0.25em;
  }
  .bone--count {
    padding-block: 0.25em;
  }
  .bone--input,
  .bone--map,
  .bone--head {
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .bone--input::before,
  .bone--map::before,
  .bone--head::before {
    display: none;
  }
  .bone--input {
    block-size: 2.4em;
  }
  .bone--head {
    block-size: 2.2em;
  }
  .bone--row {
    block-size: 2.2em;
    padding-block: 0.65em;
    border-block-end: 1px solid var(--_border);
  }
  .bone--row:nth-child(odd) {
    padding-inline-end: 30%;
  }
  .bone--title {
    block-size: 2em;
    inline-size: min(18em, 90%);
    padding-block: 0.45em;
  }
  .bone--button {
    block-size: 2.6em;
    inline-size: 10em;
    padding-block: 0;
  }
  .bone--chips {
    block-size: 1.75em;
    inline-size: min(20em, 100%);
    padding-block: 0.2em;
  }
  .bone--entry {
    block-size: 2.2em;
    padding-block: 0.5em;
    border-block-end: 1px solid var(--_border);
  }
  .sk-table {
    block-size: 30em;
    gap: 0.3em;
  }
  .sk-form {
    block-size: 30em;
    gap: 0.4em;
  }
  .sk-list {
    block-size: 24em;
    gap: 0.3em;
  }
  .sk-map-top {
    display: grid;
    align-content: start;
    gap: 0.5em;
    block-size: 4.25em;
  }
  .sk-map-layout {
    display: grid;
    gap: var(--_gap);
  }
  .bone--map {
    block-size: calc(var(--_map-height, 28em) + 2px);
  }
  .sk-map-list {
    display: grid;
    align-content: start;
    block-size: 12em;
    overflow: hidden;
  }
  @container (min-width: 44em) {
    .sk-map-layout {
      grid-template-columns: minmax(0, 2fr) minmax(14em, 1fr);
      align-items: start;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .bone::before {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    .bone::before {
      background: GrayText;
    }
  }
  .state p {
    margin: 0;
  }
  .state--error {
    border-color: var(--_danger);
    border-inline-start-width: 0.3em;
  }
  .state--error .title {
    font-weight: bold;
  }
  .problems {
    margin: 0.4em 0 0;
    padding-inline-start: 1.2em;
  }
  .problems code {
    font-family: ui-monospace, 'Cascadia Mono', Menlo, Consolas, monospace;
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  details summary {
    cursor: pointer;
    color: var(--_focus);
  }
  .problems .place {
    font-weight: bold;
  }
  .all-problems {
    margin-block-start: 0.4em;
  }
  /* "Xem tất cả N lỗi" open: the whole list takes the place of the first problems. */
  details:has(> .all-problems[open]) > .first {
    display: none;
  }
  .stale {
    display: block;
    margin-block-end: 0.4em;
    padding: 0.2em 0.5em;
    border-radius: var(--_radius);
    background: var(--_subtle);
    color: var(--_warn);
    font-size: 0.85em;
  }
  .checking {
    color: inherit;
  }
  /* A part of a widget that could not be downloaded, in its place (internal/views.ts partMissingView). */
  .part-missing {
    margin: 0.3em 0;
    padding: 0.3em 0.6em;
    border-inline-start: 0.25em solid var(--_danger);
    background: var(--_subtle);
    color: var(--_fg);
    font-size: 0.875em;
    line-height: 1.4;
  }
  button.link {
    font: inherit;
    color: var(--_focus);
    background: none;
    border: 0;
    padding: 0;
    text-decoration: underline;
    cursor: pointer;
  }
`;
