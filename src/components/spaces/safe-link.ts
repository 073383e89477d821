/**
 * A link from data, anywhere the map shows one (the list, the attribution, the details
 * panel): an `<a>` only when it is http or https; anything else (mailto:, a relative path,
 * a refused scheme) is shown as plain text. Text from the data goes in as text (Lit escapes it).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isWebUrl } from '../../schema/url.js';

/** The address for an `<a href>`, or undefined when it must not become a link. */
export function webHref(url: string | undefined): string | undefined {
  return url !== undefined && isWebUrl(url) ? url.trim() : undefined;
}

/** A link from data: `<a>` for http/https, plain text otherwise; `content` shows the label (marked up). */
export function safeLink(label: string, url: string | undefined, content: unknown = label): TemplateResult {
  const href = webHref(url);
  return href
    ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${content}</a>`
    : html`<span>${content}${url && url !== label ? html` (${url})` : nothing}</span>`;
}
