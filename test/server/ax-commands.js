// Test-runner commands for what a screen reader or a high-contrast theme is given, through
// puppeteer (the Chrome launcher):
//   executeServerCommand('ax-nodes')  → [{ role, name }]: the page's accessibility tree from
//       Chromium, flattened in tree order, without scrolling anything into view first
//   executeServerCommand('forced-colors', { active })  emulates forced colours (Windows high
//       contrast); @web/test-runner's emulateMedia ignores `forcedColors` under puppeteer.
//       Note: it replaces any other emulated media features.
export function axCommands() {
  return {
    name: 'lamtheo-ax-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'ax-nodes' && command !== 'forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`${command}: needs the Chrome launcher`);
      const page = session.browser.getPage(session.id);
      if (command === 'forced-colors') {
        await page.emulateMediaFeatures([{ name: 'forced-colors', value: payload.active ? 'active' : 'none' }]);
        return true;
      }
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
