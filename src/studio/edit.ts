/**
 * Edits of the draft, as the studio applies them: every form, the raw JSON view and the
 * records and spaces editors send "set the draft at this path to this value"
 * (`lamtheo-studio-edit`), and `setAt` applies it without changing the draft it was given
 * (Lit sees a new object, the undo of a preview is a reference). Pure functions, no DOM.
 */
export type EditPath = readonly (string | number)[];

/** The event every editor of the studio fires: set the draft at `path` to `value` (`undefined` removes it). */
export class StudioEditEvent extends Event {
  static readonly type = 'lamtheo-studio-edit';
  constructor(readonly detail: { path: EditPath; value: unknown }) {
    super(StudioEditEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'lamtheo-studio-edit': CustomEvent<{ path: EditPath; value: unknown }> | StudioEditEvent;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A copy of `root` with `value` at `path`: the objects and lists along the path are copied,
 * the rest shared. Missing steps are created (a list for a number, an object for a name).
 * `undefined` removes an object's key, or the item of a list. An empty path replaces the root.
 */
export function setAt(root: unknown, path: EditPath, value: unknown): unknown {
  if (path.length === 0) return value;
  const [step, ...rest] = path;
  if (typeof step === 'number') {
    const list = Array.isArray(root) ? [...(root as unknown[])] : [];
    const next = setAt(list[step], rest, value);
    if (next === undefined && rest.length === 0) list.splice(step, 1);
    else list[step] = next;
    return list;
  }
  const object: Record<string, unknown> = isRecord(root) ? { ...root } : {};
  // `__proto__` as a key would change the copy's prototype: the draft holds it as data instead.
  const next = setAt(Object.hasOwn(object, step) ? object[step] : undefined, rest, value);
  if (next === undefined) delete object[step];
  else Object.defineProperty(object, step, { value: next, enumerable: true, writable: true, configurable: true });
  return object;
}

/** The value at `path`, or undefined. */
export function getAt(root: unknown, path: EditPath): unknown {
  let value = root;
  for (const step of path) {
    if (typeof step === 'number' ? !Array.isArray(value) : !isRecord(value)) return undefined;
    const holder = value as Record<string | number, unknown>;
    value = Object.hasOwn(holder, step) ? holder[step] : undefined;
  }
  return value;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `['metrics', 0, 'target', 'value']` → `metrics[0].target.value`, as the checker writes paths. */
export function pathText(path: EditPath): string {
  let out = '';
  for (const step of path) {
    if (typeof step === 'number') out += `[${step}]`;
    else if (IDENTIFIER.test(step)) out += out === '' ? step : `.${step}`;
    else out += `[${JSON.stringify(step)}]`;
  }
  return out;
}

/** A text field's value as the data holds it: blank text is no value at all. */
export const textValue = (text: string): string | undefined => (text.trim() === '' ? undefined : text);

/**
 * A number field's value: Vietnamese writes "11.368" and "98,8", so dots between groups of
 * three digits are thousands separators and a comma is the decimal point. Blank is no value;
 * anything else that is not a number stays as text, so the checker says what is wrong with it
 * at its field rather than the studio dropping what was typed.
 */
export function numberValue(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const grouped = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(trimmed) ? trimmed.replace(/\./g, '') : trimmed;
  const plain = grouped.replace(',', '.');
  const number = Number(plain);
  return /^-?\d+(\.\d+)?$/.test(plain) && Number.isFinite(number) ? number : text;
}

/** A new id not yet used in `taken`: `chi-so-3`. */
export function freshId(prefix: string, taken: Iterable<unknown>): string {
  const used = new Set([...taken].map(String));
  for (let n = 1; ; n++) if (!used.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
}
