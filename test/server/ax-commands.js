// A test-runner command for what a screen reader is given, through puppeteer (the Chrome
// launcher): executeServerCommand('ax-nodes') → [{ role, name }]: the page's accessibility tree
// from Chromium, flattened in tree order, without scrolling anything into view first.
// (Forced colours: 'lamtheo-media' in media-commands.js.)
export function axCommands() {
  return {
    name: 'lamtheo-ax-commands',
    async executeCommand({ command, session }) {
      if (command !== 'ax-nodes') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`${command}: needs the Chrome launcher`);
      const page = session.browser.getPage(session.id);
      const root = await page.accessibility.snapshot({ interestingOnly: false });
      const nodes = [];
      const walk = (node) => {
        if (!node) return;
        nodes.push({ role: node.role, name: node.name ?? '' });
        for (const child of node.children ?? []) walk(child);
      };
      walk(root);
      return nodes;
    },
  };
}
