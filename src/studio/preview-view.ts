/**
 * The preview tab: each widget the draft can feed, rendered by the real widget with the draft
 * as its `data`, in Vietnamese or English, at a phone's width (375 px) or a desktop's.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Language } from '../i18n/language.js';
import '../components/counter/index.js';
import '../components/commendations/index.js';
import '../components/pledge/index.js';
import '../components/spaces/index.js';
import { embedsFor, type StudioEmbed } from './embeds.js';
import type { LamtheoStudio } from './studio.js';

export interface PreviewSettings {
  language: Language;
  width: 'phone' | 'desktop';
}

/** The pledge form's server in the preview: answers every pledge as accepted, sends nothing. */
const previewReceiver = (async () => Response.json({ receipt: 'XEM-TRUOC' }, { status: 201 })) as typeof fetch;

/** The real widget for an embed, fed the draft. Tags are the library's own, never from the data. */
function widget(embed: StudioEmbed, draft: unknown): TemplateResult {
  const a = embed.attributes;
  switch (embed.tag) {
    case 'lamtheo-counter':
      return html`<lamtheo-counter .data=${draft} metric=${a.metric} no-animation></lamtheo-counter>`;
    case 'lamtheo-counter-grid':
      return html`<lamtheo-counter-grid .data=${draft} metrics=${a.metrics} no-animation></lamtheo-counter-grid>`;
    case 'lamtheo-commendation-table':
      return html`<lamtheo-commendation-table .data=${draft}></lamtheo-commendation-table>`;
    case 'lamtheo-pledge-form':
      // Nothing leaves the studio: a pledge sent from the preview is answered here, with the
      // receipt a visitor would get, and its draft has a key of its own.
      return html`<lamtheo-pledge-form
        .data=${draft}
        .fetcher=${previewReceiver}
        template=${a.template}
        action="/xem-truoc"
        draft-key="lamtheo-studio-preview"
      ></lamtheo-pledge-form>`;
    case 'lamtheo-pledge-list':
      return html`<lamtheo-pledge-list .data=${draft}></lamtheo-pledge-list>`;
    default:
      return html`<lamtheo-space-map .data=${draft}></lamtheo-space-map>`;
  }
}

export function previewView(studio: LamtheoStudio): TemplateResult {
  const { language, width } = studio.preview;
  const embeds = embedsFor(studio.draft);
  const radio = <T extends string>(
    name: string,
    value: T,
    current: T,
    words: string | TemplateResult,
    set: (value: T) => void,
  ) =>
    html`<label class="choice"
      ><input type="radio" name=${name} value=${value} .checked=${value === current} @change=${() => set(value)} />
      ${words}</label
    >`;
  return html`<div class="preview-controls">
      <fieldset>
        <legend>${msg('Ngôn ngữ của trang', { id: 'studio.preview-language' })}</legend>
        ${radio('preview-language', 'vi', language, html`<span lang="vi">Tiếng Việt</span>`, (v) => studio.setPreview({ language: v }))}
        ${radio('preview-language', 'en', language, html`<span lang="en">English</span>`, (v) => studio.setPreview({ language: v }))}
      </fieldset>
      <fieldset>
        <legend>${msg('Bề ngang', { id: 'studio.preview-width' })}</legend>
        ${radio('preview-width', 'phone', width, msg('Điện thoại (375 px)', { id: 'studio.phone' }), (v) =>
          studio.setPreview({ width: v }),
        )}
        ${radio('preview-width', 'desktop', width, msg('Máy tính', { id: 'studio.desktop' }), (v) => studio.setPreview({ width: v }))}
      </fieldset>
    </div>
    ${
      embeds.length === 0
        ? html`<p class="note">
            ${msg('Chưa có gì để xem trước: hãy thêm số liệu, khen thưởng, mẫu đăng ký hoặc địa điểm.', {
              id: 'studio.preview-empty',
            })}
          </p>`
        : nothing
    }
    <div class="previews ${width}">
      ${embeds.map(
        (embed) =>
          html`<figure class="preview">
            <figcaption><code>&lt;${embed.tag}&gt;</code> ${embed.fallback}</figcaption>
            <div class="frame" lang=${language}>${widget(embed, studio.draft)}</div>
          </figure>`,
      )}
    </div>`;
}
