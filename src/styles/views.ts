import { css } from 'lit';

/** Styles of the shared loading, error, empty and stale views (see internal/views.ts). */
export const viewStyles = css`
  .state {
    display: flex;
    gap: 0.6em;
    align-items: flex-start;
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_subtle);
    color: var(--_fg);
    min-block-size: 3em;
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
  .spinner {
    flex: none;
    inline-size: 1.2em;
    block-size: 1.2em;
    border: 0.18em solid var(--_border);
    border-block-start-color: var(--_accent);
    border-radius: 50%;
    animation: spin 0.9s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
      border-color: var(--_accent);
    }
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
