// custom-elements.json is the elements' API: Storybook's API tables and editors' completions
// are built from it. It must hold only what a portal may use, each part with its description.
// This test runs the analyzer (with custom-elements-manifest.config.mjs) into a temporary
// folder and reads what it wrote; the tags and events it expects are read from src/, so a new
// element is checked as soon as it is defined.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');
// The analyzer writes under the working folder: a git-ignored one of this run's own.
const outdir = `.tmp/cem-${process.pid}`;
const out = join(root, outdir);
const cem = join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js');
try {
  execFileSync(process.execPath, [cem, 'analyze', '--quiet', '--outdir', outdir], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
} catch (error) {
  rmSync(out, { recursive: true, force: true });
  throw error;
}
const manifest = JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8'));
rmSync(out, { recursive: true, force: true });

function* sources(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (entry.name.endsWith('.ts') && !/\.(test|d)\.ts$/.test(entry.name)) yield path;
  }
}
const source = [...sources(join(root, 'src'))].map((file) => readFileSync(file, 'utf8')).join('\n');

/** Every tag src/ defines, and every event it fires (an event class's `type`, or a CustomEvent's name). */
const definedTags = new Set([...source.matchAll(/safeDefine\(\s*'(lamtheo-[\w-]+)'/g)].map((m) => m[1]));
const firedEvents = new Set(
  [...source.matchAll(/static readonly type = '(lamtheo-[\w-]+)'|new CustomEvent\(\s*'(lamtheo-[\w-]+)'/g)].map(
    (m) => m[1] ?? m[2],
  ),
);
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const tokens = [...readFileSync(join(root, 'src/styles/tokens.ts'), 'utf8').matchAll(/var\((--lamtheo-[\w-]+)/g)].map(
  (m) => m[1],
);

/** Names of state that once reached Storybook's tables as if it were API. */
const knownPrivate = [
  'uid',
  'windowing',
  'announceTimer',
  'urlView',
  'trap',
  'setupFor',
  'mapBox',
  'canvas',
  'model',
  'shown',
  'query',
  'strings',
  'source',
  'problems',
  'reported',
  'readSource',
  'select',
  'clock',
  'formAssociated',
  'styles',
];
const kinds = ['members', 'attributes', 'events', 'slots', 'cssParts', 'cssProperties'];

test('the manifest describes every tag src/ defines, each with its description', () => {
  assert.ok(definedTags.size >= 7, `tags found in src/: ${[...definedTags]}`);
  assert.deepEqual(elements.map((e) => e.tagName).sort(), [...definedTags].sort());
  const bare = elements.filter((e) => !e.description?.trim()).map((e) => e.tagName);
  assert.deepEqual(bare, [], 'elements without a description (the JSDoc right above the class)');
});

test('every attribute, property, event, slot, part and custom property has a description', () => {
  const bare = [];
  for (const element of elements)
    for (const kind of kinds)
      for (const item of element[kind] ?? [])
        if (!item.description?.trim()) bare.push(`${element.tagName} ${kind} ${item.name || '(default)'}`);
  assert.deepEqual(bare, []);
});

test('no private, protected, static or internal member reaches the manifest', () => {
  const leaked = [];
  for (const element of elements) {
    for (const kind of ['members', 'attributes']) {
      for (const item of element[kind] ?? []) {
        const name = item.fieldName ?? item.name;
        if (
          knownPrivate.includes(name) ||
          /^[_#]/.test(name) ||
          item.privacy === 'private' ||
          item.privacy === 'protected' ||
          item.static
        )
          leaked.push(`${element.tagName} ${kind} ${name}`);
      }
    }
  }
  assert.deepEqual(leaked, []);
});

test('the events listed are the ones the elements fire', () => {
  assert.ok(firedEvents.has('lamtheo-error') && firedEvents.has('lamtheo-state'), [...firedEvents].join());
  const wrong = [];
  for (const element of elements) {
    const names = (element.events ?? []).map((e) => e.name);
    for (const name of names) if (!firedEvents.has(name)) wrong.push(`${element.tagName} lists "${name}"`);
    // Every element with a `state` announces it; every widget that reads data (`src`) announces its problems too.
    const has = (attribute) => element.attributes?.some((a) => a.name === attribute);
    const announced = has('state') ? ['lamtheo-state', ...(has('src') ? ['lamtheo-error'] : [])] : [];
    for (const name of announced) if (!names.includes(name)) wrong.push(`${element.tagName} does not list ${name}`);
  }
  assert.deepEqual(wrong, []);
});

test('every themed element documents every theme token', () => {
  assert.ok(tokens.length >= 10, `tokens read from tokens.ts: ${tokens}`);
  const missing = [];
  for (const element of elements) {
    // The `theme` attribute comes with the tokens (LamtheoElement's styles).
    if (!element.attributes?.some((a) => a.name === 'theme')) continue;
    const documented = new Set((element.cssProperties ?? []).map((p) => p.name));
    for (const token of new Set(tokens)) if (!documented.has(token)) missing.push(`${element.tagName} ${token}`);
  }
  assert.deepEqual(missing, []);
});

test('no element has an attribute or property and a CSS part of the same name (API tables key rows by name)', () => {
  const clashes = [];
  for (const element of elements) {
    const names = new Set([...(element.attributes ?? []), ...(element.members ?? [])].map((item) => item.name));
    for (const part of element.cssParts ?? [])
      if (names.has(part.name)) clashes.push(`${element.tagName} ${part.name}`);
  }
  assert.deepEqual(clashes, []);
});
