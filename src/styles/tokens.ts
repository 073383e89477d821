import { css } from 'lit';

/**
 * Theme tokens. Every size is em-relative and the font is inherited, so a portal's
 * A- / A+ buttons and its typeface carry into the widgets. Portals theme a widget by
 * setting any `--lamtheo-*` property on it or on an ancestor.
 *
 * Colours follow the host page, not the operating system alone: each token is
 * `light-dark(light, dark)`, resolved against the `color-scheme` the widget inherits. A page
 * that says nothing is light (a phone in dark mode on a light portal still gets dark text);
 * a portal that declares `color-scheme: dark` (or `light dark` with the visitor's system dark,
 * when the browser paints the page dark too) gets the dark colours, and so does a widget with
 * `theme="dark"`. Browsers without `light-dark()` (before Chromium 123, Safari 17.5, Firefox
 * 120) get the light colours on the widget's own light surface, readable on any page.
 *
 * The list below is the tokens' documentation: custom-elements-manifest.config.mjs copies it
 * onto every element that reads the tokens (Storybook's API tables, editors), and stops the
 * analysis when a `--lamtheo-*` property here has no line.
 *
 * @cssprop --lamtheo-color-text - Text colour.
 * @cssprop --lamtheo-color-muted - Secondary text: labels, periods, sources, hints.
 * @cssprop --lamtheo-color-surface - The widget's background, painted with `theme="light"` or `"dark"` (and by browsers without `light-dark()`).
 * @cssprop --lamtheo-color-subtle - Quiet fills: skeletons, table stripes, empty bars.
 * @cssprop --lamtheo-color-border - Borders and rules.
 * @cssprop --lamtheo-color-accent - Figures, bars, markers and buttons (the portal's own red by default).
 * @cssprop --lamtheo-color-on-accent - Text on the accent colour (buttons).
 * @cssprop --lamtheo-color-success - Good news: a target reached, a pledge sent.
 * @cssprop --lamtheo-color-warning - Warnings: stale data, a repaired boundary.
 * @cssprop --lamtheo-color-danger - Errors: data that cannot be shown, a field to correct.
 * @cssprop --lamtheo-color-focus - The keyboard focus ring.
 * @cssprop --lamtheo-radius - Corner radius of cards, buttons and fields (default 0.375em).
 * @cssprop --lamtheo-space - The gap between parts (default 0.75em).
 * @cssprop --lamtheo-duration - Length of the count-up and other animations (default 1.2s; 0s with reduced motion).
 * @cssprop --lamtheo-font-family - The typeface; inherited from the page when unset.
 * @cssprop --lamtheo-font-size - The base text size; inherited from the page when unset (so the portal's A- / A+ buttons work).
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
    --_warn: var(--lamtheo-color-warning, #8a5c00);
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
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_fg: var(--lamtheo-color-text, light-dark(#1f2328, #e6edf3));
      --_muted: var(--lamtheo-color-muted, light-dark(#57606a, #9da7b3));
      --_bg: var(--lamtheo-color-surface, light-dark(#ffffff, #161b22));
      --_subtle: var(--lamtheo-color-subtle, light-dark(#f3f4f6, #21262d));
      --_border: var(--lamtheo-color-border, light-dark(#d0d7de, #3d444d));
      --_accent: var(--lamtheo-color-accent, light-dark(#b3261e, #ff8a80));
      --_accent-fg: var(--lamtheo-color-on-accent, light-dark(#ffffff, #1f0a08));
      --_ok: var(--lamtheo-color-success, light-dark(#1a7f37, #56d364));
      --_warn: var(--lamtheo-color-warning, light-dark(#8a5c00, #e3b341));
      --_danger: var(--lamtheo-color-danger, light-dark(#b3261e, #ff7b72));
      --_focus: var(--lamtheo-color-focus, light-dark(#0b57d0, #79c0ff));
    }
  }
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      background: var(--_bg);
    }
  }
  /* theme="light" / "dark": the portal's choice for this widget, whatever the page around it
     says; the widget then paints its own surface, so it is readable on any background. */
  :host([theme='light']),
  :host([theme='dark']) {
    background: var(--_bg);
    padding: var(--_gap);
    border-radius: var(--_radius);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
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
      --_ok: CanvasText;
      --_warn: CanvasText;
      --_danger: CanvasText;
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
