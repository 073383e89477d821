import { css } from 'lit';

/** Styles of the pledge form and list; sizes in em so the portal's A-/A+ scale them. */
export const pledgeFormStyles = css`
  :host {
    display: block;
    max-width: 48em;
    /* GOV.UK form patterns: a 2px border and a thick focus ring. */
    --_control-border: 0.125em solid var(--_fg);
    --_focus-width: 0.2em;
  }
  form,
  .intro,
  .panel {
    display: grid;
    gap: var(--_gap);
  }
  h2 {
    font-size: 1.25em;
    margin: 0;
  }
  p {
    margin: 0;
  }
  .theme strong {
    color: var(--_accent);
  }
  .hint,
  .required-note,
  .basis,
  .optional,
  .context {
    color: var(--_muted);
    font-weight: normal;
  }
  .field {
    display: grid;
    gap: 0.3em;
    position: relative;
  }
  .field--error {
    border-inline-start: 0.3em solid var(--_danger);
    padding-inline-start: 0.7em;
  }
  label,
  legend {
    font-weight: bold;
  }
  input[type='text'],
  textarea {
    width: 100%;
  }
  /* A date (dd/mm/yyyy) needs about ten figures; a full-width box would ask for more. */
  input[inputmode='numeric'] {
    max-width: 11em;
  }
  textarea {
    resize: vertical;
  }
  .error-message {
    color: var(--_danger);
    font-weight: bold;
  }
  fieldset {
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.8em;
    margin: 0;
    display: grid;
    gap: var(--_gap);
    min-width: 0;
  }
  .consent {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
  }
  .consent input {
    width: 1.4em;
    height: 1.4em;
    margin: 0;
    flex: none;
  }
  button {
    font: inherit;
    min-height: 2.75em;
    padding: 0.4em 1.2em;
    border-radius: var(--_radius);
    border: 0.125em solid var(--_accent);
    background: var(--_accent);
    color: var(--_accent-fg);
    cursor: pointer;
    justify-self: start;
  }
  button.secondary {
    background: var(--_bg);
    color: var(--_accent);
  }
  button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .error-summary {
    border: 0.25em solid var(--_danger);
    padding: 0.8em 1em;
    display: grid;
    gap: 0.5em;
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .error-summary a {
    color: var(--_danger);
    font-weight: bold;
  }
  .panel {
    border-inline-start: 0.4em solid var(--_accent);
    background: var(--_subtle);
    padding: 0.8em 1em;
  }
  .panel--sent {
    border-color: var(--_ok);
  }
  .panel--queued {
    border-color: var(--_warn);
  }
  .receipt {
    font-size: 1.2em;
    letter-spacing: 0.03em;
  }
  /* The private code: monospaced so 8 and B, 2 and Z are told apart, never broken across lines. */
  .code {
    font-family: ui-monospace, 'Cascadia Mono', Consolas, 'DejaVu Sans Mono', monospace;
    white-space: nowrap;
  }
  .copy {
    margin-inline-start: 0.5em;
  }
  .keep {
    font-weight: 600;
  }
  .sending {
    color: var(--_muted);
  }
  .combobox {
    position: relative;
  }
  .options {
    position: absolute;
    z-index: 2;
    inset-inline: 0;
    top: 100%;
    margin: 0.2em 0 0;
    padding: 0;
    list-style: none;
    max-height: 16em;
    overflow-y: auto;
    background: var(--_bg);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 0.3em 0.8em rgb(0 0 0 / 0.15);
  }
  .options[hidden] {
    display: none;
  }
  [role='option'],
  .more {
    padding: 0.5em 0.6em;
    cursor: pointer;
  }
  [role='option'].active {
    background: var(--_accent);
    color: var(--_accent-fg);
  }
  [role='option'].active .context {
    color: inherit;
  }
  /* Forced colours: Highlight behind HighlightText is a pair only without the backplate the
     browser paints behind text in the Canvas colour (HighlightText on it could not be seen). */
  @media (forced-colors: active) {
    button:not(.secondary),
    [role='option'].active {
      forced-color-adjust: none;
    }
  }
  .more {
    color: var(--_muted);
    cursor: default;
  }
  .hp {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    [role='option'].active {
      outline: 0.15em solid Highlight;
    }
  }
`;

/** The chain's widgets (review, assessment): the form's styles plus these. */
export const pledgeChainStyles = css`
  /* At 375 px with the portal's A+ (200 % text) nothing may push past the widget's edge. */
  input[type='password'] {
    width: 100%;
  }
  /* A receipt and a code are short: a box their size reads as "type the code here". */
  #receipt,
  #code {
    max-width: 18em;
  }
  .panel > *,
  .field {
    min-width: 0;
  }
  button {
    max-width: 100%;
    overflow-wrap: anywhere;
  }
  .said:empty,
  .problem:empty {
    display: none;
  }
  .said {
    font-weight: bold;
    color: var(--_ok);
  }
  .chain-form,
  .registration {
    display: grid;
    gap: var(--_gap);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }
  .filters button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-fg);
  }
  ul.registrations {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 1em;
  }
  .registration {
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.8em 1em;
    background: var(--_bg);
  }
  h3 {
    font-size: 1.1em;
    margin: 0;
  }
  dl.commitments {
    margin: 0;
    display: grid;
    gap: 0.3em;
  }
  dl.commitments dt {
    font-weight: bold;
  }
  dl.commitments dd {
    margin: 0 0 0.4em;
    overflow-wrap: anywhere;
  }
  .comment {
    border-inline-start: 0.3em solid var(--_warn);
    padding-inline-start: 0.7em;
    overflow-wrap: anywhere;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em 1.2em;
  }
  .choice {
    display: flex;
    gap: 0.4em;
    align-items: center;
    font-weight: normal;
    min-height: 2.75em;
  }
  .choice input {
    width: 1.3em;
    height: 1.3em;
    margin: 0;
    flex: none;
  }
  .commitment {
    overflow-wrap: anywhere;
  }
`;

export const pledgeListStyles = css`
  :host {
    --_control-border: 0.125em solid var(--_fg);
    --_focus-width: 0.2em;
  }
  :host {
    display: block;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: end;
    margin-block-end: var(--_gap);
  }
  .toolbar .search {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.3em;
    flex: 1 1 16em;
    min-width: 0;
  }
  .search label {
    font-weight: bold;
  }
  /* The search box takes the width it is given: its own size (20 characters at 200% text) would push the page sideways. */
  input[type='search'] {
    width: 100%;
    min-width: 0;
  }

  h3 {
    font-size: 1.15em;
    margin: 1em 0 0.4em;
  }
  .count {
    color: var(--_muted);
    font-weight: normal;
  }
  ul.pledges {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.6em;
  }
  article {
    overflow-wrap: anywhere;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.7em 0.9em;
  }
  h4 {
    margin: 0 0 0.3em;
    font-size: 1em;
  }
  dl {
    margin: 0;
    display: grid;
    gap: 0.3em;
  }
  dt {
    font-weight: bold;
  }
  dd {
    margin: 0 0 0.3em;
    white-space: pre-line;
  }
  .meta,
  .measures {
    color: var(--_muted);
  }
`;
