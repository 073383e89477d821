/**
 * What the fuzz tests feed the reader and the widgets: arbitrary JSON values and JavaScript
 * values, the real fixtures with mutated fields, and their text cut at random points. Every
 * case prints as the recipe that made it (fixture, mutations with their paths, the cut), not
 * as the 40 kB document, so a counterexample can be read and replayed by hand.
 */
import fc from 'fast-check';

export const fixtureNames = [
  'quan-11-2022',
  'tan-binh-2017',
  'ben-tre-2016-2017',
  'go-vap-2007-2011',
  'khoi-co-quan-tw-2018-2019',
] as const;
export type FixtureName = (typeof fixtureNames)[number];

const fixtures = new Map<FixtureName, unknown>();

/** Fetches the fixtures once; call before generating cases. */
export async function loadFixtures(): Promise<void> {
  for (const name of fixtureNames) {
    if (fixtures.has(name)) continue;
    const response = await fetch(new URL(`../fixtures/${name}.json`, import.meta.url));
    fixtures.set(name, await response.json());
  }
}

export function fixture(name: FixtureName): unknown {
  const value = fixtures.get(name);
  if (value === undefined) throw new Error(`fixture ${name} not loaded (call loadFixtures first)`);
  return structuredClone(value);
}

// ---------------------------------------------------------------- hostile values

/** Characters that trip text handling: bidi controls, zero-width, combining, lone surrogates, HTML. */
const oddChars = [
  '\u202E', // right-to-left override
  '\u202B', // right-to-left embedding
  '\u200F', // right-to-left mark
  '\u061C', // Arabic letter mark
  '\u2066', // left-to-right isolate
  '\u200B', // zero-width space
  '\u200C',
  '\u200D',
  '\u2060', // word joiner
  '\uFEFF', // byte order mark / zero-width no-break space
  '\u00AD', // soft hyphen
  '\u0301', // combining acute
  '\uD800', // lone high surrogate
  '\uDFFF', // lone low surrogate
  'مرحبا',
  'שלום',
  'Đảng',
  '\u0000',
  '\n',
  '<',
  '&',
  '"',
  '\\',
  '%',
];

const oddString = fc.string({
  unit: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...oddChars) }, fc.string({ minLength: 1, maxLength: 1 })),
  maxLength: 12,
});

const oneMegabyte = 1 << 20;

/** A 1 MB string of one kind of character (and sometimes a real-looking start). */
const megaString = fc
  .tuple(fc.constantFrom('x', 'Đ', '\u200B', '\u202E', 'ﷺ', ' ', '9'), fc.constantFrom('', '2019-02-28', 'https://'))
  .map(([c, start]) => start + c.repeat(oneMegabyte));

const deep = fc.tuple(fc.integer({ min: 40, max: 3000 }), fc.constantFrom('array', 'object')).map(([depth, kind]) => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = kind === 'array' ? [value] : { a: value };
  return value;
});

/** Values a field might hold that it should not: each one a way real files go wrong, or an attack. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    'NaN',
    'Infinity',
    '-Infinity',
    '1e999',
    '11.368',
    '11,368',
    ' 42 ',
    '0x1F',
    '١٢٣',
    '',
    ' ',
    '\u200B',
    '2019-02-30',
    '2019-13-01',
    '0000-00-00',
    '+275760-09-13',
    'javascript:alert(1)',
    '<img src=x onerror=alert(1)>',
    'constructor',
    '__proto__',
    'toString',
  ),
  fc.constantFrom(
    NaN,
    Infinity,
    -Infinity,
    1e308,
    -1e308,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    2 ** 53 + 2,
    -(2 ** 53) - 2,
    1e21,
    -0,
    0.1 + 0.2,
    -1,
    0,
  ),
  fc.constantFrom(null, true, false, [], {}, [null], { value: 1 }),
  fc.double(),
  fc.integer(),
  oddString,
  megaString,
  deep,
  fc.jsonValue({ maxDepth: 2 }),
);

/** Keys that are dangerous or confusing as field names. */
const hostileKey = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    'valueOf',
    'then',
    '',
    'id\u200B',
    '\u202Eid',
    '\uD800',
    'value ',
    'Value',
    'metrics',
  ),
  oddString,
);

/** Tokens that are not JSON values (or only barely), written into the text of a file. */
const rawTokens = [
  'NaN',
  'Infinity',
  '-Infinity',
  '1e999',
  '-1e999',
  '1E400',
  '123456789012345678901234567890',
  '-0',
  '1e-400',
  '01',
  '1.',
  '.5',
  'undefined',
  "'x'",
  'True',
  '"\\ud800"',
  '"\\udfff\\ud800"',
  '"\\u0000"',
  '"a\\u202Eb"',
];

// ---------------------------------------------------------------- mutations

type Segment = string | number;

export type Mutation =
  | { op: 'set'; pick: number; value: unknown }
  | { op: 'delete'; pick: number }
  | { op: 'add-key'; pick: number; key: string; value: unknown }
  | { op: 'duplicate'; pick: number }
  | { op: 'raw'; pick: number; token: string }
  | { op: 'same-type'; pick: number; text: string; number: number };

/** Text that keeps a string field a string, but odd: bidi, zero-width, lone surrogates, 1 MB, HTML. */
const oddText = fc.oneof(
  oddString.filter((t) => t.trim().length > 0),
  megaString,
  fc.constantFrom('<b>x</b>', '\u202Eabc', 'a\u0301\u0301\u0301', '\uD83D', '🇻🇳'.repeat(50), 'x'.repeat(5000)),
);

/** A number that keeps a number field a number, but extreme. */
const oddNumber = fc.oneof(
  fc.constantFrom(1e308, -1e308, 2 ** 53 + 2, 1e21, 5e-324, -0, 0.1 + 0.2, 123456789.123456, -1, 0),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({ op: fc.constant('same-type' as const), pick: fc.nat(), text: oddText, number: oddNumber }),
  },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('set' as const), pick: fc.nat(), value: hostileValue }) },
  fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant('add-key' as const), pick: fc.nat(), key: hostileKey, value: hostileValue }),
  },
  fc.record({ op: fc.constant('duplicate' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('raw' as const), pick: fc.nat(), token: fc.constantFrom(...rawTokens) }),
);

/** Every place in a document, depth first: [path, value]. */
function places(root: unknown): [Segment[], unknown][] {
  const out: [Segment[], unknown][] = [];
  const visit = (value: unknown, path: Segment[]) => {
    out.push([path, value]);
    if (value === null || typeof value !== 'object' || path.length > 12) return;
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]));
    else for (const key of Object.keys(value)) visit((value as Record<string, unknown>)[key], [...path, key]);
  };
  visit(root, []);
  return out;
}

function at(root: unknown, path: readonly Segment[]): unknown {
  let node = root;
  for (const s of path) node = (node as Record<Segment, unknown>)[s];
  return node;
}

/** Sets an own property, even `__proto__` (as JSON.parse does). */
function setOwn(target: object, key: Segment, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

export const formatPath = (path: readonly Segment[]) =>
  path.map((s) => (typeof s === 'number' ? `[${s}]` : `.${JSON.stringify(s).slice(1, -1)}`)).join('') || '(root)';

const RAW = (n: number) => `\u0000raw${n}\u0000`;

/**
 * Applies the mutations to `doc` in place; returns what was done, in words, and the raw
 * tokens to write into the text (the value keeps a marker string where each goes).
 */
function mutate(doc: unknown, mutations: readonly Mutation[]): { done: string[]; raw: string[] } {
  const done: string[] = [];
  const raw: string[] = [];
  for (const m of mutations) {
    const all = places(doc);
    if (m.op === 'add-key') {
      const objects = all.filter(([, v]) => v !== null && typeof v === 'object' && !Array.isArray(v));
      if (!objects.length) continue;
      const [path, target] = objects[m.pick % objects.length];
      setOwn(target as object, m.key, m.value);
      done.push(`${formatPath(path)} + ${JSON.stringify(m.key)}: ${brief(m.value)}`);
      continue;
    }
    if (m.op === 'same-type') {
      // A string stays a string and a number a number (the data may well stay valid).
      const typed = all.filter(([path, v]) => path.length > 0 && (typeof v === 'string' || typeof v === 'number'));
      if (!typed.length) continue;
      const [path, value] = typed[m.pick % typed.length];
      const replacement = typeof value === 'string' ? m.text : m.number;
      setOwn(at(doc, path.slice(0, -1)) as object, path[path.length - 1], replacement);
      done.push(`${formatPath(path)} = ${brief(replacement)}`);
      continue;
    }
    const inner = all.filter(([path]) => path.length > 0);
    if (!inner.length) continue;
    const [path, value] = inner[m.pick % inner.length];
    const parent = at(doc, path.slice(0, -1)) as Record<Segment, unknown> | unknown[];
    const key = path[path.length - 1];
    const where = formatPath(path);
    if (m.op === 'set') {
      setOwn(parent, key, m.value);
      done.push(`${where} = ${brief(m.value)}`);
    } else if (m.op === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete (parent as Record<Segment, unknown>)[key];
      done.push(`${where} deleted`);
    } else if (m.op === 'duplicate') {
      if (Array.isArray(parent)) parent.splice((key as number) + 1, 0, structuredClone(value));
      else setOwn(parent, `${key}`, structuredClone(value));
      done.push(`${where} duplicated`);
    } else {
      setOwn(parent, key, RAW(raw.length));
      raw.push(m.token);
      done.push(`${where} = raw ${m.token}`);
    }
  }
  return { done, raw };
}

/** A short, printable quotation of any value. */
export function brief(value: unknown, max = 60): string {
  if (typeof value === 'string') {
    const escaped = JSON.stringify(value.length > max ? value.slice(0, max) : value);
    return value.length > max ? `${escaped}… (${value.length} characters)` : escaped;
  }
  if (Array.isArray(value) || (value !== null && typeof value === 'object')) {
    let depth = 0;
    for (let v: unknown = value; v !== null && typeof v === 'object' && depth < 10000; depth++)
      v = Array.isArray(v) ? v[0] : Object.values(v)[0];
    let text: string;
    try {
      text = depth > 20 ? (Array.isArray(value) ? '[' : '{"a":').repeat(12) : fc.stringify(value);
    } catch {
      text = Object.prototype.toString.call(value);
    }
    return (text.length > max ? text.slice(0, max) + '…' : text) + (depth > 5 ? ` (nested ${depth} deep)` : '');
  }
  return fc.stringify(value);
}

// ---------------------------------------------------------------- cases

/** One input: a value for `data`, or the text of a file, and how it was made. */
export class FuzzCase {
  constructor(
    readonly input: unknown,
    readonly recipe: string,
    /** The input is the text of a file. */
    readonly isText: boolean,
    /** A CSV list (whose problems are placed by line and column, not by JSON path). */
    readonly csv = false,
  ) {}
  [fc.toStringMethod](): string {
    return this.recipe;
  }
}

function serialise(doc: unknown, raw: readonly string[], indent: number, crlf: boolean): string {
  let text = JSON.stringify(doc, null, indent);
  raw.forEach((token, i) => (text = text.replace(JSON.stringify(RAW(i)), token)));
  return crlf ? text.replace(/\n/g, '\r\n') : text;
}

/** A fixture with 1–3 mutations, as a value or as text (sometimes cut short). */
const mutatedOf = (names: fc.Arbitrary<FixtureName>) =>
  fc
    .record({
      name: names,
      mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }),
      form: fc.constantFrom('value', 'text', 'text'),
      indent: fc.constantFrom(0, 2),
      crlf: fc.boolean(),
      cut: sometimes(fc.nat(), 5),
    })
    .map(({ name, mutations, form, indent, crlf, cut }) => {
      const doc = fixture(name);
      const { done, raw } = mutate(doc, mutations);
      const changes = done.join('; ');
      // Raw tokens are text; in a value the marker string stands where each would go.
      if (form === 'value') return new FuzzCase(doc, `${name}.json as a value: ${changes}`, false);
      let text = serialise(doc, raw, indent, crlf);
      let how = `${name}.json as text (indent ${indent}${crlf ? ', CRLF' : ''}): ${changes}`;
      if (cut !== null) {
        const at = cut % (text.length + 1);
        how += `; ${cutAt(text, at)}`;
        text = text.slice(0, at);
      }
      return new FuzzCase(text, how, true);
    });

/** `arbitrary` one time in `n`, null otherwise. */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>, n: number) =>
  fc.oneof({ weight: n - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary });

const cutAt = (text: string, at: number) =>
  `cut at ${at} of ${text.length} (…${JSON.stringify(text.slice(Math.max(0, at - 30), at))})`;

/** A fixture's text cut at a random point (sometimes inside a surrogate pair or an escape). */
const truncatedOf = (names: fc.Arbitrary<FixtureName>) =>
  fc.record({ name: names, cut: fc.nat(), indent: fc.constantFrom(0, 2) }).map(({ name, cut, indent }) => {
    const text = JSON.stringify(fixture(name), null, indent);
    const at = cut % (text.length + 1);
    return new FuzzCase(text.slice(0, at), `${name}.json (indent ${indent}) ${cutAt(text, at)}`, true);
  });

const anyJson = fc.jsonValue({ maxDepth: 4 });

/** Arbitrary JSON values, as a value or as text (sometimes cut). */
const arbitraryJson = fc
  .tuple(anyJson, fc.constantFrom('value', 'text'), sometimes(fc.nat(), 3))
  .map(([value, form, cut]) => {
    if (form === 'value') return new FuzzCase(value, `JSON value ${brief(value, 200)}`, false);
    let text = JSON.stringify(value);
    let how = `JSON text ${brief(text, 200)}`;
    if (cut !== null) {
      const at = cut % (text.length + 1);
      text = text.slice(0, at);
      how += ` cut at ${at}`;
    }
    return new FuzzCase(text, how, true);
  });

/** Any JavaScript value a script could set as `data` (Maps, BigInts, Dates, null prototypes …). */
const anyValue = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

const topKeys = [
  'metrics',
  'units',
  'commendations',
  'spaces',
  'pledges',
  'pledgeTemplates',
  'boundaries',
  'provenance',
];

/**
 * `{ "version": 1 }` with arbitrary contents under the real top-level fields, so that the
 * schema itself (not only the version check) meets them.
 */
const arbitraryShell = fc
  .tuple(
    fc.dictionary(fc.constantFrom(...topKeys), fc.oneof(anyJson, fc.array(fc.dictionary(fc.string(), anyJson)))),
    fc.constantFrom('value', 'text'),
  )
  .map(([fields, form]) => {
    const doc = { version: 1, ...fields };
    const how = `{"version":1} with ${brief(fields, 200)}`;
    return form === 'value'
      ? new FuzzCase(doc, `${how} as a value`, false)
      : new FuzzCase(JSON.stringify(doc), `${how} as text`, true);
  });

const arbitraryValue = anyValue.map((value) => new FuzzCase(value, `JavaScript value ${brief(value, 200)}`, false));

/** Every kind of case, mutated fixtures most often (they reach furthest into the checks). */
const casesOf = (names: fc.Arbitrary<FixtureName>): fc.Arbitrary<FuzzCase> =>
  fc.oneof(
    { weight: 6, arbitrary: mutatedOf(names) },
    { weight: 2, arbitrary: truncatedOf(names) },
    { weight: 1, arbitrary: arbitraryJson },
    { weight: 1, arbitrary: arbitraryShell },
    { weight: 1, arbitrary: arbitraryValue },
  );

/** Cases built on every fixture. */
export const fuzzCase = casesOf(fc.constantFrom(...fixtureNames));

/**
 * A fixture whose strings stay strings and numbers numbers (odd text, extreme figures): it
 * often stays valid, so the widget draws it rather than its error view.
 */
const oddButTyped = (name: FixtureName) =>
  fc
    .record({
      mutations: fc.array(
        fc.record({ op: fc.constant('same-type' as const), pick: fc.nat(), text: oddText, number: oddNumber }),
        { minLength: 1, maxLength: 4 },
      ),
      form: fc.constantFrom('value', 'text'),
    })
    .map(({ mutations, form }) => {
      const doc = fixture(name);
      const { done } = mutate(doc, mutations);
      const how = `${name}.json as ${form === 'value' ? 'a value' : 'text'}: ${done.join('; ')}`;
      return form === 'value' ? new FuzzCase(doc, how, false) : new FuzzCase(JSON.stringify(doc), how, true);
    });

/** Cases for a widget: built on its own fixture, half of them odd but typed, and the fixture-free kinds. */
export const fuzzCaseFor = (name: FixtureName) =>
  fc.oneof({ weight: 5, arbitrary: oddButTyped(name) }, { weight: 6, arbitrary: casesOf(fc.constant(name)) });

// ---------------------------------------------------------------- big documents

let bigBase: unknown;

/**
 * A generated document with more commendations than one slice of the reader (SLICE, 2000):
 * read with `onFirst`, it is checked in slices (read-in-slices.ts). `makeBig` builds it.
 */
export function setBigBase(doc: unknown): void {
  bigBase = doc;
}

/** The big document with 0–2 mutations (typed or not), as a value or as text. */
export const bigCase: fc.Arbitrary<FuzzCase> = fc
  .record({
    mutations: fc.array(
      fc.oneof(
        fc.record({ op: fc.constant('same-type' as const), pick: fc.nat(), text: oddText, number: oddNumber }),
        mutation,
      ),
      { maxLength: 2 },
    ),
    form: fc.constantFrom('value', 'text'),
  })
  .map(({ mutations, form }) => {
    if (bigBase === undefined) throw new Error('setBigBase first');
    const doc = structuredClone(bigBase);
    const { done, raw } = mutate(doc, mutations);
    const how = `the big document as ${form === 'value' ? 'a value' : 'text'}: ${done.join('; ') || 'unchanged'}`;
    return form === 'value' ? new FuzzCase(doc, how, false) : new FuzzCase(serialise(doc, raw, 0, false), how, true);
  });

// ---------------------------------------------------------------- CSV lists (the commendation table)

const csvHeaders = [
  'Họ và tên',
  'Tên tập thể',
  'Tên',
  'Hình thức',
  'Cấp khen',
  'Cơ quan khen',
  'Năm',
  'Ngày quyết định',
  'Số quyết định',
  'Loại',
  'Chức vụ',
  'Đơn vị',
  'Thành tích',
  'Trạng thái',
  'STT',
  'Ghi chú',
];

const csvCell = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'Nguyễn Văn A',
      'Đảng bộ Phường 4',
      'Giấy khen',
      'Bằng khen',
      'Quận ủy',
      'UBND Quận 11',
      '2017',
      '21/05/2018',
      '2018-05-21',
      '31/02/2018',
      '123/QĐ-UBND',
      'Tập thể',
      'Cá nhân',
      'Thu hồi',
      '',
    ),
  },
  fc.constantFrom('1e999', 'NaN', '-1', '99999', '"', '""', 'a"b', 'x\ny', ';', ',', '\t', "'=SUM(A1)", '=1+1', ' '),
  oddString,
  fc.constantFrom('x'.repeat(3000)),
);

const quoteCell = (cell: string, separator: string) =>
  /["\n\r]/.test(cell) || cell.includes(separator) ? `"${cell.replace(/"/g, '""')}"` : cell;

/** A CSV commendation list: a header of known (and unknown) columns, odd cells, sometimes cut. */
export const csvCase: fc.Arbitrary<FuzzCase> = fc
  .record({
    header: fc.uniqueArray(fc.constantFrom(...csvHeaders), { minLength: 1, maxLength: 8 }),
    rows: fc.array(fc.array(csvCell, { maxLength: 9 }), { maxLength: 6 }),
    separator: fc.constantFrom(',', ';', '\t'),
    newline: fc.constantFrom('\n', '\r\n'),
    bom: fc.boolean(),
    quoteRaw: fc.boolean(),
    cut: sometimes(fc.nat(), 5),
  })
  .map(({ header, rows, separator, newline, bom, quoteRaw, cut }) => {
    // quoteRaw: cells written without quoting, as a hand-made file might be.
    const line = (cells: string[]) => cells.map((c) => (quoteRaw ? c : quoteCell(c, separator))).join(separator);
    let text = (bom ? '\uFEFF' : '') + [header, ...rows].map(line).join(newline);
    let how = `CSV ${JSON.stringify(text.length > 400 ? text.slice(0, 400) + '…' : text)}`;
    if (cut !== null) {
      const at = cut % (text.length + 1);
      how += ` cut at ${at}`;
      text = text.slice(0, at);
    }
    return new FuzzCase(text, how, true, true);
  });
