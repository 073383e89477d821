#!/usr/bin/env node
// lamtheo's command line: `npx lamtheo validate <file|pattern...>`. The checker itself is
// TypeScript, built into dist/cli.js by `npm run build` (Node 20 cannot run TypeScript).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
if (!existsSync(cli)) {
  console.error('lamtheo: thiếu dist/cli.js — chạy "npm run build" trước (run "npm run build" first).');
  process.exit(2);
}
const { runCli } = await import(pathToFileURL(cli).href);
process.exitCode = await runCli(process.argv.slice(2));
