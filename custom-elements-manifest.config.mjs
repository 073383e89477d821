/**
 * Settings for `cem analyze` (npm run analyze, scripts/build.js).
 *
 * lamtheo defines its elements with `safeDefine('lamtheo-x', LamtheoX)` (src/internal/safe-define.ts),
 * which the analyzer does not recognise as `customElements.define`: without the plugin below the
 * manifest has no tag names, and Storybook's API tables (looked up by tag name) stay empty.
 */
function safeDefineCalls() {
  return {
    name: 'lamtheo-safe-define',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
      if (node.expression.text !== 'safeDefine') return;
      const [tag, element] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !element || !ts.isIdentifier(element)) return;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tag.text,
          declaration: {
            name: element.text,
            module: declaredIn(ts, node.getSourceFile(), element.text, moduleDoc.path),
          },
        },
      ];
    },
    // safeDefine's own `customElements.define(tag, element)` reads as an element named "tag":
    // a custom element name always has a hyphen, so drop definitions without one.
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        mod.exports = mod.exports?.filter((e) => e.kind !== 'custom-element-definition' || e.name.includes('-'));
      }
    },
  };
}

/** The module a class comes from: the file that imports it (`./counter.js` → src/…/counter.ts), or this one. */
function declaredIn(ts, sourceFile, name, here) {
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const named = statement.importClause?.namedBindings;
    if (!named || !ts.isNamedImports(named) || !named.elements.some((e) => e.name.text === name)) continue;
    const dir = here.slice(0, here.lastIndexOf('/') + 1);
    return new URL(statement.moduleSpecifier.text.replace(/\.js$/, '.ts'), `file:///${dir}`).pathname.slice(1);
  }
  return here;
}

/**
 * The manifest is the elements' API (Storybook's API tables, editors' completions): only what a
 * portal may use, each with its description. Dropped here:
 * - private and protected members, static ones (`formAssociated`, `styles`), names starting
 *   with `_` or `#`, and members whose JSDoc says `@internal` (hooks the data layer calls);
 * - attributes of members dropped above;
 * - events the analyzer guessed from `dispatchEvent(new LamtheoErrorEvent(warnings, …))`
 *   (it takes the first argument for the name): only the `@fires` of the class's JSDoc count;
 * - every declaration that is not an element with a tag (helpers, the base classes, whose
 *   members the elements already list as inherited), and modules left empty: the manifest
 *   ships in the package, and without them it is a tenth of the size.
 */
function publicApiOnly() {
  /** `Class.member` of every member marked `@internal`. */
  const internal = new Set();
  const hidden = (member, owner) =>
    member.privacy === 'private' ||
    member.privacy === 'protected' ||
    member.static === true ||
    /^[_#]/.test(member.name) ||
    internal.has(`${member.inheritedFrom?.name ?? owner}.${member.name}`);
  return {
    name: 'lamtheo-public-api',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        if (!member.name || !ts.getJSDocTags(member).some((t) => t.tagName.text === 'internal')) continue;
        internal.add(`${node.name.text}.${member.name.getText()}`);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          const owner = declaration.name;
          const dropped = new Set((declaration.members ?? []).filter((m) => hidden(m, owner)).map((m) => m.name));
          if (declaration.members) declaration.members = declaration.members.filter((m) => !dropped.has(m.name));
          if (declaration.attributes)
            declaration.attributes = declaration.attributes.filter((a) => !dropped.has(a.fieldName));
          if (declaration.events)
            declaration.events = declaration.events.filter((e) => e.name?.startsWith('lamtheo-') && e.description);
        }
      }
      customElementsManifest.modules = customElementsManifest.modules.filter((mod) => {
        mod.declarations = (mod.declarations ?? []).filter((d) => d.customElement && d.tagName);
        const kept = new Set(mod.declarations.map((d) => d.name));
        mod.exports = (mod.exports ?? []).filter(
          (e) =>
            e.kind === 'custom-element-definition' ||
            (e.declaration.module === mod.path && kept.has(e.declaration.name)),
        );
        return mod.declarations.length > 0 || mod.exports.length > 0;
      });
    },
  };
}

/**
 * The theme tokens (src/styles/tokens.ts) on every element that reads them, from one list: the
 * `@cssprop` lines of `tokens`' JSDoc. An element reads them when its `static styles` (its own
 * or the nearest ancestor's) names `tokens` or a parent's `styles`; `<lamtheo-dataset>`, which
 * shows nothing, has styles of its own. The analysis fails when a `--lamtheo-*` property of
 * the tokens has no line in that list.
 */
function themeTokens() {
  let documented = [];
  /** Class name → whether its own `static styles` includes the tokens; absent when it has none. */
  const readsTokens = new Map();
  return {
    name: 'lamtheo-theme-tokens',
    analyzePhase({ ts, node, moduleDoc }) {
      if (ts.isClassDeclaration(node) && node.name) {
        const styles = node.members.find(
          (m) => ts.isPropertyDeclaration(m) && m.name.getText() === 'styles' && m.initializer,
        );
        if (styles) readsTokens.set(node.name.text, /\btokens\b|\.styles\b/.test(styles.initializer.getText()));
      }
      if (!moduleDoc.path.endsWith('styles/tokens.ts') || !ts.isVariableStatement(node)) return;
      const declaration = node.declarationList.declarations.find((d) => d.name.getText() === 'tokens');
      if (!declaration) return;
      documented = ts
        .getJSDocTags(node)
        .filter((t) => t.tagName.text === 'cssprop')
        .map((t) => {
          const text = ts.getTextOfJSDocComment(t.comment) ?? '';
          const [, name, description] = /^(--[\w-]+)\s+-\s+(.+)$/s.exec(text.trim()) ?? [];
          if (!name) throw new Error(`tokens.ts: "@cssprop ${text}" is not "@cssprop --name - description"`);
          return { name, description: description.replace(/\s+/g, ' ') };
        });
      const used = new Set(declaration.initializer.getText().match(/--lamtheo-[\w-]+/g));
      const missing = [...used].filter((name) => !documented.some((d) => d.name === name));
      if (missing.length) throw new Error(`tokens.ts: no @cssprop line for ${missing.join(', ')}`);
    },
    packageLinkPhase({ customElementsManifest }) {
      const classes = new Map();
      for (const mod of customElementsManifest.modules)
        for (const d of mod.declarations ?? []) if (d.kind === 'class') classes.set(d.name, d);
      const reads = (name, seen = new Set()) => {
        if (readsTokens.has(name)) return readsTokens.get(name);
        const parent = classes.get(name)?.superclass?.name;
        return !!parent && !seen.has(name) && reads(parent, seen.add(name));
      };
      for (const declaration of classes.values()) {
        if (!declaration.customElement || !reads(declaration.name)) continue;
        const own = declaration.cssProperties ?? [];
        const shared = documented.filter((t) => !own.some((p) => p.name === t.name));
        declaration.cssProperties = [...own, ...shared];
      }
    },
  };
}

export default {
  // The same files for `npm run analyze` and the build (which ships the manifest).
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.d.ts'],
  litelement: true,
  // package.json already names the manifest; do not rewrite it on every analysis.
  packagejson: false,
  plugins: [safeDefineCalls(), publicApiOnly(), themeTokens()],
};
