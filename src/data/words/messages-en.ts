/** Messages in English, for administrators and developers. */
import type { Catalog, MessageParams } from './messages.js';
import { formatCount } from './message-format.js';

const n = (v: MessageParams[string]) => formatCount(v, 'en');

const TYPE: Record<string, string> = {
  string: 'text (in double quotes "…")',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a group of fields { … }',
  array: 'a list [ … ]',
  null: 'null',
};

function received(p: MessageParams): string {
  switch (p.received) {
    case 'string':
      return `the text ${p.value}`;
    case 'number':
      return `the number ${p.value}`;
    case 'boolean':
      return String(p.value);
    case 'null':
      return 'null (empty)';
    case 'nan':
      return 'NaN (not a number)';
    case 'infinite':
      return 'an infinite number (Infinity)';
    default:
      return TYPE[String(p.received)] ?? String(p.received);
  }
}

const JSON_REASON: Record<string, string> = {
  'unexpected-end': 'the file ends too early; a closing } or ] may be missing',
  'unexpected-char': 'a character is out of place',
  'missing-comma': 'a comma is missing between two items',
  'trailing-comma': 'an extra comma before a closing } or ]',
  'missing-colon': 'a colon : is missing after a field name',
  'unterminated-string': 'a text value is missing its closing double quote',
  'bad-escape': 'a backslash \\ in a text value is not valid; write \\\\ for a backslash',
  'control-char': 'a text value contains a line break or tab; write \\n or \\t',
  'single-quote': 'JSON uses double quotes ", not single quotes \'',
  comment: 'JSON does not allow comments // or /* */',
  'bad-number': 'a number is written wrongly; JSON uses a dot for decimals (98.8) and no thousands separators',
  'bad-literal': 'unknown word; only true, false and null (lower case) are allowed',
  'key-not-string': 'field names must be in double quotes',
  'extra-content': 'there is more content after the data has ended',
};

const FOUND: Record<string, string> = {
  array: 'a list [ … ]',
  string: 'a text value',
  number: 'a number',
  boolean: 'true/false',
  null: 'null',
  // values a script can set as `data` that JSON has not
  undefined: 'empty (no value at all)',
  bigint: 'a BigInt number, which JSON does not have',
  function: 'a function, not data',
  symbol: 'a Symbol, not data',
};

export const messagesEn: Catalog = {
  'empty-file': () => 'the file is empty: there is no JSON in it',
  'invalid-json': (p) =>
    `invalid JSON at line ${p.line}, column ${p.column}: ${JSON_REASON[String(p.reason)] ?? 'syntax error'}` +
    (p.found ? ` (found ${p.found})` : ''),
  'not-an-object': (p) =>
    `the file must be a JSON object starting with { and holding "version": 1, but it is ${FOUND[String(p.found)] ?? p.found}`,
  'too-deep': (p) => `the data is nested too deeply (more than ${n(p.limit)} levels); lamtheo does not read it`,
  'too-large': (p) => {
    const unit = p.unit === 'bytes' ? 'bytes' : 'characters';
    return `the file is too large (${n(p.size)} ${unit}; at most ${n(p.limit)} ${unit})`;
  },
  bom: () => 'the file starts with an invisible byte order mark (BOM); lamtheo ignored it',
  unreadable: (p) =>
    p.reason === 'missing'
      ? 'file not found'
      : p.reason === 'not-utf8'
        ? 'the file is not UTF-8 text; save it again as UTF-8'
        : p.reason === 'directory'
          ? 'this is a folder, not a file'
          : `the file cannot be read${p.detail ? ` (${p.detail})` : ''}`,
  'missing-version': () => 'the version is missing: add "version": 1 at the top of the file',
  'unsupported-version': (p) => `version ${p.version} is not supported yet; lamtheo reads version 1`,
  required: (_p, key) => (key ? `the required field "${key}" is missing` : 'a required value is missing'),
  'wrong-type': (p) =>
    `must be ${TYPE[String(p.expected)] ?? p.expected}, but it is ${received(p)}` +
    (p.numberLike ? '; remove the quotes (and any thousands separators), e.g. 11368' : ''),
  'too-small': (p) =>
    p.origin === 'string'
      ? 'must not be empty'
      : p.origin === 'array'
        ? `needs at least ${n(p.minimum)} item(s)`
        : `must be ${n(p.minimum)} or more${p.actual !== undefined ? ` (it is ${n(p.actual)})` : ''}`,
  'too-big': (p) =>
    p.origin === 'string'
      ? `too long: ${n(p.actual)} characters, at most ${n(p.maximum)}`
      : p.origin === 'array'
        ? `too many items: ${n(p.actual)}, at most ${n(p.maximum)}`
        : `must be ${n(p.maximum)} or less${p.actual !== undefined ? ` (it is ${n(p.actual)})` : ''}`,
  'invalid-option': (p) => `${p.value || 'this value'} is not accepted; use one of: ${p.options}`,
  invalid: (p) => `invalid value${p.detail ? ` (${p.detail})` : ''}`,
  blank: () => 'only spaces; fill in some text',
  'invalid-date': (p) =>
    `invalid date: ${p.value}` +
    (p.problem === 'day'
      ? ' — that day is not on the calendar'
      : p.problem === 'month'
        ? ' — the month must be 01 to 12'
        : ' — write it as year-month-day, e.g. 2019-02-28'),
  'unsafe-url': (p) => `link not accepted: ${p.value}; use http://, https://, mailto:, tel: or a path on the site`,
  'web-url': (p) => `must be a full web address starting with http:// or https:// (it is ${p.value})`,
  'date-order': () => 'the end must come after the start',
  'derive-one-of': () => 'the rule (derive) needs exactly one of "count" or "sum"',
  'derive-sum-field': () => 'a sum needs "field": the name of the field holding the numbers to add',
  'value-or-derive': () => 'needs "value" (the number) or "derive" (how to compute it from the data)',
  'share-needs-target': () => 'a "share" figure (such as 24/40) needs "target", the whole (40)',
  'revoked-status': () => 'there is a "revokedBy" decision, so "status" must be "revoked"',
  'online-needs-url': () => 'an online space needs "url", the address of its web page',
  'online-no-location': () => 'an online space has no place on the map; remove "location"',
  'person-name-or-position': () => 'needs a full name ("fullName") or a position ("position")',
  'boundaries-one-of': () =>
    'boundaries need exactly one of "featureCollection" (GeoJSON data) or "url" (the address of a GeoJSON file)',
  'duplicate-id': (p) => `the id "${p.id}" is used twice: first at ${p.first}`,
  'unknown-reference': (p) => `there is no item with the id "${p.id}" in "${p.collection}"`,
  'breakdown-sum': (p) => `the parts add up to ${n(p.sum)}, not to the total ${n(p.value)}`,
  'derived-mismatch': (p) =>
    `the stated number is ${n(p.stated)} but the data counts ${n(p.computed)}; lamtheo shows ${n(p.computed)}`,
  'derive-no-records': (p) => `there is no "${p.collection}" list to compute from; the stated number is used if any`,
  'derive-not-number': (p) => `the field "${p.field}" is not a number in ${n(p.count)} item(s); those were not added`,
  'unknown-key': (p) =>
    `lamtheo does not use the field "${p.key}"` + (p.suggestion ? `; did you mean "${p.suggestion}"?` : ''),
  'html-in-text': (p) => `contains HTML or JavaScript (${p.value}); lamtheo shows it as plain text and never runs it`,
  'space-without-location': () =>
    'no "location" or "url": the map lists this space, marked "no place on the map yet", but cannot draw it',
  'location-swapped': (p) =>
    `the location looks reversed; write longitude first, then latitude: [${p.second}, ${p.first}]`,
  'location-range': () => 'a location is [longitude, latitude]: longitude from -180 to 180, latitude from -90 to 90',
  'missing-commitment': (p) => `nothing is written for the heading "${p.heading}"`,
  'unknown-heading': (p) => `the pledge form has no heading "${p.headingId}"`,
  'duplicate-heading': (p) => `the heading "${p.headingId}" is answered twice`,
  'required-field': (p) => `the pledge form requires "${p.field}"`,
  'template-mismatch': (p) => `"${p.field}" must be ${p.expected} for this pledge form (it is ${p.actual})`,
  'more-issues': (p) => `${n(p.count)} more ${p.severity === 'warning' ? 'warning(s)' : 'error(s)'} not listed here`,
};
