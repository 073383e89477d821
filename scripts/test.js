// npm test: build (the tests load the built files too), Node's tests, then every test in headless Chromium.
// Extra arguments go to web-test-runner, e.g. `npm test -- --files test/schema/**/*.test.ts`.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { chromePath, installHint } from './chrome.js';

const root = resolve(import.meta.dirname, '..');
if (!chromePath()) {
  console.error(installHint);
  process.exit(1);
}
const run = (command, args) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
const browserOnly = process.argv.includes('--files');
if (process.env.LAMTHEO_SKIP_BUILD !== '1') run(process.execPath, ['scripts/build.js']);
// Node's own tests (the CLI end to end, the JSON Schema checked by ajv), unless only some
// browser test files were asked for. The browser run comes last: its summary ends the output.
if (!browserOnly) run(process.execPath, ['--test', '--test-reporter=dot', 'test/node/']);
run(process.execPath, [resolve(root, 'node_modules/@web/test-runner/dist/bin.js'), ...process.argv.slice(2)]);
