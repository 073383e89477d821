import { LitElement, type CSSResultGroup, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { defaultLanguage, englishStrings, inLanguage, type Language } from '../i18n/locale.js';
import { tokens } from '../styles/tokens.js';
import { viewStyles } from '../styles/views.js';
import { LamtheoStateEvent, type WidgetState } from './events.js';
import { unwatchLanguage, watchLanguage, type LanguageAware } from './language-watch.js';
import { PartLoader } from './part-loader.js';
import { renderTurn } from './render-turns.js';

/**
 * The base of every lamtheo element: shadow DOM with the theme tokens and the shared
 * state views, the language of the nearest `lang` attribute (vi by default), and a
 * `state` that is reflected as an attribute and announced with `lamtheo-state`.
 *
 * Each element speaks its own language, whatever the others on the page speak: every
 * `msg()` of its update (willUpdate, render, firstUpdated, updated and its controllers'
 * hooks) is answered in `language`. Code that words something outside the update (an event
 * handler, a timer) wraps it in `inLanguage(this, …)` (i18n/locale.ts). An English element
 * waits for the English strings before it renders, rather than showing Vietnamese words.
 */
export class LamtheoElement extends LitElement implements LanguageAware {
  static override styles: CSSResultGroup = [tokens, viewStyles];

  /** The language this element speaks: from the nearest `lang` attribute, `vi` when none. */
  @property({ attribute: false }) language: Language = defaultLanguage;

  /** What the element is showing; reflected so portals can style `[state=error]`. */
  @property({ reflect: true }) state: WidgetState = 'loading';

  /**
   * `light` or `dark`: this widget's colours whatever the page says, on a surface the widget
   * paints itself (`--lamtheo-color-surface`). Without it the widget follows the page's
   * `color-scheme` (inherited, so `color-scheme: dark` on any ancestor works too): light on a
   * page that declares nothing, even when the visitor's system is dark.
   */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  override connectedCallback(): void {
    // Before super: controllers start loading in super.connectedCallback and word their
    // messages in this language.
    watchLanguage(this);
    inLanguage(this, () => super.connectedCallback());
  }

  /**
   * The English strings (i18n/locale.ts), downloaded before the first update of an English
   * element. When they could not be downloaded the element speaks Vietnamese, and its
   * `strings.failure()` says so with a retry.
   */
  protected readonly strings = new PartLoader(this, englishStrings);

  /**
   * Holds the update of an element whose strings are still downloading (the host keeps its
   * reserved size), and of one whose task already rendered long enough (render-turns.ts).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    // The turn is asked right before the update runs, so that the renders it lets through are counted.
    const go = (): void | Promise<unknown> => {
      const turn = renderTurn();
      return turn === true ? super.scheduleUpdate() : turn.then(go);
    };
    if (this.language !== 'en' || englishStrings.value || this.strings.failed) return go();
    return this.strings.load().then(go);
  }

  /** The whole update cycle speaks this element's language. */
  protected override performUpdate(): void {
    inLanguage(this, () => super.performUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLanguage(this);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Every element starts `loading`: one whose data was there before its first update (a
    // `data` property set by a framework) is `ready` at once, and says so.
    const previous = changed.get('state') ?? 'loading';
    if (changed.has('state') && previous !== this.state) {
      this.dispatchEvent(new LamtheoStateEvent(this.state, previous));
    }
  }
}

/**
 * Defines a custom element unless the tag is taken. Two copies of lamtheo on one page
 * (a portal theme and a page both adding the script) must never throw: the second copy
 * logs one warning and leaves the first copy's elements in charge.
 */
export function safeDefine(tag: string, element: CustomElementConstructor): boolean {
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== element) {
      console.warn(`[lamtheo] <${tag}> is already defined (another copy of lamtheo?); this copy is skipped.`);
    }
    return false;
  }
  customElements.define(tag, element);
  return true;
}
