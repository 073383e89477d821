/**
 * A section of the README, from its `## ` heading to the next one: Storybook's pages show the
 * README's own words (the Frameworks page shows the snippets test/node/frameworks.test.mjs runs),
 * so the two cannot drift apart. Throws when the heading is gone, so the build says so.
 */
export function readmeSection(readme: string, heading: string): string {
  const start = readme.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README.md has no section "## ${heading}"`);
  const body = readme.slice(start + 1);
  const end = body.indexOf('\n## ', 4);
  return (end < 0 ? body : body.slice(0, end))
    .replace(/^## .*\n/, '')
    .replace(/<!--[\s\S]*?-->\n?/g, '')
    .trim();
}
