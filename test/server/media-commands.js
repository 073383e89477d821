// Test-runner commands for the condition matrix (test/matrix/), through Puppeteer's page (the
// Chrome launcher). @web/test-runner-commands' emulateMedia does not pass `forced-colors` on with
// the Chrome launcher, and each call replaces the features the previous one set, so the matrix
// sets every feature of a cell in one call (Puppeteer's emulateMediaFeatures, which reaches the
// test's iframes; a CDP session of our own did not):
//   executeServerCommand('lamtheo-media', { features: [{ name: 'forced-colors', value: 'active' }, …] })
//       an empty list ends the emulation of media features
//   executeServerCommand('matrix-cells')
//       the LAMTHEO_MATRIX of the runner's environment: 'full' (all 60 cells), a comma-separated
//       list of cell names (375-os-dark-200-vi,…), or '' (the pairwise cover)
//   executeServerCommand('matrix-record', { cell, widget, problems })
//       appends one line of JSON to .tmp/matrix/results.jsonl (emptied when the runner starts),
//       which scripts/matrix-report.js turns into .tmp/matrix-report.md
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const results = resolve(import.meta.dirname, '../../.tmp/matrix/results.jsonl');

export function mediaCommands() {
  let started = false;
  return {
    name: 'lamtheo-media-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'matrix-cells') return process.env.LAMTHEO_MATRIX ?? '';
      if (command === 'matrix-record') {
        if (!started) {
          mkdirSync(resolve(results, '..'), { recursive: true });
          writeFileSync(results, '');
          started = true;
        }
        appendFileSync(results, `${JSON.stringify(payload)}\n`);
        return true;
      }
      if (command !== 'lamtheo-media') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`${command}: needs the Chrome launcher`);
      const page = session.browser.getPage(session.id);
      const features = payload.features ?? [];
      await page.emulateMediaFeatures(features);
      return true;
    },
  };
}
