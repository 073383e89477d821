/**
 * The start tab: the draft saved earlier offered back, a starter for each use, a file (dropped
 * or picked: .json into the draft, .csv or .xlsx into the commendations editor) or a URL.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { LamtheoStudio } from './studio.js';
import type { StarterName } from './starters.js';

function starterWords(name: StarterName): [string, string] {
  switch (name) {
    case 'blank':
      return [
        msg('Bộ dữ liệu trống', { id: 'studio.start.blank' }),
        msg('Bắt đầu từ đầu.', { id: 'studio.start.blank-hint' }),
      ];
    case 'figures':
      return [
        msg('Số liệu thành tích', { id: 'studio.start.figures' }),
        msg('Con số, chỉ tiêu, chia theo thành phần (mẫu: Quận Tân Bình 2017).', { id: 'studio.start.figures-hint' }),
      ];
    case 'commendations':
      return [
        msg('Danh sách khen thưởng', { id: 'studio.start.commendations' }),
        msg('Tập thể, cá nhân được khen, cấp khen, quyết định.', { id: 'studio.start.commendations-hint' }),
      ];
    case 'pledge':
      return [
        msg('Mẫu bản đăng ký', { id: 'studio.start.pledge' }),
        msg('Các mục tư tưởng, đạo đức, phong cách; mục bắt buộc.', { id: 'studio.start.pledge-hint' }),
      ];
    case 'spaces':
      return [
        msg('Không gian văn hoá Hồ Chí Minh', { id: 'studio.start.spaces' }),
        msg('Các địa điểm trên bản đồ (mẫu: Quận 11 năm 2022).', { id: 'studio.start.spaces-hint' }),
      ];
  }
}

/** "14:32" today, "14:32 ngày 03/12/2026" another day. */
function when(savedAt: number, language: string): string {
  const date = new Date(savedAt);
  const time = new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', hour12: false }).format(date);
  if (date.toDateString() === new Date().toDateString()) return time;
  const day = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'vi-VN', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(date);
  return msg(str`${time} ngày ${day}`, { id: 'studio.time-day' });
}

export function startView(studio: LamtheoStudio): TemplateResult {
  const offer = studio.offer;
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    (e.currentTarget as HTMLElement).classList.remove('over');
    const file = e.dataTransfer?.files[0];
    if (file) void studio.openFile(file);
  };
  const onDrag = (e: DragEvent) => {
    e.preventDefault();
    (e.currentTarget as HTMLElement).classList.add('over');
  };
  const onUrl = (e: SubmitEvent) => {
    e.preventDefault();
    const input = (e.target as HTMLFormElement).elements.namedItem('url') as HTMLInputElement;
    if (input.value.trim()) void studio.openUrl(input.value.trim());
  };
  return html`${
      offer
        ? html`<section class="offer" aria-labelledby="offer-title">
            <h2 id="offer-title">
              ${msg(str`Tiếp tục bản nháp lúc ${when(offer.savedAt, studio.language)}?`, { id: 'studio.offer' })}
            </h2>
            <p>
              ${msg('Bản nháp được lưu trong trình duyệt này khi bạn làm việc lần trước.', { id: 'studio.offer-hint' })}
            </p>
            <button type="button" class="primary" @click=${() => studio.resume()}>
              ${msg('Tiếp tục bản nháp', { id: 'studio.resume' })}
            </button>
            <button type="button" @click=${() => studio.discardOffer()}>
              ${msg('Bỏ bản nháp', { id: 'studio.discard' })}
            </button>
          </section>`
        : nothing
    }
    ${studio.openNote ? html`<p class="note error" role="alert">${studio.openNote}</p>` : nothing}
    <section aria-labelledby="starters-title">
      <h2 id="starters-title">${msg('Bắt đầu từ', { id: 'studio.start-from' })}</h2>
      <ul class="starters">
        ${(['blank', 'figures', 'commendations', 'pledge', 'spaces'] as const).map((name) => {
          const [title, hint] = starterWords(name);
          return html`<li>
            <button
              type="button"
              class="starter"
              data-starter=${name}
              aria-describedby="starter-${name}"
              @click=${() => studio.startFrom(name)}
            >
              ${title}
            </button>
            <p id="starter-${name}" class="hint">${hint}</p>
          </li>`;
        })}
      </ul>
    </section>
    <section aria-labelledby="open-title">
      <h2 id="open-title">${msg('Hoặc mở tệp có sẵn', { id: 'studio.open' })}</h2>
      <div
        class="drop"
        @dragover=${onDrag}
        @dragleave=${(e: Event) => (e.currentTarget as HTMLElement).classList.remove('over')}
        @drop=${onDrop}
      >
        <label for="file"
          >${msg('Chọn tệp .json, .csv hoặc .xlsx, hoặc kéo thả vào đây', { id: 'studio.file-label' })}</label
        >
        <input
          id="file"
          type="file"
          accept=".json,application/json,.csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          @change=${(e: Event) => {
            const file = (e.target as HTMLInputElement).files?.[0];
            if (file) void studio.openFile(file);
          }}
        />
      </div>
      <form class="url" @submit=${onUrl}>
        <label for="url">${msg('Địa chỉ tệp dữ liệu (URL)', { id: 'studio.url-label' })}</label>
        <div class="inline">
          <input
            id="url"
            name="url"
            type="text"
            inputmode="url"
            autocomplete="url"
            placeholder="https://…/du-lieu.json"
          />
          <button type="submit">${msg('Mở', { id: 'studio.url-open' })}</button>
        </div>
      </form>
    </section>`;
}
