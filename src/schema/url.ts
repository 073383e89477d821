/**
 * Which links from data may reach a page. Browsers strip leading control characters
 * and spaces and drop tabs and newlines inside a URL before reading its scheme
 * (`" java\nscript:alert(1)"` is a javascript: URL), so we normalise the same way
 * before looking at the scheme.
 */

const SAFE_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:'];
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

function browserNormalised(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
}

/** The scheme the browser would see, lower case with its colon, or '' for a relative URL. */
export function urlScheme(value: string): string {
  const m = SCHEME.exec(browserNormalised(value));
  return m ? m[1].toLowerCase() + ':' : '';
}

/**
 * A link or image source: http, https, mailto or tel, or a relative reference such as
 * `/anh/chua-quan-am.jpg` (resolved against the page or the data file).
 */
export function isSafeUrl(value: string): boolean {
  const normalised = browserNormalised(value);
  if (normalised === '' || normalised.length > 2000) return false;
  const scheme = urlScheme(normalised);
  if (scheme === '') return true;
  return SAFE_SCHEMES.includes(scheme);
}

/** An absolute web address (http or https) such as an online space or a source article. */
export function isWebUrl(value: string): boolean {
  const scheme = urlScheme(value);
  if (scheme !== 'http:' && scheme !== 'https:') return false;
  try {
    return new URL(browserNormalised(value)).hostname !== '';
  } catch {
    return false;
  }
}
