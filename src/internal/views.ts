import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Problem } from './events.js';
import { formatDateTime, formatNumber } from '../data/words/format.js';
import { isLoadFailure } from '../data/load/fetch-text.js';
import type { ReadProgress } from '../data/read.js';
import { partWords } from '../i18n/lazy-part.js';
import type { Language } from '../i18n/language.js';

/** How many problems the error view lists before "and N more". */
export const problemsShown = 5;

/**
 * Shown while data loads, over the widget's skeleton (internal/skeletons.ts, which takes the
 * space the data will take): a small note, announced politely, once.
 */
export function loadingView(): TemplateResult {
  return html`<p class="loading-note" part="state loading" role="status">${msg('Đang tải dữ liệu…')}</p>`;
}

/** Shown when the data holds nothing this widget can show. */
export function emptyView(message = msg('Chưa có dữ liệu để hiển thị.')): TemplateResult {
  return html`<div class="state state--empty" part="state empty" role="status"><p>${message}</p></div>`;
}

/**
 * Shown when the data cannot be used. Visitors read one short sentence; administrators
 * open "details" for every problem with its place in the file. Three lines, so that it fits
 * the space a counter reserved (the retry button follows the sentence).
 */
export function errorView(problems: readonly Problem[], onRetry?: () => void): TemplateResult {
  const errors = problems.filter((p) => p.severity === 'error');
  const listed = errors.slice(0, problemsShown);
  const more = errors.length - listed.length;
  // A slow network, a server error or a part of the widget not downloaded is not an error in
  // the file: say what happened instead.
  const notLoaded = errors.length > 0 && errors.every((p) => isLoadFailure(p.code) || p.code === 'part-not-loaded');
  const summary = notLoaded
    ? errors[0].message
    : errors.length === 1
      ? msg('Tệp dữ liệu có 1 lỗi.')
      : msg(str`Tệp dữ liệu có ${errors.length} lỗi.`);
  return html`<div class="state state--error" part="state error" role="alert">
    <div>
      <p class="title">${msg('Không hiển thị được dữ liệu.')}</p>
      <p>
        ${summary}
        ${onRetry ? html`<button class="link" type="button" @click=${onRetry}>${msg('Thử lại')}</button>` : nothing}
      </p>
      ${
        listed.length && !notLoaded
          ? html`<details>
              <summary>${msg('Chi tiết cho quản trị viên')}</summary>
              <ul class="problems">
                ${listed.map((p) => html`<li>${p.path ? html`<code>${p.path}</code>: ` : nothing}${p.message}</li>`)}
              </ul>
              ${more > 0 ? html`<p>${msg(str`… và ${more} lỗi khác.`)}</p>` : nothing}
            </details>`
          : nothing
      }
    </div>
  </div>`;
}

/**
 * In place of a part of a widget whose code could not be downloaded (i18n/lazy-part.ts): the
 * problem's sentence and a retry button; the rest of the widget keeps working. Its words are
 * the part helper's own, so they are English in an English widget even when the English
 * strings were the part that failed.
 */
export function partMissingView(problem: Problem, language: Language, onRetry: () => void): TemplateResult {
  return html`<p class="part-missing" part="part-missing" role="status">
    ${problem.message} <button class="link" type="button" @click=${onRetry}>${partWords(language).retry}</button>
  </p>`;
}

/** A small note above data that is kept after a refresh failed. */
export function staleNote(lastSuccess: Date | undefined, language: string): TemplateResult {
  const when = lastSuccess ? formatDateTime(lastSuccess, language) : '';
  return html`<span class="stale" part="stale" role="status"
    >${when ? msg(str`Dữ liệu có thể đã cũ (cập nhật lần cuối ${when}).`) : msg('Dữ liệu có thể đã cũ.')}</span
  >`;
}

/**
 * A note above the first records of a big document while the rest is being checked: the
 * list is not complete yet, and its counts are not final.
 */
export function checkingNote({ checked, total }: ReadProgress, language: string): TemplateResult {
  const shown = formatNumber(checked, language);
  const all = formatNumber(total, language);
  return html`<span class="stale checking" part="checking" role="status"
    >${msg(str`Đang kiểm tra dữ liệu: mới hiện ${shown} trên ${all} bản ghi…`)}</span
  >`;
}
