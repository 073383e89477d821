import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { partNotLoaded, type LazyPart } from '../i18n/lazy-part.js';
import type { Result } from '../schema/result.js';
import type { Language } from '../i18n/language.js';
import { partMissingView } from './views.js';

/** What a part loader needs of its element. */
export interface PartHost extends ReactiveControllerHost {
  readonly language: Language;
}

/** The loaders whose last download failed: when one download of their part works, all of them update. */
const failedLoaders = new Set<PartLoader<unknown>>();

/**
 * A part of a widget downloaded when first needed (i18n/lazy-part.ts), for an element: the
 * element updates when the download ends, and shows `failure()` in place of the part when
 * it failed (a sentence and "Thử lại"; pressing it downloads again), while the rest of the
 * widget keeps working. A retry that works in one element updates every element that showed
 * the failure of that part.
 */
export class PartLoader<T> {
  private waiting = false;
  private failed_ = false;

  constructor(
    readonly host: PartHost,
    readonly part: LazyPart<T>,
  ) {}

  /** Whether this element's last download of the part failed (its failure is shown). */
  get failed(): boolean {
    return this.failed_ && this.part.value === undefined;
  }

  /** The part, or undefined while it downloads or after its download failed. Asking starts the download. */
  get value(): T | undefined {
    const value = this.part.value;
    if (value === undefined && !this.waiting && !this.failed_) void this.load();
    return value;
  }

  /**
   * Downloads the part now (again after a failure); the element updates when the download
   * ends. A failure stays shown during the retry, so the focused button stays where it is.
   */
  async load(): Promise<Result<T>> {
    this.waiting = true;
    const result = await this.part.load(this.host.language);
    this.waiting = false;
    this.failed_ = !result.ok;
    if (!result.ok) failedLoaders.add(this);
    else
      for (const loader of failedLoaders)
        if (loader.part === this.part) {
          failedLoaders.delete(loader);
          loader.host.requestUpdate();
        }
    this.host.requestUpdate();
    return result;
  }

  /**
   * In place of the part: after a failed download, its sentence and a retry button (which
   * downloads again, or runs `retry`: an action that needed the part runs again); nothing otherwise.
   */
  failure(retry: () => unknown = () => this.load()): TemplateResult | typeof nothing {
    return this.failed
      ? partMissingView(partNotLoaded(this.host.language), this.host.language, () => void retry())
      : nothing;
  }

  /**
   * The part's place in a template: `shown(part)` once it is here, the failure with its retry
   * after a failed download, `waiting` while it downloads. Asking starts the download.
   */
  render(shown: (part: T) => unknown, waiting: unknown = nothing): unknown {
    const value = this.value;
    if (value !== undefined) return shown(value);
    const failure = this.failure();
    return failure === nothing ? waiting : failure;
  }
}
