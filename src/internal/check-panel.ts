/**
 * The administrator's check panel (check-mode.ts), downloaded only in check mode: every error
 * and warning of a widget's data and embed, with the place in the file, in the words of
 * `npx lamtheo validate`. Its styles are adopted by the widget's shadow root when first shown,
 * so visitors' pages carry neither its code nor its CSS. Its words have `p.` ids: their English
 * comes with the problem words (registered at import, like the command line's).
 */
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import '../data/words/messages-all.js';
import type { Language } from '../i18n/language.js';
import type { Problem } from './events.js';

/**
 * What the panel takes from the widget's own chunk (lit's `html` and `nothing`, the shared
 * problem place, number formats) rather than importing it: imported here, the bundler moves
 * those modules out of the widgets' chunk into chunks of their own, and every visitor's page
 * downloads more files for a panel it never shows.
 */
export interface PanelKit {
  html: typeof import('lit').html;
  nothing: typeof import('lit').nothing;
  problemPlace: typeof import('./views.js').problemPlace;
  formatNumber: typeof import('../data/words/format.js').formatNumber;
}

const css = `
  .check-panel {
    margin-block-start: 0.5em;
    padding: 0.5em 0.75em;
    border: 1px dashed var(--_border);
    border-inline-start: 0.3em solid var(--_focus);
    border-radius: var(--_radius);
    background: var(--_subtle);
    color: var(--_fg);
    font-size: 0.9em;
    line-height: 1.45;
    overflow-wrap: anywhere;
  }
  .check-panel p {
    margin: 0;
  }
  .check-note {
    color: var(--_muted);
  }
  .check-panel .problems li + li {
    margin-block-start: 0.25em;
  }
  .severity {
    font-weight: bold;
  }
  .error .severity {
    color: var(--_danger);
  }
  .warning .severity {
    color: var(--_warn);
  }
`;

let sheet: CSSStyleSheet | undefined;

/** Adds the panel's styles to a shadow root once (a constructed sheet: no inline style for a CSP to refuse). */
function adopt(root: ShadowRoot | null): void {
  if (!root) return;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** The panel of `host`: `problems` are the embed's and the data's, in that order. */
export function checkPanel(
  { html, nothing, problemPlace, formatNumber }: PanelKit,
  host: HTMLElement,
  problems: readonly Problem[],
  language: Language,
): TemplateResult {
  adopt(host.shadowRoot);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const n = (count: number) => formatNumber(count, language);
  // English counts take an s, Vietnamese nouns do not change.
  const counts = [
    errors === 1
      ? msg('1 lỗi', { id: 'p.check-one-error' })
      : errors
        ? msg(str`${n(errors)} lỗi`, { id: 'p.check-errors' })
        : '',
    warnings === 1
      ? msg('1 cảnh báo', { id: 'p.check-one-warning' })
      : warnings
        ? msg(str`${n(warnings)} cảnh báo`, { id: 'p.check-warnings' })
        : '',
  ].filter(Boolean);
  return html`<section class="check-panel" part="check" aria-labelledby="check-title">
    <p class="check-title" id="check-title">
      <strong>${msg('Kiểm tra dữ liệu', { id: 'p.check-title' })}</strong>
      <span class="check-note"
        >${msg('chỉ quản trị viên thấy; khách xem trang không thấy phần này', { id: 'p.check-note' })}</span
      >
    </p>
    <p class="check-summary">
      ${counts.length ? counts.join(', ') : msg('Không có lỗi hay cảnh báo nào.', { id: 'p.check-none' })}
    </p>
    ${
      problems.length
        ? html`<ul class="problems">
            ${problems.map(
              (p) =>
                html`<li class=${p.severity}>
                  <span class="severity"
                    >${
                      p.severity === 'error'
                        ? msg('Lỗi', { id: 'p.check-error' })
                        : msg('Cảnh báo', { id: 'p.check-warning' })
                    }</span
                  >
                  ${problemPlace(p)}${p.message}
                </li>`,
            )}
          </ul>`
        : nothing
    }
  </section>`;
}
