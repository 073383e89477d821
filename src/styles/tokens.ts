import { css } from 'lit';

/**
 * Theme tokens. Every size is em-relative and the font is inherited, so a portal's
 * A- / A+ buttons and its typeface carry into the widgets. Portals theme a widget by
 * setting any `--lamtheo-*` property on it or on an ancestor.
 */
export const tokens = css`
  :host {
    --_fg: var(--lamtheo-color-text, #1f2328);
    --_muted: var(--lamtheo-color-muted, #57606a);
    --_bg: var(--lamtheo-color-surface, #ffffff);
    --_subtle: var(--lamtheo-color-subtle, #f3f4f6);
    --_border: var(--lamtheo-color-border, #d0d7de);
    --_accent: var(--lamtheo-color-accent, #b3261e);
    --_accent-fg: var(--lamtheo-color-on-accent, #ffffff);
    --_ok: var(--lamtheo-color-success, #1a7f37);
    --_warn: var(--lamtheo-color-warning, #9a6700);
    --_danger: var(--lamtheo-color-danger, #b3261e);
    --_focus: var(--lamtheo-color-focus, #0b57d0);
    --_radius: var(--lamtheo-radius, 0.375em);
    --_gap: var(--lamtheo-space, 0.75em);
    --_duration: var(--lamtheo-duration, 1.2s);

    /* Font family and size are inherited from the portal on purpose (A- / A+ buttons).
       Everything else a page could push in through inheritance or a * rule is pinned:
       !important inside a shadow root beats !important in the page. */
    display: block;
    /* Unset custom property → the declaration is invalid at computed time → inherited. */
    font-family: var(--lamtheo-font-family);
    font-size: var(--lamtheo-font-size);
    box-sizing: border-box !important;
    color: var(--_fg) !important;
    line-height: 1.5 !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-shadow: none !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    font-style: normal !important;
    font-weight: normal !important;
    white-space: normal !important;
    visibility: visible;
    font-variant-numeric: tabular-nums;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: var(--_focus-width, 0.15em) solid var(--_focus);
    outline-offset: 0.1em;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_fg: var(--lamtheo-color-text, #e6edf3);
      --_muted: var(--lamtheo-color-muted, #9da7b3);
      --_bg: var(--lamtheo-color-surface, #161b22);
      --_subtle: var(--lamtheo-color-subtle, #21262d);
      --_border: var(--lamtheo-color-border, #3d444d);
      --_accent: var(--lamtheo-color-accent, #ff8a80);
      --_accent-fg: var(--lamtheo-color-on-accent, #1f0a08);
      --_ok: var(--lamtheo-color-success, #56d364);
      --_warn: var(--lamtheo-color-warning, #e3b341);
      --_danger: var(--lamtheo-color-danger, #ff7b72);
      --_focus: var(--lamtheo-color-focus, #79c0ff);
    }
  }
  @media (forced-colors: active) {
    :host {
      --_fg: CanvasText;
      --_muted: CanvasText;
      --_bg: Canvas;
      --_subtle: Canvas;
      --_border: CanvasText;
      --_accent: Highlight;
      --_accent-fg: HighlightText;
      --_focus: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0s;
    }
    *,
    *::before,
    *::after {
      animation-duration: 0s !important;
      transition-duration: 0s !important;
    }
  }
`;
