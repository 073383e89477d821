import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { SourceController } from '../controllers/source-controller.js';
import { sourceChanged, type SourceSnapshot } from '../controllers/source.js';
import type { LoadedDataset, ReadProgress } from '../data/read.js';
import { LamtheoElement } from './base-element.js';
import { LamtheoErrorEvent, type Problem, type WidgetState } from './events.js';
import { withSourceProperties } from './source-properties.js';
import { checkingNote, emptyView, errorView, loadingView, problemPlace, staleNote } from './views.js';
import { formatNumber } from '../data/words/format.js';
import { inCheckMode } from './check-mode.js';
import { lazyPart } from '../i18n/lazy-part.js';
import { PartLoader } from './part-loader.js';

/** The administrator's check panel (check-panel.ts), downloaded only in check mode. */
const checkPanelPart = lazyPart('check-panel', () => import('./check-panel.js'));
import { plainSkeleton } from './skeletons.js';
// Every widget can sit in a <lamtheo-dataset>: defined with the data element, before any widget
// upgrades, so that widgets join it at once. (Loaded lazily, it came after the widgets on a page
// of 100 counters, whose figures then showed about 100 ms later.)
import './dataset-element.js';

/**
 * The base of every widget that shows a dataset. It takes the data from `data`, an inline
 * `<script type="application/json">` child, `src` (with `refresh` / `live`) or the nearest
 * `<lamtheo-dataset>`, and shows the shared loading, error, empty and stale views; a widget
 * only writes `renderData` (and, when it has them, `checkData` and `isEmpty`).
 */
export abstract class LamtheoDataElement extends withSourceProperties(LamtheoElement) {
  /** Where the dataset comes from and how far loading is (controllers/source-controller.ts). */
  protected source = new SourceController(this);

  /** The dataset shown (or being shown), when there is one. */
  protected get loaded(): LoadedDataset | undefined {
    return this.source.snapshot.value;
  }

  /**
   * Problems this widget finds in valid data: errors stop it (an unknown metric id, say), warnings
   * are listed in the check panel only (a tag no metric has yet).
   */
  protected checkData(_data: LoadedDataset): Problem[] {
    return [];
  }

  /** What the empty state says; the default is "Chưa có dữ liệu để hiển thị.". */
  protected emptyText(): string | undefined {
    return undefined;
  }

  /** Whether valid data holds nothing for this widget. */
  protected isEmpty(_data: LoadedDataset): boolean {
    return false;
  }

  protected abstract renderData(data: LoadedDataset): unknown;

  /**
   * The loading view's shape, from the widget's attributes (internal/skeletons.ts): it takes
   * the space the data will take. It stays, hidden, under every later view, so the widget is
   * never shorter than it was while loading: loading, error and ready do not move the page.
   */
  protected renderSkeleton(): TemplateResult {
    return plainSkeleton();
  }

  /**
   * A widget that lists records (a table) sets this to show the first records of a big
   * document while the rest is being checked (state stays `loading`; see `firstRecordsOnly`).
   * Read by the source controller when it creates the widget's own loader.
   * @internal
   */
  readonly showsFirstRecords: boolean = false;

  /** Whether the data shown is only the first records of a document still being checked. */
  protected get firstRecordsOnly(): boolean {
    const { status, value, checking } = this.source.snapshot;
    return this.showsFirstRecords && status === 'pending' && value !== undefined && checking !== undefined;
  }

  /** The language the data was last read in: the controller starts reading when connected. */
  private readIn?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    this.readIn = this.language;
  }

  private problems: readonly Problem[] = [];
  /** Every problem known, for the check panel: the embed's (`checkData`), then the data's errors and warnings. */
  private allProblems: readonly Problem[] = [];
  private reported?: readonly Problem[];
  private checkPanel = new PartLoader(this, checkPanelPart);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The page's language switched: the data layer words its problems again, in this language
    // (and a read still under way, started in the other language, starts again in this one,
    // even when the switch came before the first update).
    const before = this.source.snapshot.status;
    const reword = this.language !== this.readIn && (before === 'error' || before === 'pending');
    if (reword || sourceChanged(changed)) this.readIn = this.language;
    if (reword) this.source.resolve(true);
    else this.source.update(changed);
    const { status, value, problems } = this.source.snapshot;
    const own = value && (status !== 'pending' || this.firstRecordsOnly) ? this.checkData(value) : [];
    // The widget's own warnings (a tag no metric has: maybe not yet) stop nothing; the check panel lists them.
    const stops = own.some((p) => p.severity === 'error');
    this.problems = stops ? own : problems;
    this.allProblems = own.length ? [...own, ...problems] : problems;
    this.state = stops ? 'error' : stateOf(this.source.snapshot, (data) => this.isEmpty(data));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const failing = this.state === 'error' || this.state === 'stale';
    if (failing && this.problems !== this.reported && this.problems.some((p) => p.severity === 'error')) {
      this.reported = this.problems;
      const source = this.src ?? (this.data !== undefined ? 'data' : 'inline');
      console.warn(
        `[lamtheo] <${this.localName}> ${source}:`,
        this.problems.map((p) => `${p.path} ${p.message}`.trim()),
      );
      this.dispatchEvent(new LamtheoErrorEvent(this.problems, source));
    }
  }

  /**
   * One frame for every state: the skeleton and what is shown share one grid cell. While loading
   * the skeleton is seen; after, it stays hidden under the data (the widget keeps at least its
   * size) and the same nodes stay in the page, so a browser's scroll anchoring holds. An error
   * or empty view takes exactly the reserved space (scrolling inside it if it needs more).
   */
  override render(): unknown {
    const { value: data, lastSuccess, checking } = this.source.snapshot;
    const waiting = this.state === 'loading' && !this.firstRecordsOnly;
    const fixed = this.state === 'error' || this.state === 'empty';
    // An English element whose strings could not be downloaded speaks Vietnamese, and says so
    // (in English) with a retry; once they are here, every English element speaks English.
    const stringsMissing = this.language === 'en' ? this.strings.failure() : '';
    // The administrator's check mode (check-mode.ts): every problem, under the widget, once read.
    const check =
      !waiting && inCheckMode(this)
        ? this.checkPanel.render((part) =>
            part.checkPanel({ html, nothing, problemPlace, formatNumber }, this, this.allProblems, this.language),
          )
        : nothing;
    return html`${stringsMissing}
      <div class="hold">
        <div class=${waiting ? 'skeleton' : 'ghost'} aria-hidden="true" inert>${this.renderSkeleton()}</div>
        ${waiting ? loadingView() : html`<div class=${fixed ? 'fixed' : 'shown'}>${this.renderState(data, lastSuccess, checking)}</div>`}
      </div>
      ${check}`;
  }

  private renderState(
    data: LoadedDataset | undefined,
    lastSuccess: Date | undefined,
    checking: ReadProgress | undefined,
  ): unknown {
    switch (this.state) {
      case 'loading':
        return html`${checkingNote(checking!, this.language)}${this.renderData(data!)}`;
      case 'error':
        return errorView(this.problems, this.src ? () => this.source.reload() : undefined);
      case 'empty':
        return emptyView(this.emptyText());
      case 'stale':
        return html`${staleNote(lastSuccess, this.language)}${this.renderData(data!)}`;
      default:
        return this.renderData(data!) as TemplateResult;
    }
  }
}

/** The state a widget shows (its public `state`) for a snapshot of its source. */
function stateOf({ status, value }: SourceSnapshot, isEmpty: (data: LoadedDataset) => boolean): WidgetState {
  switch (status) {
    case 'initial':
      return 'empty';
    case 'pending':
      return 'loading';
    case 'complete':
      return value && isEmpty(value) ? 'empty' : 'ready';
    default:
      return status;
  }
}
