// executeServerCommand('emulate-media-features', [{ name, value }, …]): any CSS media feature,
// through puppeteer, which the Chrome launcher drives. @web/test-runner-commands' emulateMedia
// knows only prefers-color-scheme and prefers-reduced-motion there; this adds forced-colors.
// The features given replace all earlier ones (emulateMedia's too).
export function mediaCommands() {
  return {
    name: 'lamtheo-media-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`${command}: needs the Chrome launcher`);
      await session.browser.getPage(session.id).emulateMediaFeatures(payload);
      return true;
    },
  };
}
