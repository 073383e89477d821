import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Problem } from './events.js';
import { formatDateTime, formatNumber } from '../data/words/format.js';
import { isLoadFailure } from '../data/load/fetch-text.js';
import type { ReadProgress } from '../data/read.js';
import { partWords } from '../i18n/lazy-part.js';
import type { Language } from '../i18n/language.js';

/** How many problems the error view lists before "Xem tất cả N lỗi". */
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

/** "dòng 12, cột 5": where a problem is in the file, when the file was read as text. */
export function placeOf(problem: Problem): string {
  return problem.line === undefined ? '' : msg(str`dòng ${problem.line}, cột ${problem.column ?? 1}`);
}

/** Where a problem is: its line and column in the file, then its path (or the embed's attribute it is in). */
export function problemPlace(problem: Problem): TemplateResult {
  const place = placeOf(problem);
  const where = problem.attribute ?? problem.path;
  return html`${place ? html`<span class="place">${place}</span> ` : nothing}${where ? html`<code>${where}</code>: ` : nothing}`;
}

/** One problem as a list item: where it is, then its words. */
export function problemItem(problem: Problem): TemplateResult {
  return html`<li>${problemPlace(problem)}${problem.message}</li>`;
}

/**
 * Shown when the data cannot be used. Visitors read one short sentence; administrators
 * open "details" for every problem with its place in the file (line, column and path), the
 * first `problemsShown`, then "Xem tất cả N lỗi", which opens the whole list in their place. Three lines, so that it fits
 * the space a counter reserved (the retry button follows the sentence). A mistake in the
 * embed (a metric id the file lacks) is said to be the embed's, not the file's.
 */
export function errorView(problems: readonly Problem[], onRetry?: () => void): TemplateResult {
  const errors = problems.filter((p) => p.severity === 'error');
  const listed = errors.slice(0, problemsShown);
  // A slow network, a server error or a part of the widget not downloaded is not an error in
  // the file: say what happened instead.
  const notLoaded = errors.length > 0 && errors.every((p) => isLoadFailure(p.code) || p.code === 'part-not-loaded');
  const inEmbed = errors.length > 0 && errors.every((p) => p.attribute !== undefined);
  const summary = notLoaded
    ? errors[0].message
    : inEmbed
      ? errors.length === 1
        ? msg('Mã nhúng của tiện ích này có 1 lỗi.')
        : msg(str`Mã nhúng của tiện ích này có ${errors.length} lỗi.`)
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
              <ul class="problems first">
                ${listed.map((p) => problemItem(p))}
              </ul>
              ${
                errors.length > listed.length
                  ? html`<details class="all-problems" part="all-problems">
                      <summary>${msg(str`Xem tất cả ${errors.length} lỗi`)}</summary>
                      <ul class="problems">
                        ${errors.map((p) => problemItem(p))}
                      </ul>
                    </details>`
                  : nothing
              }
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
