/**
 * The studio's form fields: a label, the control, a hint, and the checker's problems for that
 * place in the file, said beside it (`aria-describedby`, `aria-invalid`). A field never holds
 * its own state: it shows the draft's value at `path` and fires `lamtheo-studio-edit` with the
 * new value, which the shell applies like every other edit (studio.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import type { Problem } from '../schema/result.js';
import { StudioEditEvent, numberValue, pathText, textValue, type EditPath } from './edit.js';

/** What a form needs from the shell: the problems found, by path. */
export interface FormContext {
  problemsAt(path: EditPath): readonly Problem[];
}

/** The id of a field's control, from its path: the problems list links to it. */
export const fieldId = (path: EditPath) => `f-${pathText(path).replace(/[^A-Za-z0-9_-]/g, '_')}`;

export function emit(from: EventTarget, path: EditPath, value: unknown): void {
  from.dispatchEvent(new StudioEditEvent({ path, value }));
}

interface FieldOptions {
  path: EditPath;
  label: string;
  value: unknown;
  hint?: string;
  required?: boolean;
  /** `text` (default), `long`, `number`, `select`. */
  type?: 'text' | 'long' | 'number' | 'select';
  options?: readonly (readonly [string, string])[];
  /** For a select: the words of "none". When absent, a value is always chosen. */
  none?: string;
  /** `inputmode`, `autocomplete` hints for phones. */
  inputmode?: 'numeric' | 'decimal' | 'url' | 'text';
  wide?: boolean;
}

export function problemsView(id: string, problems: readonly Problem[]): TemplateResult | typeof nothing {
  if (!problems.length) return nothing;
  return html`<ul class="field-problems" id=${id}>
    ${problems.map(
      (p) =>
        html`<li class=${p.severity}>
          <span class="visually-hidden"
            >${
              p.severity === 'error'
                ? msg('Lỗi:', { id: 'studio.error-prefix' })
                : msg('Cảnh báo:', { id: 'studio.warning-prefix' })
            }</span
          >
          ${p.message}
        </li>`,
    )}
  </ul>`;
}

/** One labelled field with its hint and problems. */
export function field(context: FormContext, o: FieldOptions): TemplateResult {
  const id = fieldId(o.path);
  const problems = context.problemsAt(o.path);
  const hintId = o.hint ? `${id}-hint` : undefined;
  const problemsId = problems.length ? `${id}-problems` : undefined;
  const describedBy = [hintId, problemsId].filter(Boolean).join(' ') || undefined;
  const invalid = problems.some((p) => p.severity === 'error') ? 'true' : undefined;
  const text = o.value === undefined || o.value === null ? '' : String(o.value);
  const type = o.type ?? 'text';
  const onText = (e: Event) => {
    const input = e.target as HTMLInputElement;
    emit(input, o.path, type === 'number' ? numberValue(input.value) : textValue(input.value));
  };
  let control: TemplateResult;
  if (type === 'select') {
    control = html`<select
      id=${id}
      data-path=${pathText(o.path)}
      aria-describedby=${ifDefined(describedBy)}
      aria-invalid=${ifDefined(invalid)}
      @change=${(e: Event) => emit(e.target!, o.path, textValue((e.target as HTMLSelectElement).value))}
    >
      ${o.none !== undefined ? html`<option value="" ?selected=${text === ''}>${o.none}</option>` : nothing}
      ${o.options!.map(([value, words]) => html`<option value=${value} ?selected=${value === text}>${words}</option>`)}
    </select>`;
  } else if (type === 'long') {
    control = html`<textarea
      id=${id}
      data-path=${pathText(o.path)}
      rows="3"
      aria-describedby=${ifDefined(describedBy)}
      aria-invalid=${ifDefined(invalid)}
      .value=${live(text)}
      @input=${onText}
    ></textarea>`;
  } else {
    // Numbers are taken when the field is left (change), so "11.368" is not read as 11.3 halfway.
    control = html`<input
      id=${id}
      data-path=${pathText(o.path)}
      inputmode=${ifDefined(o.inputmode ?? (type === 'number' ? 'decimal' : undefined))}
      ?required=${o.required}
      aria-describedby=${ifDefined(describedBy)}
      aria-invalid=${ifDefined(invalid)}
      .value=${live(text)}
      @input=${type === 'number' ? nothing : onText}
      @change=${type === 'number' ? onText : nothing}
    />`;
  }
  return html`<div class="field ${o.wide ? 'wide' : ''}">
    <label for=${id}
      >${o.label}${o.required ? nothing : html` <span class="optional">${msg('(không bắt buộc)', { id: 'studio.optional' })}</span>`}</label
    >
    ${o.hint ? html`<p class="hint" id=${hintId}>${o.hint}</p>` : nothing} ${control}
    ${problemsView(problemsId ?? '', problems)}
  </div>`;
}

/** A button that removes the item at `path` from its list. */
export function removeButton(path: EditPath, what: string): TemplateResult {
  return html`<button type="button" class="remove" @click=${(e: Event) => emit(e.target!, path, undefined)}>
    ${msg('Xoá', { id: 'studio.remove' })} <span class="visually-hidden">${what}</span>
  </button>`;
}

/** A button that appends `item` to the list at `path` (whose current length is `length`). */
export function addButton(path: EditPath, length: number, item: unknown, words: string): TemplateResult {
  return html`<button type="button" class="add" @click=${(e: Event) => emit(e.target!, [...path, length], item)}>
    ${words}
  </button>`;
}
