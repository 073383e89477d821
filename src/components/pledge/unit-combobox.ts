/**
 * A searchable picker for units, following the ARIA APG "combobox with list
 * autocomplete" pattern: the input keeps focus; ↓/↑ move through the suggestions
 * (aria-activedescendant), Enter chooses (and, with nothing chosen, closes the list without
 * submitting the form), Escape closes (a second Escape clears), Alt+↓
 * opens; a polite status says how many units match. Tone marks are ignored.
 * A reactive controller rendered inside the form's shadow root, so the label, the
 * input, its hint and its error share one tree.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import { exactOption, filterOptions, type UnitOption } from './unit-options.js';

export interface ComboboxRender {
  id: string;
  label: string;
  required: boolean;
  options: readonly UnitOption[];
  text: string;
  error?: string;
  /** Called with the text typed and the unit chosen ('' when none). */
  onChange: (text: string, unitId: string) => void;
}

export class UnitCombobox implements ReactiveController {
  open = false;
  active = -1;
  private shown: UnitOption[] = [];

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {}

  private choose(o: UnitOption, config: ComboboxRender) {
    this.open = false;
    this.active = -1;
    config.onChange(o.name, o.id);
    this.host.requestUpdate();
  }

  private onInput(e: InputEvent, config: ComboboxRender) {
    const text = (e.target as HTMLInputElement).value;
    this.open = true;
    this.active = -1;
    config.onChange(text, exactOption(config.options, text)?.id ?? '');
  }

  private onKeydown(e: KeyboardEvent, config: ComboboxRender) {
    const count = this.shown.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!this.open || e.altKey) {
        this.open = true;
        if (e.altKey) return this.host.requestUpdate();
      }
      if (count) this.active = e.key === 'ArrowDown' ? (this.active + 1) % count : (this.active - 1 + count) % count;
      this.host.requestUpdate();
    } else if (e.key === 'Enter') {
      if (this.open && this.active >= 0 && this.shown[this.active]) {
        e.preventDefault();
        this.choose(this.shown[this.active], config);
      } else if (this.open || (config.text.trim() && !exactOption(config.options, config.text))) {
        // Nothing highlighted and the text names no unit (or the list is still open): Enter
        // closes the list; it must not submit the whole form with a unit nobody chose.
        e.preventDefault();
        this.open = false;
        this.active = -1;
        this.host.requestUpdate();
      }
    } else if (e.key === 'Escape') {
      if (this.open) {
        e.preventDefault();
        this.open = false;
        this.active = -1;
      } else if (config.text) {
        e.preventDefault();
        config.onChange('', '');
      }
      this.host.requestUpdate();
    }
  }

  /* eslint-disable lit-a11y/accessible-name, lit-a11y/click-events-have-key-events --
     the input is named by its <label for>; options are chosen with the keyboard on the input
     (aria-activedescendant), as the APG pattern says, and by click or tap on the option. */
  render(config: ComboboxRender) {
    const { id, label, options, text, error } = config;
    const { shown, total } = filterOptions(options, text);
    this.shown = shown;
    const listId = `${id}-list`;
    const expanded = this.open && shown.length > 0;
    const activeId = expanded && this.active >= 0 ? `${id}-opt-${this.active}` : undefined;
    const describedBy = [error ? `${id}-error` : '', `${id}-hint`].filter(Boolean).join(' ');
    return html`<div class=${classMap({ field: true, 'field--error': !!error })}>
      <label for=${id}
        >${label}${config.required ? nothing : html` <span class="optional">${msg('(không bắt buộc)')}</span>`}</label
      >
      <p class="hint" id="${id}-hint">${msg('Gõ vài chữ của tên, không cần dấu, rồi chọn trong danh sách.')}</p>
      ${error ? html`<p class="error-message" id="${id}-error"><span class="visually-hidden">${msg('Lỗi:')}</span> ${error}</p>` : nothing}
      <div class="combobox">
        <input
          id=${id}
          name=${id}
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls=${listId}
          aria-activedescendant=${ifDefined(activeId)}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${describedBy}
          .value=${text}
          @input=${(e: InputEvent) => this.onInput(e, config)}
          @keydown=${(e: KeyboardEvent) => this.onKeydown(e, config)}
          @blur=${() => {
            this.open = false;
            this.active = -1;
            this.host.requestUpdate();
          }}
        />
        <ul class="options" id=${listId} role="listbox" aria-label=${label} ?hidden=${!expanded}>
          ${(expanded ? shown : []).map(
            (o, i) =>
              html`<li
                id="${id}-opt-${i}"
                role="option"
                class=${classMap({ active: i === this.active })}
                aria-selected=${i === this.active ? 'true' : 'false'}
                @mousedown=${(e: Event) => e.preventDefault()}
                @click=${() => this.choose(o, config)}
              >
                ${o.name}${o.context ? html`<span class="context"> — ${o.context}</span>` : nothing}
              </li>`,
          )}
          ${
            expanded && total > shown.length
              ? html`<li role="presentation" class="more">
                  ${msg(str`… còn ${total - shown.length} đơn vị, gõ thêm để thu hẹp`)}
                </li>`
              : nothing
          }
        </ul>
      </div>
      <span class="visually-hidden" role="status"
        >${this.open && text ? (total ? msg(str`${total} đơn vị phù hợp`) : msg('Không có đơn vị phù hợp')) : ''}</span
      >
    </div>`;
  }
  /* eslint-enable lit-a11y/accessible-name, lit-a11y/click-events-have-key-events */
}
