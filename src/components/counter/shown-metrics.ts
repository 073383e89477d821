/**
 * What `<lamtheo-counter>` and `<lamtheo-counter-grid>` share, one piece for both: which of
 * the dataset's metrics they show (and the error for an id the data does not have), each
 * metric's view in the element's language, the width each figure keeps (the widest text it
 * has shown, so a live value that gets shorter moves nothing), d3-shape for the sparklines
 * (downloaded when a figure has a history; in its place, when that fails, a note and a retry),
 * and the polite live region that reads the figures that changed.
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { LoadedDataset } from '../../data/read.js';
import { closestKey } from '../../data/check/unknown-keys.js';
import { lazyPart } from '../../i18n/lazy-part.js';
import type { Problem, WidgetState } from '../../internal/events.js';
import { PartLoader, type PartHost } from '../../internal/part-loader.js';
import { describeMetric, type MetricView, type ShownMetric } from './describe.js';
import {
  metricCard,
  metricNotes,
  provenanceDetails,
  sparkline,
  warningsFor,
  widerText,
  type CounterVariant,
} from './card.js';
import type { Selection } from './select.js';
import type { Metric } from '../../schema/index.js';

/**
 * d3-shape's `line`, for the sparklines: a page of plain counters never downloads it. Only
 * `line` is taken from the module, so that the bundler keeps only `line` in the chunk (the
 * whole module weighs 5 kB more).
 */
const shapes = lazyPart('d3-shape', () => import('d3-shape').then(({ line }) => line));

/** Time for the live region: the page's clock by default, a fake one in tests. */
export interface AnnounceClock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const pageClock: AnnounceClock = {
  now: () => performance.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as number),
};

/** What the shared piece needs of its element. */
export interface MetricsHost extends PartHost {
  readonly state: WidgetState;
}

export interface MetricsChoice {
  /** The metrics of `data` this element shows, in order, and the ids it names that are missing. */
  select(data: LoadedDataset): Selection<Metric>;
  /** The attribute that names the metrics (`metric`, `metrics`) and its value as written, for the embed's mistakes. */
  attribute?: string;
  written?(): string | undefined;
  /** A label to show instead of the metric's own (one counter's `label`). */
  label?(): string | undefined;
  /** Whether a change of this figure is read out (all by default). */
  announces?(id: string): boolean;
  /** The least time, in milliseconds, between two readings (0 by default: at once). */
  interval?(): number;
  /** The clock of the live region (a seam for tests). */
  clock?(): AnnounceClock;
}

export class ShownMetrics implements ReactiveController {
  /** The metrics shown, with their index in the dataset's `metrics` (for their warnings). */
  views: Array<{ view: MetricView; index: number }> = [];
  private widest = new Map<string, string>();
  private lastValues = new Map<string, number>();
  private readonly line: PartLoader<typeof import('d3-shape').line>;

  /** What the live region says; the values as last read out, the figures changed since, and when. */
  private announcement = '';
  private announced = new Map<string, number>();
  private pending = new Set<string>();
  private announcedAt = -Infinity;
  private announceTimer?: unknown;

  constructor(
    private readonly host: MetricsHost,
    private readonly choice: MetricsChoice,
  ) {
    host.addController(this);
    this.line = new PartLoader(host, shapes);
  }

  /** The data check: an error for each id the element names that the data does not have. */
  check(data: LoadedDataset): Problem[] {
    const ids = (data.dataset.metrics ?? []).map((m) => m.id);
    const attribute = this.choice.attribute ?? 'metric';
    return this.choice.select(data).missing.map((id) => {
      const near = closestKey(id, ids);
      const known = ids.slice(0, 8).join(', ') + (ids.length > 8 ? ', …' : '');
      const message =
        msg(str`Mã chỉ tiêu "${id}" trong mã nhúng không có trong tệp dữ liệu`) +
        (near
          ? msg(str`; có phải "${near}"?`)
          : ids.length
            ? msg(str`; tệp có các mã: ${known}.`)
            : msg('; tệp không có chỉ tiêu nào (metrics).'));
      return {
        path: 'metrics',
        attribute: `${attribute}="${this.choice.written?.() ?? id}"`,
        message,
        code: 'unknown-metric',
        severity: 'error' as const,
      };
    });
  }

  /** Whether the data holds none of the metrics asked for. */
  isEmpty(data: LoadedDataset): boolean {
    return this.choice.select(data).found.length === 0;
  }

  /** In `willUpdate`: the views of the data shown, the widths kept, the changes to read out. */
  update(data: LoadedDataset | undefined): void {
    const shown = (this.host.state === 'ready' || this.host.state === 'stale') && data;
    const label = this.choice.label?.();
    this.views = shown
      ? this.choice.select(data).found.map(({ metric, index }) => ({
          view: describeMetric(metric as ShownMetric, this.host.language, label),
          index,
        }))
      : [];
    for (const { view } of this.views) {
      const last = this.lastValues.get(view.id);
      if (last === undefined) this.announced.set(view.id, view.value);
      else if (last !== view.value && (this.choice.announces?.(view.id) ?? true)) this.pending.add(view.id);
      this.lastValues.set(view.id, view.value);
      this.widest.set(view.id, widerText(this.widest.get(view.id), view.valueText));
    }
    if (this.pending.size && this.announceTimer === undefined) {
      const clock = this.clock();
      const wait = this.announcedAt + Math.max(0, this.choice.interval?.() || 0) - clock.now();
      if (wait <= 0) this.announceChanges();
      else this.announceTimer = clock.setTimeout(() => this.announceChanges(), wait);
    }
  }

  private clock(): AnnounceClock {
    return this.choice.clock?.() ?? pageClock;
  }

  /** Reads out, in one polite message, each figure whose value is not the one last read. */
  private announceChanges(): void {
    this.announceTimer = undefined;
    const sentences: string[] = [];
    for (const { view } of this.views) {
      if (!this.pending.has(view.id) || this.announced.get(view.id) === view.value) continue;
      sentences.push(view.sentence);
      this.announced.set(view.id, view.value);
    }
    this.pending.clear();
    if (!sentences.length) return;
    this.announcement = sentences.join(' ');
    this.announcedAt = this.clock().now();
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    if (this.announceTimer !== undefined) this.clock().clearTimeout(this.announceTimer);
    this.announceTimer = undefined;
    this.pending.clear();
  }

  /** One metric's card: its figure as wide as it has been, and its sparkline once d3-shape is here. */
  card(view: MetricView, variant: CounterVariant, compact: boolean): TemplateResult {
    return metricCard(view, {
      variant,
      compact,
      widest: this.widest.get(view.id) ?? view.valueText,
      sparkline: compact || !view.history ? nothing : this.sparklineOf(view),
    });
  }

  /**
   * The history's line, drawn once d3-shape is here (its box, labelled, meanwhile). When d3-shape
   * could not be downloaded, the note and its retry take the line's place; the label stays for
   * screen readers.
   */
  private sparklineOf(view: MetricView): unknown {
    const line = this.line.value; // asking starts the download
    if (line) return sparkline(view, line);
    return this.line.failed
      ? html`${sparkline(view, undefined, true)}${this.line.failure()}`
      : sparkline(view, undefined);
  }

  /** "Nguồn số liệu" under the figures: the provenance, the notes of every figure, their warnings. */
  details(data: LoadedDataset): TemplateResult | typeof nothing {
    return provenanceDetails({
      provenance: data.dataset.provenance,
      language: this.host.language,
      notes: this.views.flatMap(({ view }) => metricNotes(view)),
      warnings: this.views.flatMap(({ index }) => warningsFor(data, index)),
    });
  }

  /** The polite live region (after the element's views, outside them: it stays in every state). */
  liveRegion(): TemplateResult {
    return html`<span class="visually-hidden" role="status" part="announcement">${this.announcement}</span>`;
  }
}
