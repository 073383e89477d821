import { css } from 'lit';

/** The studio's look: the theme tokens (light and dark), em sizes, usable at 375 px. */
export const studioStyles = css`
  :host {
    display: block;
    max-width: 72em;
    margin-inline: auto;
  }
  h1 {
    font-size: 1.5em;
    margin: 0 0 0.25em;
  }
  h2 {
    font-size: 1.2em;
    margin: 1em 0 0.5em;
  }
  h3 {
    font-size: 1.05em;
    margin: 1em 0 0.25em;
  }
  .lead,
  .hint {
    color: var(--_muted);
    margin: 0.15em 0 0.35em;
    font-size: 0.9em;
  }
  .summary {
    border: 1px solid var(--_border);
    border-inline-start: 0.3em solid var(--_ok);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
    margin: 0.75em 0;
  }
  .summary.has-errors {
    border-inline-start-color: var(--_danger);
  }
  .summary h2 {
    margin: 0;
    font-size: 1em;
    font-weight: bold;
  }
  .problems {
    margin: 0.5em 0 0;
    padding-inline-start: 1.5em;
    max-height: 14em;
    overflow: auto;
  }
  .problems li {
    margin: 0.2em 0;
  }
  .problems a,
  button.link {
    color: var(--_focus);
    text-decoration: underline;
  }
  .place {
    font-family: ui-monospace, monospace;
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    border-bottom: 1px solid var(--_border);
    margin-bottom: 0.75em;
  }
  .tabs [role='tab'] {
    border: 1px solid var(--_border);
    border-bottom: none;
    border-radius: var(--_radius) var(--_radius) 0 0;
    background: var(--_subtle);
    min-height: 2.6em;
  }
  .tabs [aria-selected='true'] {
    background: var(--_bg);
    font-weight: bold;
    box-shadow: inset 0 0.2em 0 var(--_accent);
  }
  .badge {
    display: inline-block;
    min-width: 1.4em;
    padding: 0 0.35em;
    border-radius: 1em;
    background: var(--_danger);
    color: var(--_accent-fg);
    font-size: 0.8em;
    text-align: center;
  }
  .panel:focus {
    outline: none;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em 0.75em;
    margin: 0 0 1em;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15em), 1fr));
    gap: 0.25em 1em;
    min-width: 0;
  }
  fieldset:focus {
    outline: 0.15em solid var(--_focus);
  }
  legend {
    font-weight: bold;
    padding: 0 0.25em;
    overflow-wrap: anywhere;
  }
  .wide,
  fieldset > .field-problems,
  fieldset > .hint,
  fieldset > p,
  fieldset > .row,
  fieldset > button {
    grid-column: 1 / -1;
  }
  .sub {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr));
    gap: 0.25em 1em;
    background: var(--_subtle);
    padding: 0.5em 0.75em;
    border-radius: var(--_radius);
  }
  .row {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12em), 1fr));
    gap: 0.25em 1em;
    align-items: end;
    border-top: 1px dashed var(--_border);
    padding-top: 0.35em;
  }
  .field {
    display: flex;
    flex-direction: column;
    min-width: 0;
    margin-bottom: 0.4em;
  }
  .field label {
    font-weight: bold;
  }
  .optional {
    font-weight: normal;
    color: var(--_muted);
  }
  input,
  select,
  textarea {
    width: 100%;
    max-width: 100%;
  }
  input[type='checkbox'],
  input[type='radio'] {
    width: auto;
    min-height: 0;
    margin: 0 0.4em 0 0;
    accent-color: var(--_accent);
  }
  .check {
    display: flex;
    align-items: center;
    flex-wrap: wrap;
    min-height: 2.4em;
  }
  .check label {
    flex: 1;
    min-width: 0;
  }
  fieldset.list {
    display: block;
  }
  .choice {
    display: inline-flex;
    align-items: center;
    margin-inline-end: 1em;
    min-height: 2.4em;
  }
  .field-problems {
    list-style: none;
    margin: 0.25em 0 0;
    padding: 0;
  }
  .field-problems li {
    color: var(--_danger);
    font-weight: bold;
    border-inline-start: 0.25em solid var(--_danger);
    padding-inline-start: 0.4em;
  }
  .field-problems li.warning,
  .problems li.warning {
    color: var(--_warn);
    border-color: var(--_warn);
  }
  button.primary {
    background: var(--_accent);
    color: var(--_accent-fg);
    border-color: var(--_accent);
    font-weight: bold;
  }
  button.link {
    background: none;
    border: none;
    padding: 0;
    min-height: 0;
  }
  .remove {
    justify-self: start;
  }
  .note {
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
    background: var(--_subtle);
  }
  .note.error,
  .raw-problem {
    border-inline-start: 0.3em solid var(--_danger);
  }
  .note.warning {
    border-inline-start: 0.3em solid var(--_warn);
  }
  .offer {
    border: 2px solid var(--_focus);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em 0.75em;
  }
  .offer h2 {
    margin-top: 0.25em;
  }
  .starters {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr));
    gap: 0.75em;
  }
  .starter {
    width: 100%;
    font-weight: bold;
    text-align: start;
  }
  .drop {
    border: 2px dashed var(--_muted);
    border-radius: var(--_radius);
    padding: 1em;
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .drop.over {
    border-color: var(--_focus);
    background: var(--_subtle);
  }
  .url {
    margin-top: 1em;
  }
  .inline {
    display: flex;
    gap: 0.5em;
  }
  .inline input {
    flex: 1;
    min-width: 0;
  }
  #raw {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
    line-height: 1.4;
    white-space: pre;
    overflow: auto;
    tab-size: 2;
  }
  .raw-problem {
    margin-top: 0.5em;
    padding: 0.5em 0.75em;
    background: var(--_subtle);
    border-radius: var(--_radius);
  }
  .raw-problem p {
    margin: 0 0 0.5em;
  }
  .preview-controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
  }
  .preview-controls fieldset {
    display: block;
  }
  .previews.phone .frame {
    width: min(100%, 375px);
  }
  .preview {
    margin: 0 0 1.25em;
  }
  .preview figcaption {
    font-size: 0.9em;
    color: var(--_muted);
    margin-bottom: 0.25em;
    overflow-wrap: anywhere;
  }
  .frame {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em;
    overflow: auto;
  }
  .snippet {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.25em 0.5em;
    align-items: start;
    margin-top: 0.5em;
  }
  .snippet label {
    grid-column: 1 / -1;
    font-weight: bold;
  }
  .snippet textarea {
    font-family: ui-monospace, monospace;
    font-size: 0.85em;
  }
  .copied {
    grid-column: 1 / -1;
    color: var(--_ok);
    font-size: 0.9em;
  }
  code {
    font-family: ui-monospace, monospace;
    overflow-wrap: anywhere;
  }
  .embed {
    border-top: 1px solid var(--_border);
    margin-top: 1em;
  }
  .embed > .hint {
    margin-bottom: 0.75em;
  }
`;
