// npm run build: ES modules + classic script + type declarations + custom-elements.json.
// Each step prints one line; the first failure stops the build with its message.
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = (name) => resolve(root, 'node_modules/.bin', name);
const quiet = { root, logLevel: 'warn', configFile: resolve(root, 'vite.config.ts') };

rmSync(resolve(root, 'dist'), { recursive: true, force: true });

await build(quiet);
console.log('✓ ES modules      dist/lamtheo.js, dist/all.js and family entries');

await build({
  ...quiet,
  build: {
    lib: false,
    emptyOutDir: false,
    outDir: 'dist',
    sourcemap: true,
    target: 'es2022',
    rolldownOptions: {
      input: resolve(root, 'src/iife.ts'),
      output: { format: 'iife', entryFileNames: 'lamtheo.iife.js' },
    },
  },
});
console.log('✓ classic script  dist/lamtheo.iife.js');

execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
console.log('✓ declarations    dist/types/');

execFileSync(
  bin('cem'),
  ['analyze', '--litelement', '--globs', 'src/**/*.ts', '--quiet'],
  { cwd: root, stdio: 'inherit' },
);
console.log('✓ manifest        custom-elements.json');
