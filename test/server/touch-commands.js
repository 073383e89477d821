// Test-runner commands for touch, through the Chrome DevTools Protocol of the test's page:
// real touch input as a phone sends it, which @web/test-runner-commands does not offer.
//   executeServerCommand('touch-emulation', { enabled })  pages report touch support (d3-zoom
//                                                           listens for touches only then)
//   executeServerCommand('pinch', { centre: [x, y], from, to, steps })  two fingers on a
//                                                           horizontal line, `from` px apart, to `to`
const sessions = new WeakMap();

async function cdpOf(session) {
  const page = session.browser.getPage(session.id);
  if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
  return sessions.get(page);
}

export function touchCommands() {
  return {
    name: 'lamtheo-touch-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'touch-emulation' && command !== 'pinch') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`${command}: needs the Chrome launcher`);
      const cdp = await cdpOf(session);
      if (command === 'touch-emulation') {
        await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: payload.enabled, maxTouchPoints: 2 });
        return true;
      }
      const { centre, from, to, steps = 8 } = payload;
      const fingers = (gap) => [
        { x: centre[0] - gap / 2, y: centre[1], id: 1 },
        { x: centre[0] + gap / 2, y: centre[1], id: 2 },
      ];
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(from) });
      for (let i = 1; i <= steps; i++)
        await cdp.send('Input.dispatchTouchEvent', {
          type: 'touchMove',
          touchPoints: fingers(from + ((to - from) * i) / steps),
        });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      return true;
    },
  };
}
