// Runs the real command line from a browser test, on text the page made (the studio's export):
//   executeServerCommand('lamtheo-validate', { name, text })  →  { status, output, path }
// `name` is the file name the administrator would save (only its last part is used); the text is
// written as the administrator publishes it, under .tmp/published/<run>/ (served by the test
// server at `path`), and checked by `node bin/lamtheo.js validate <file>`, as
// `npx lamtheo validate` does (it needs dist/cli.js: `npm test` builds first).
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin/lamtheo.js');

export function cliCommands() {
  return {
    name: 'lamtheo-cli-commands',
    async executeCommand({ command, payload }) {
      if (command !== 'lamtheo-validate') return undefined;
      await mkdir(join(root, '.tmp/published'), { recursive: true });
      const dir = await mkdtemp(join(root, '.tmp/published/run-'));
      const file = join(dir, basename(String(payload?.name ?? 'du-lieu.json')) || 'du-lieu.json');
      await writeFile(file, String(payload?.text ?? ''), 'utf8');
      const path = `/${relative(root, file).split('\\').join('/')}`;
      return new Promise((resolve) =>
        execFile(process.execPath, [bin, 'validate', file], { timeout: 60_000 }, (error, stdout, stderr) =>
          resolve({ status: error ? (error.code ?? 1) : 0, output: `${stdout}${stderr}`, path }),
        ),
      );
    },
  };
}
