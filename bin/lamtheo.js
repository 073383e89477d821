#!/usr/bin/env node
// lamtheo's command line: `npx lamtheo validate <file|pattern...>` and `npx lamtheo receiver …`. The checker itself is
// TypeScript, built into dist/cli.js by `npm run build` (Node 20 cannot run TypeScript).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

// `lamtheo receiver …` is the pledge receiver (dist/receiver.js); everything else the checker.
const receiver = process.argv[2] === 'receiver';
const cli = fileURLToPath(new URL(receiver ? '../dist/receiver.js' : '../dist/cli.js', import.meta.url));
if (!existsSync(cli)) {
  console.error(`lamtheo: thiếu ${cli} — chạy "npm run build" trước (run "npm run build" first).`);
  process.exit(2);
}
const mod = await import(pathToFileURL(cli).href);
process.exitCode = receiver ? await mod.runReceiverCli(process.argv.slice(3)) : await mod.runCli(process.argv.slice(2));
