import { css } from 'lit';

/**
 * Form controls as every lamtheo widget draws them: the portal's font, theme colours, and a
 * border a widget may thicken with `--_control-border` (the pledge form uses GOV.UK's 2px).
 */
export const controlStyles = css`
  input,
  select,
  textarea,
  button {
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: var(--_control-border, 1px solid var(--_border));
    border-radius: var(--_radius);
    padding: 0.4em 0.5em;
    min-height: 2.4em;
  }
  button {
    cursor: pointer;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
`;
