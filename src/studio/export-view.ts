/**
 * The export tab: the dataset as a file to download, and for each chosen widget the snippet to
 * paste, in the three forms of snippets.ts, with the script's address entered once.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { inLanguage } from '../i18n/locale.js';
import { embedsFor } from './embeds.js';
import { exportFileName, exportText, schemaUrlFor } from './export.js';
import { scriptSnippet, snippet, snippetForms, type SnippetForm } from './snippets.js';
import type { LamtheoStudio } from './studio.js';

export interface ExportSettings {
  /** The address of lamtheo.js as the portal serves it. */
  script: string;
  /** The address the dataset will have once published. */
  data: string;
  fileName: string;
  /** Keys of the widgets chosen (embeds.ts). */
  chosen: ReadonlySet<string>;
}

function formWords(form: SnippetForm): [string, string] {
  switch (form) {
    case 'tag':
      return [
        msg('Thẻ lamtheo', { id: 'studio.form.tag' }),
        msg('Khi trình soạn thảo của cổng giữ nguyên mã HTML (chế độ mã nguồn, khối HTML).', {
          id: 'studio.form.tag-hint',
        }),
      ];
    case 'data':
      return [
        msg('Thẻ div với data-', { id: 'studio.form.data' }),
        msg('Khi trình soạn thảo xoá thẻ lạ nhưng giữ thuộc tính data- (DOMPurify, TinyMCE).', {
          id: 'studio.form.data-hint',
        }),
      ];
    case 'link':
      return [
        msg('Liên kết', { id: 'studio.form.link' }),
        msg('Khi trình soạn thảo chỉ giữ chữ và liên kết (CKEditor 5 mặc định).', { id: 'studio.form.link-hint' }),
      ];
  }
}

/** Downloads the dataset: a file made here, nothing sent. */
export function download(studio: LamtheoStudio): void {
  const { script, fileName } = studio.exportSettings;
  const text = exportText(studio.draft, schemaUrlFor(script));
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = exportFileName(fileName, studio.draft.title);
  link.hidden = true;
  studio.renderRoot.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function copy(button: HTMLButtonElement, text: string, studio: LamtheoStudio): Promise<void> {
  let done = false;
  try {
    await navigator.clipboard.writeText(text);
    done = true;
  } catch {
    done = false;
  }
  button.nextElementSibling!.textContent = inLanguage(studio, () =>
    done
      ? msg('Đã chép.', { id: 'studio.copied' })
      : msg('Không chép được: hãy chọn đoạn mã và bấm Ctrl+C.', { id: 'studio.copy-failed' }),
  );
}

export function exportView(studio: LamtheoStudio): TemplateResult {
  const settings = studio.exportSettings;
  const embeds = embedsFor(studio.draft);
  const chosen = embeds.filter((e) => settings.chosen.has(e.key));
  const errors = studio.problems.filter((p) => p.severity === 'error').length;
  const text = (id: string, label: string, hint: string, value: string, set: (value: string) => void) =>
    html`<div class="field wide">
      <label for=${id}>${label}</label>
      <p class="hint" id="${id}-hint">${hint}</p>
      <input
        id=${id}
        aria-describedby="${id}-hint"
        inputmode="url"
        .value=${value}
        @input=${(e: Event) => set((e.target as HTMLInputElement).value)}
      />
    </div>`;
  const code = (id: string, label: string, value: string) =>
    html`<div class="snippet">
      <label for=${id}>${label}</label>
      <textarea id=${id} readonly rows="3" spellcheck="false" .value=${value}></textarea>
      <button type="button" @click=${(e: Event) => void copy(e.currentTarget as HTMLButtonElement, value, studio)}>
        ${msg('Chép', { id: 'studio.copy' })} <span class="visually-hidden">${label}</span>
      </button>
      <span class="copied" role="status"></span>
    </div>`;
  return html`<section aria-labelledby="file-title">
      <h2 id="file-title">${msg('1. Tệp dữ liệu', { id: 'studio.export-file' })}</h2>
      ${
        errors
          ? html`<p class="note error">
              ${msg('Dữ liệu còn lỗi: các tiện ích sẽ báo lỗi thay vì hiện số liệu. Hãy sửa trước khi đăng.', {
                id: 'studio.export-errors',
              })}
            </p>`
          : nothing
      }
      ${text(
        'export-script',
        msg('Địa chỉ tệp lamtheo.js trên cổng', { id: 'studio.export-script' }),
        msg('Nhập một lần; dùng cho mọi đoạn mã và cho $schema của tệp.', { id: 'studio.export-script-hint' }),
        settings.script,
        (script) => studio.setExport({ script }),
      )}
      ${text(
        'export-data',
        msg('Địa chỉ tệp dữ liệu sau khi đăng', { id: 'studio.export-data' }),
        msg('Nơi bạn sẽ tải tệp này lên, ví dụ /data/quan-11-2022.json', { id: 'studio.export-data-hint' }),
        settings.data,
        (data) => studio.setExport({ data }),
      )}
      <div class="field">
        <label for="export-name">${msg('Tên tệp', { id: 'studio.export-name' })}</label>
        <input
          id="export-name"
          .value=${settings.fileName}
          placeholder=${exportFileName('', studio.draft.title)}
          @input=${(e: Event) => studio.setExport({ fileName: (e.target as HTMLInputElement).value })}
        />
      </div>
      <p>
        <button type="button" class="primary" id="download" @click=${() => download(studio)}>
          ${msg('Tải tệp dữ liệu (.json)', { id: 'studio.download-file' })}
        </button>
      </p>
    </section>
    <section aria-labelledby="snippets-title">
      <h2 id="snippets-title">${msg('2. Đoạn mã nhúng', { id: 'studio.export-snippets' })}</h2>
      ${code('snippet-script', msg('Đặt một lần cho cả cổng, cuối giao diện (footer)', { id: 'studio.snippet-script' }), scriptSnippet(settings.script))}
      <fieldset class="list">
        <legend>${msg('Chọn tiện ích để nhúng', { id: 'studio.choose-widgets' })}</legend>
        ${embeds.length === 0 ? html`<p class="hint">${msg('Dữ liệu chưa có gì để nhúng.', { id: 'studio.nothing-to-embed' })}</p>` : nothing}
        ${embeds.map(
          (embed) =>
            html`<div class="check">
              <input
                type="checkbox"
                id="embed-${embed.key}"
                .checked=${settings.chosen.has(embed.key)}
                @change=${(e: Event) => studio.choose(embed.key, (e.target as HTMLInputElement).checked)}
              />
              <label for="embed-${embed.key}"><code>${embed.tag}</code> ${embed.fallback}</label>
            </div>`,
        )}
      </fieldset>
      ${chosen.map(
        (embed) =>
          html`<section class="embed" aria-label=${embed.fallback}>
            <h3>${embed.fallback}</h3>
            ${snippetForms.map((form) => {
              const [label, hint] = formWords(form);
              return html`${code(`snippet-${form}-${embed.key}`, label, snippet(form, embed, settings.data))}
                <p class="hint">${hint}</p>`;
            })}
          </section>`,
      )}
    </section>`;
}
