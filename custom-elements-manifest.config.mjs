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

export default {
  litelement: true,
  // package.json already names the manifest; do not rewrite it on every analysis.
  packagejson: false,
  plugins: [safeDefineCalls()],
};
