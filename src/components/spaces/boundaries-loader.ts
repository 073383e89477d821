/**
 * The ward boundaries file named by the element's `boundaries` attribute or the dataset's
 * `boundaries.url`: fetched once per address (a new address aborts the older request, and so
 * does leaving the page) and read as a GeoJSON FeatureCollection. A file that cannot be read
 * gives no wards and a warning; the map still shows the spaces.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import { fetchText, type FetchOptions } from '../../data/load/fetch-text.js';
import { defaultLanguage, inLanguage } from '../../i18n/locale.js';
import type { Problem } from '../../internal/events.js';
import { featuresOf, type LoadedBoundaries } from './map-model.js';

/** The boundaries file could not be read: the map still shows the spaces. */
function boundariesProblem(url: string, reason: string): Problem {
  return {
    path: url,
    message: msg(str`Không đọc được ranh giới: ${reason}`),
    code: 'boundaries-load',
    severity: 'warning',
  };
}

export class BoundariesLoader implements ReactiveController {
  /** The last file read; its `features` are empty when it could not be read. */
  loaded?: LoadedBoundaries;
  /** Why the last file could not be read. */
  problem?: Problem;
  private loading?: { url: string; abort: AbortController };

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Fetches the file at `url` (absolute) unless it is loaded or on its way; the host updates when it is read. */
  load(url: string, language: FetchOptions['language']): void {
    if (this.loading?.url === url || this.loaded?.url === url) return;
    this.loading?.abort.abort();
    const abort = new AbortController();
    this.loading = { url, abort };
    void fetchText(url, { signal: abort.signal, language }).then((result) => {
      if (abort.signal.aborted) return;
      this.loading = undefined;
      let features: readonly unknown[] | undefined;
      if (result.ok && result.value !== 'not-modified') {
        try {
          features = featuresOf(JSON.parse(result.value.text));
        } catch {
          features = undefined;
        }
      }
      this.loaded = { url, features: features ?? [] };
      // Worded after the download, in the language of the map that asked for the file.
      this.problem = features
        ? undefined
        : inLanguage(language ?? defaultLanguage, () =>
            boundariesProblem(
              url,
              result.ok ? msg('không phải GeoJSON FeatureCollection.') : result.problems[0].message,
            ),
          );
      this.host.requestUpdate();
    });
  }

  /** No boundaries file any more: forgets the last one (call before rendering). */
  clear(): void {
    this.loaded = this.problem = undefined;
  }

  hostDisconnected(): void {
    this.loading?.abort.abort();
    this.loading = undefined;
  }
}
