import { css } from 'lit';

/**
 * Form controls as every lamtheo widget draws them: the portal's font, theme colours, and a
 * border a widget may thicken with `--_control-border` (the pledge form uses GOV.UK's 2px).
 * The border is the muted text colour, not the hairline colour: a field's edge is what shows
 * where it is, so it needs 3:1 against the page (WCAG 1.4.11); #d0d7de on white has 1.5:1.
 */
export const controlStyles = css`
  input,
  select,
  textarea,
  button {
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: var(--_control-border, 1px solid var(--_muted));
    border-radius: var(--_radius);
    padding: 0.4em 0.5em;
    min-height: 2.4em;
  }
  button {
    cursor: pointer;
  }
  ::placeholder {
    color: var(--_muted);
    opacity: 1;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
`;
