import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { LamtheoElement } from '../internal/base-element.js';
import { inLanguage } from '../i18n/locale.js';
import { checkDataset } from '../data/read.js';
import { parseJsonText } from '../data/parse/json-text.js';
import { hasMessages } from '../data/words/messages.js';
import { loadMessages } from '../data/words/messages-load.js';
import type { Problem } from '../schema/result.js';
import { controlStyles } from '../styles/controls.js';
import { StudioEditEvent, getAt, pathText, setAt, type EditPath } from './edit.js';
import {
  defaultDraftKey,
  discardDraft,
  loadDraft,
  saveDraft,
  type SavedDraft,
  type SaveOutcome,
} from './draft-store.js';
import { fieldId, problemsView, type FormContext } from './fields.js';
import { generalForm, metricsForm, pledgeForm } from './forms.js';
import { starter, type StarterName } from './starters.js';
import { startView } from './start-view.js';
import { previewView, type PreviewSettings } from './preview-view.js';
import { exportView, type ExportSettings } from './export-view.js';
import { studioStyles } from './styles.js';
import './words.js';

/** The studio's tabs, in order. `records` and `spaces` hold the import helpers' editors. */
export const studioTabs = [
  'start',
  'general',
  'metrics',
  'records',
  'pledge',
  'spaces',
  'json',
  'preview',
  'export',
] as const;
export type StudioTab = (typeof studioTabs)[number];

type Draft = Record<string, unknown>;

/** The tab that edits what lies at `path` (a problem's place). */
export function tabOf(path: string): StudioTab {
  const first = /^[A-Za-z$_]+/.exec(path)?.[0];
  if (first === 'metrics') return 'metrics';
  if (first === 'commendations') return 'records';
  if (first === 'pledgeTemplates') return 'pledge';
  if (first === 'spaces' || first === 'boundaries') return 'spaces';
  if (first === 'provenance' || first === 'units' || first === 'title' || first === 'description') return 'general';
  return 'json';
}

/** How long the studio waits after the last keystroke before it checks and saves. */
const CHECK_DELAY = 250;
const SAVE_DELAY = 400;

/**
 * The studio: where an administrator makes a dataset and checks it in the browser, without
 * typing JSON, then exports the file and the snippets to paste in the portal. It starts from
 * a blank dataset, a starter for each use, a file or a URL; edits through forms (the dataset
 * and its provenance, units, metrics, pledge templates; the commendation list and the cultural
 * spaces in their own editors) or the raw JSON; shows every problem of the same checker the
 * widgets use at its field, live; previews each widget as visitors will see it; and keeps the
 * draft in the browser's storage as it changes. Nothing is sent anywhere: the only request is
 * for a URL the administrator typed.
 *
 * ```html
 * <script type="module" src="…/lamtheo.js"></script>
 * <lamtheo-studio></lamtheo-studio>
 * ```
 *
 * @summary Make and check a dataset in the browser, then export it and its embed snippets.
 * @csspart tabs - The list of tabs.
 * @csspart problems - The list of every problem, each a link to its field.
 * @fires lamtheo-state - When its state changes (`ready` once it is drawn).
 * @fires lamtheo-studio-edit - From its forms and editors (handled by the studio itself): set the draft at `path` to `value`.
 */
export class LamtheoStudio extends LamtheoElement {
  static override styles = [LamtheoElement.styles, controlStyles, studioStyles];

  /** The localStorage key of the draft (two studios on one page keep two drafts). */
  @property({ attribute: 'draft-key' }) draftKey = defaultDraftKey;

  /** The folder of the ward maps lamtheo ships (`dist/geo/`), offered in the spaces tab: `../geo/` from dist/studio/. */
  @property({ attribute: 'ward-files' }) wardFiles = '';

  /** The dataset being made. */
  @state() draft: Draft = starter('blank');
  /** Text of the raw JSON view, as typed, while it differs from the draft (it may not parse). */
  @state() rawText?: string;
  /** Why the raw JSON text does not parse, with its line and column. */
  @state() rawProblem?: Problem;
  /** Every problem of the draft, from `checkDataset`, in this element's language. @internal */
  @state() problems: readonly Problem[] = [];
  /** The tab shown. @internal */
  @state() tab: StudioTab = 'start';
  /** A draft saved earlier, offered back until the administrator takes or discards it. */
  @state() offer?: SavedDraft;
  /** Whether the last save of the draft worked. @internal */
  @state() storage: SaveOutcome = 'saved';
  /** What went wrong opening a file or URL, worded. */
  @state() openNote?: string;
  /** Whether the current draft has been checked. @internal */
  @state() checked = false;
  /** The preview's language and width. @internal */
  @state() preview: PreviewSettings = { language: 'vi', width: 'phone' };
  /** The export tab's addresses, file name and chosen widgets. @internal */
  @state() exportSettings: ExportSettings = {
    script: 'https://cdn.example/lamtheo/dist/lamtheo.js',
    data: '/data/du-lieu.json',
    fileName: '',
    chosen: new Set<string>(),
  };

  private checkTimer?: ReturnType<typeof setTimeout>;
  private saveTimer?: ReturnType<typeof setTimeout>;
  private checkRun = 0;
  /** Whether the draft changed since it was offered back or started: only then it is saved. */
  private dirty = false;

  constructor() {
    super();
    this.state = 'ready';
    this.addEventListener(StudioEditEvent.type, (event) => {
      event.stopPropagation();
      const { path, value } = (event as StudioEditEvent).detail;
      this.edit(path, value);
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const saved = loadDraft(this.draftKey);
    if (saved && saved.draft !== undefined) this.offer = saved;
    this.scheduleCheck(0);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A pending save is written now: closing the studio must not lose the last keystrokes.
    if (this.saveTimer !== undefined) this.saveNow();
    clearTimeout(this.checkTimer);
  }

  /** Sets the draft at `path` to `value` (every form, editor and the raw view come here), then checks and saves. */
  edit(path: EditPath, value: unknown): void {
    const next = setAt(this.draft, path, value);
    this.draft = (typeof next === 'object' && next !== null && !Array.isArray(next) ? next : {}) as Draft;
    // Text typed in the raw view that does not parse is kept; a form edit replaces only text that did.
    if (!this.rawProblem) this.rawText = undefined;
    this.changed();
  }

  /** Replaces the whole draft: a starter, an opened file, the saved draft. */
  start(draft: Draft, tab: StudioTab = 'general'): void {
    this.draft = draft;
    this.rawText = undefined;
    this.rawProblem = undefined;
    this.offer = undefined;
    this.openNote = undefined;
    this.tab = tab;
    this.changed();
  }

  /** Replaces the draft by a starter (the start tab). @internal (the studio's own views) */
  startFrom(name: StarterName): void {
    this.start(starter(name), name === 'blank' ? 'general' : name === 'figures' ? 'metrics' : tabForStarter(name));
  }

  private changed(): void {
    this.dirty = true;
    this.scheduleCheck(CHECK_DELAY);
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.saveNow(), SAVE_DELAY);
  }

  private saveNow(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    // A draft offered back is never overwritten before the administrator takes or discards it.
    if (!this.dirty || this.offer) return;
    this.storage = saveDraft(this.draftKey, {
      draft: this.draft,
      ...(this.rawProblem && this.rawText !== undefined ? { rawText: this.rawText } : {}),
      savedAt: Date.now(),
    });
  }

  /** Takes back the draft saved earlier, with the raw text that did not parse. */
  resume(): void {
    const offer = this.offer;
    if (!offer) return;
    const draft = (typeof offer.draft === 'object' && offer.draft !== null ? offer.draft : {}) as Draft;
    this.start(draft, 'general');
    if (offer.rawText !== undefined) this.typeRaw(offer.rawText);
  }

  /** Drops the draft offered back. @internal (the studio's own views) */
  discardOffer(): void {
    discardDraft(this.draftKey);
    this.offer = undefined;
    if (this.dirty) this.changed();
  }

  private scheduleCheck(delay: number): void {
    clearTimeout(this.checkTimer);
    this.checkTimer = setTimeout(() => void this.check(), delay);
  }

  /** Checks the draft as the widgets will: the text it will be exported as, so problems have a line and column. */
  private async check(): Promise<void> {
    const run = ++this.checkRun;
    const text = JSON.stringify(this.draft, null, 2);
    const result = await checkDataset(text, { lang: this.language });
    if (run !== this.checkRun) return;
    this.problems = result.ok ? result.warnings : result.problems;
    this.checked = true;
  }

  /** Text typed in the raw JSON view: kept as typed; the draft follows it only when it parses. */
  typeRaw(text: string): void {
    this.rawText = text;
    const parsed = inLanguage(this, () => parseJsonText(text, { lang: this.language }));
    if (parsed.ok) {
      this.rawProblem = undefined;
      this.draft = parsed.value;
    } else {
      this.rawProblem = parsed.errors[0];
      // The problems' words come in a chunk of their own, fetched the first time they are needed.
      const lang = this.language;
      if (!hasMessages(lang))
        void loadMessages(lang)
          .then(() => {
            if (this.rawText !== text || this.language !== lang) return;
            const again = inLanguage(this, () => parseJsonText(text, { lang }));
            if (!again.ok) this.rawProblem = again.errors[0];
          })
          .catch(() => undefined);
    }
    this.changed();
  }

  /** Drops the raw text that does not parse and shows the draft again. */
  dropRawText(): void {
    this.rawText = undefined;
    this.rawProblem = undefined;
    this.changed();
  }

  /** Opens a file: JSON into the draft; a spreadsheet (.csv, .xlsx) into the commendations editor. */
  async openFile(file: File): Promise<void> {
    const name = file.name.toLowerCase();
    if (/\.(csv|tsv|txt|xlsx)$/.test(name)) {
      this.tab = 'records';
      await this.updateComplete;
      const records = this.renderRoot.querySelector('lamtheo-studio-records') as
        (HTMLElement & { openFile?: (file: File) => Promise<void> }) | null;
      if (records && typeof records.openFile === 'function') return records.openFile(file);
      this.openNote = inLanguage(this, () =>
        msg('Không mở được bảng tính: phần đọc danh sách khen thưởng chưa tải được.', { id: 'studio.records-missing' }),
      );
      this.tab = 'start';
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      this.openNote = inLanguage(this, () =>
        msg(str`Không đọc được tệp ${file.name}.`, { id: 'studio.file-unreadable' }),
      );
      return;
    }
    this.openText(text);
  }

  /** Opens a dataset from a URL the administrator typed (the studio's only request). */
  async openUrl(url: string): Promise<void> {
    let text: string;
    try {
      const response = await fetch(new URL(url, document.baseURI), { credentials: 'same-origin' });
      if (!response.ok) {
        this.openNote = inLanguage(this, () =>
          msg(str`Máy chủ trả lời ${response.status}: không mở được ${url}.`, { id: 'studio.url-status' }),
        );
        return;
      }
      text = await response.text();
    } catch {
      this.openNote = inLanguage(this, () =>
        msg(str`Không tải được ${url}: kiểm tra địa chỉ, mạng, hoặc máy chủ không cho phép trang này đọc tệp (CORS).`, {
          id: 'studio.url-failed',
        }),
      );
      return;
    }
    this.openText(text);
  }

  /** A file's text: into the draft when it parses, else into the raw view with its error, kept. */
  private openText(text: string): void {
    const parsed = inLanguage(this, () => parseJsonText(text, { lang: this.language }));
    if (parsed.ok) {
      this.start(parsed.value, 'general');
    } else {
      this.start(this.draft, 'json');
      this.typeRaw(text);
    }
  }

  /** The problems whose place is `path` exactly. */
  problemsAt(path: EditPath): readonly Problem[] {
    const text = pathText(path);
    return this.problems.filter((p) => p.path === text);
  }

  /** Moves to the field of a problem: its tab, then its control (or the raw JSON at its line and column). */
  async goTo(problem: Problem): Promise<void> {
    const tab = tabOf(problem.path);
    this.tab = tab;
    await this.updateComplete;
    const root = this.renderRoot as ShadowRoot;
    let target: HTMLElement | null = null;
    // The field itself, or the nearest group that holds it (an unknown key's object).
    const segments = parse(problem.path);
    for (let n = segments.length; n > 0 && !target; n--) {
      const part = segments.slice(0, n);
      target =
        root.querySelector<HTMLElement>(`[data-path="${CSS.escape(pathText(part))}"]`) ??
        root.getElementById(fieldId(part));
    }
    if (!target && tab !== 'json') {
      this.tab = 'json';
      await this.updateComplete;
    }
    if (!target) {
      const area = root.querySelector<HTMLTextAreaElement>('#raw');
      if (area && problem.line) {
        const lines = area.value.split('\n');
        const offset =
          lines.slice(0, problem.line - 1).reduce((n, line) => n + line.length + 1, 0) + (problem.column ?? 1) - 1;
        area.focus();
        area.setSelectionRange(offset, offset);
      } else area?.focus();
      return;
    }
    target.focus();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('language') && changed.get('language') !== undefined) this.scheduleCheck(0);
  }

  private get formContext(): FormContext {
    return { problemsAt: (path) => this.problemsAt(path) };
  }

  override render(): TemplateResult {
    return html`<div class="studio">
      <header>
        <h1>${msg('Soạn dữ liệu lamtheo', { id: 'studio.heading' })}</h1>
        <p class="lead">
          ${msg('Dữ liệu chỉ nằm trên máy này cho đến khi bạn tự đăng lên cổng thông tin.', { id: 'studio.local' })}
        </p>
        ${this.storageNote()}
      </header>
      ${this.tab === 'start' && !this.dirty ? nothing : this.summary()} ${this.tabList()}
      <div class="panel" role="tabpanel" id="panel" aria-labelledby="tab-${this.tab}" tabindex="-1">
        ${this.panel()}
      </div>
    </div>`;
  }

  private storageNote(): TemplateResult | typeof nothing {
    if (this.storage === 'saved') return nothing;
    return html`<p class="note warning" role="status">
      ${
        this.storage === 'full'
          ? msg('Bộ nhớ của trình duyệt đã đầy: bản nháp không được lưu. Hãy xuất tệp để giữ những gì đã làm.', {
              id: 'studio.storage-full',
            })
          : msg(
              'Trình duyệt không cho lưu bản nháp (chế độ ẩn danh hoặc bị chặn). Hãy xuất tệp trước khi đóng trang.',
              {
                id: 'studio.storage-unavailable',
              },
            )
      }
    </p>`;
  }

  private summary(): TemplateResult {
    // Raw JSON that does not parse comes first: the forms and the check show the last text that did.
    const problems = this.rawProblem ? [this.rawProblem, ...this.problems] : this.problems;
    const errors = problems.filter((p) => p.severity === 'error').length;
    const warnings = problems.length - errors;
    const words = !this.checked
      ? msg('Đang kiểm tra…', { id: 'studio.checking' })
      : problems.length === 0
        ? msg('Dữ liệu hợp lệ: không có lỗi.', { id: 'studio.valid' })
        : msg(str`Dữ liệu có ${errors} lỗi, ${warnings} cảnh báo.`, { id: 'studio.problem-count' });
    return html`<section class="summary ${errors ? 'has-errors' : ''}" aria-labelledby="summary-title">
      <h2 id="summary-title"><span role="status">${words}</span></h2>
      ${
        problems.length
          ? html`<ol part="problems" class="problems">
              ${problems.map(
                (p) =>
                  html`<li class=${p.severity}>
                    <a
                      href="#${fieldId(parse(p.path))}"
                      @click=${(e: Event) => {
                        e.preventDefault();
                        void this.goTo(p);
                      }}
                      ><span class="place">${placeOf(p)}</span> ${p.message}</a
                    >
                  </li>`,
              )}
            </ol>`
          : nothing
      }
    </section>`;
  }

  private tabName(tab: StudioTab): string {
    switch (tab) {
      case 'start':
        return msg('Bắt đầu', { id: 'studio.tab.start' });
      case 'general':
        return msg('Thông tin chung', { id: 'studio.tab.general' });
      case 'metrics':
        return msg('Số liệu', { id: 'studio.tab.metrics' });
      case 'records':
        return msg('Danh sách khen thưởng', { id: 'studio.tab.records' });
      case 'pledge':
        return msg('Mẫu đăng ký', { id: 'studio.tab.pledge' });
      case 'spaces':
        return msg('Địa điểm văn hoá', { id: 'studio.tab.spaces' });
      case 'json':
        return msg('JSON', { id: 'studio.tab.json' });
      case 'preview':
        return msg('Xem trước', { id: 'studio.tab.preview' });
      case 'export':
        return msg('Xuất', { id: 'studio.tab.export' });
    }
  }

  private tabList(): TemplateResult {
    const count = (tab: StudioTab) =>
      this.problems.filter((p) => p.severity === 'error' && tabOf(p.path) === tab).length;
    const onKey = (e: KeyboardEvent) => {
      const index = studioTabs.indexOf(this.tab);
      const next =
        e.key === 'ArrowRight' || e.key === 'ArrowDown'
          ? (index + 1) % studioTabs.length
          : e.key === 'ArrowLeft' || e.key === 'ArrowUp'
            ? (index - 1 + studioTabs.length) % studioTabs.length
            : e.key === 'Home'
              ? 0
              : e.key === 'End'
                ? studioTabs.length - 1
                : -1;
      if (next < 0) return;
      e.preventDefault();
      this.tab = studioTabs[next];
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${this.tab}`)?.focus());
    };
    return html`<div
      class="tabs"
      role="tablist"
      part="tabs"
      aria-label=${msg('Các phần của dữ liệu', { id: 'studio.tabs' })}
      @keydown=${onKey}
    >
      ${studioTabs.map((tab) => {
        const errors = count(tab);
        return html`<button
          type="button"
          role="tab"
          id="tab-${tab}"
          aria-selected=${tab === this.tab ? 'true' : 'false'}
          aria-controls="panel"
          tabindex=${tab === this.tab ? '0' : '-1'}
          @click=${() => (this.tab = tab)}
        >
          ${this.tabName(tab)}${
            errors
              ? html` <span class="badge"
                  ><span aria-hidden="true">${errors}</span
                  ><span class="visually-hidden">${msg(str`(${errors} lỗi)`, { id: 'studio.tab-errors' })}</span></span
                >`
              : nothing
          }
        </button>`;
      })}
    </div>`;
  }

  private panel(): TemplateResult {
    const c = this.formContext;
    const banner = this.rawProblem && this.tab !== 'json' ? this.rawBanner() : nothing;
    switch (this.tab) {
      case 'start':
        return startView(this);
      case 'general':
        return html`${banner}${generalForm(this.draft, c)}`;
      case 'metrics':
        return html`${banner}${metricsForm(this.draft, c)}`;
      case 'pledge':
        return html`${banner}${pledgeForm(this.draft, c)}`;
      case 'records':
        return html`${banner}<lamtheo-studio-records
            .value=${this.draft.commendations ?? []}
            .draft=${this.draft}
            .problems=${this.problems.filter((p) => p.path.startsWith('commendations'))}
          ></lamtheo-studio-records>`;
      case 'spaces':
        return html`${banner}<lamtheo-studio-spaces
            .value=${this.draft.spaces ?? []}
            .draft=${this.draft}
            .problems=${this.problems.filter((p) => p.path.startsWith('spaces') || p.path.startsWith('boundaries'))}
            ward-files=${this.wardFiles}
          ></lamtheo-studio-spaces>`;
      case 'json':
        return this.rawView();
      case 'preview':
        return previewView(this);
      case 'export':
        return exportView(this);
    }
  }

  private rawBanner(): TemplateResult {
    return html`<p class="note error" role="alert">
      ${msg(
        'Văn bản JSON đang có lỗi cú pháp và được giữ nguyên ở thẻ JSON; các biểu mẫu hiện bản đọc được gần nhất.',
        {
          id: 'studio.raw-kept',
        },
      )}
      <button type="button" class="link" @click=${() => (this.tab = 'json')}>
        ${msg('Mở thẻ JSON', { id: 'studio.open-json' })}
      </button>
    </p>`;
  }

  private rawView(): TemplateResult {
    const text = this.rawText ?? JSON.stringify(this.draft, null, 2);
    const problem = this.rawProblem;
    return html`<div class="field wide">
        <label for="raw">${msg('Dữ liệu dạng JSON', { id: 'studio.raw-label' })}</label>
        <p class="hint" id="raw-hint">
          ${msg('Sửa trực tiếp nếu cần. Văn bản chưa đúng cú pháp được giữ nguyên, không bị ghi đè.', { id: 'studio.raw-hint' })}
        </p>
        <textarea
          id="raw"
          spellcheck="false"
          autocapitalize="off"
          rows="24"
          aria-describedby="raw-hint ${problem ? 'raw-problem' : ''}"
          aria-invalid=${problem ? 'true' : 'false'}
          .value=${text}
          @input=${(e: Event) => this.typeRaw((e.target as HTMLTextAreaElement).value)}
        ></textarea>
        ${
          problem
            ? html`<div id="raw-problem" class="raw-problem" role="alert">
                <p>
                  <strong
                    >${problem.line ? msg(str`Dòng ${problem.line}, cột ${problem.column ?? 1}:`, { id: 'studio.line-col' }) : nothing}</strong
                  >
                  ${problem.message}
                </p>
                <button type="button" @click=${() => this.dropRawText()}>
                  ${msg('Bỏ văn bản lỗi, quay về bản đọc được gần nhất', { id: 'studio.raw-drop' })}
                </button>
              </div>`
            : nothing
        }
      </div>
      ${problem ? nothing : problemsView('raw-problems', [])}`;
  }

  /** Chooses a widget for export (or not). */
  choose(key: string, on: boolean): void {
    const chosen = new Set(this.exportSettings.chosen);
    if (on) chosen.add(key);
    else chosen.delete(key);
    this.exportSettings = { ...this.exportSettings, chosen };
  }

  /** Changes the export tab's settings. @internal (the studio's own views) */
  setExport(settings: Partial<ExportSettings>): void {
    this.exportSettings = { ...this.exportSettings, ...settings };
  }

  /** Changes the preview's language or width. @internal (the studio's own views) */
  setPreview(settings: Partial<PreviewSettings>): void {
    this.preview = { ...this.preview, ...settings };
  }

  /** The value at `path` of the draft, for views. */
  at(path: EditPath): unknown {
    return getAt(this.draft, path);
  }
}

function tabForStarter(name: StarterName): StudioTab {
  return name === 'commendations' ? 'records' : name === 'pledge' ? 'pledge' : name === 'spaces' ? 'spaces' : 'general';
}

/** `metrics[0].value` → its segments. */
function parse(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of path.matchAll(/\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|\.?([^.[\]]+)/g)) {
    if (m[1] !== undefined) out.push(Number(m[1]));
    else if (m[2] !== undefined) out.push(JSON.parse(m[2]) as string);
    else out.push(m[3]);
  }
  return out;
}

/** "metrics[0].value · dòng 12, cột 16": where a problem is, for the list of problems. */
function placeOf(p: Problem): string {
  const where = p.path || msg('cả tệp', { id: 'studio.whole-file' });
  return p.line ? msg(str`${where} (dòng ${p.line}, cột ${p.column ?? 1}):`, { id: 'studio.place-line' }) : `${where}:`;
}
