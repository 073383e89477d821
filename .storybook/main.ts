import { createRequire } from 'node:module';
import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';

// MDX pages (stories/Introduction.mdx) and the Docs tab need @storybook/addon-docs. Without it
// Storybook still builds: the stories and their Controls panel (fed by custom-elements.json) work.
const hasDocs = (() => {
  try {
    createRequire(import.meta.url).resolve('@storybook/addon-docs/package.json');
    return true;
  } catch {
    console.warn(
      'lamtheo: @storybook/addon-docs is not installed, so the Introduction and API pages are missing' +
        ' (npm install -D @storybook/addon-docs@10.6.7).',
    );
    return false;
  }
})();

const config: StorybookConfig = {
  stories: [...(hasDocs ? ['../stories/**/*.mdx'] : []), '../stories/**/*.stories.ts'],
  // GitHub-flavoured Markdown in the MDX pages: without remark-gfm their tables show as raw `| … |` text.
  addons: hasDocs
    ? [
        {
          name: '@storybook/addon-docs',
          options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
        },
      ]
    : [],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Offline machines: telemetry makes builds slow and noisy.
  core: { disableTelemetry: true },
  docs: { defaultName: 'API' },
  // vite.config.ts at the root is the library build (lib mode, output into dist/). Storybook's
  // builder reads it but keeps only `build.target` of its `build`; drop lib mode and the dev
  // server's `open` here too, so a later change to either file cannot turn the Storybook build
  // into a library build that writes into dist/ (other builds and tests read it).
  async viteFinal(config) {
    const { lib: _lib, ...build } = config.build ?? {};
    return {
      ...config,
      // Storybook's own manager and preview bundles are large by nature; that warning is noise here.
      build: { ...build, chunkSizeWarningLimit: 2048 },
      server: { ...config.server, open: false },
      // In dev, Storybook's renderer imports `lit/directive-helpers.js`; unless it is pre-bundled
      // with `lit` the page gets two copies of lit-html ("Multiple versions of Lit loaded").
      optimizeDeps: {
        ...config.optimizeDeps,
        include: [...(config.optimizeDeps?.include ?? []), 'lit', 'lit/directive-helpers.js', 'lit/decorators.js'],
      },
    };
  },
};

export default config;
