import { html, type TemplateResult } from 'lit';
import { until } from 'lit/directives/until.js';
import type { StoryObj } from '@storybook/web-components-vite';
import { checkDataset } from '../src/data/read.js';

/** The problems of a dataset, worded by the same checker the widgets and the CLI use. */
async function problemsOf(dataset: unknown, lang: 'vi' | 'en'): Promise<TemplateResult> {
  const result = await checkDataset(dataset, { lang });
  const problems = result.ok ? result.warnings : result.problems;
  const title = lang === 'en' ? 'Problems in the data' : 'Lỗi trong dữ liệu';
  if (!problems.length)
    return html`<p class="playground-ok">${lang === 'en' ? 'No problems in the data.' : 'Dữ liệu không có lỗi.'}</p>`;
  return html`<h3>${title} (${problems.length})</h3>
    <ul>
      ${problems.map(
        (problem) =>
          html`<li>
            <strong
              >${problem.severity === 'error' ? (lang === 'en' ? 'Error' : 'Lỗi') : lang === 'en' ? 'Warning' : 'Cảnh báo'}</strong
            >
            <code>${problem.path || '(tệp)'}</code>: ${problem.message}
          </li>`,
      )}
    </ul>`;
}

/**
 * A "Playground" story: the dataset is a control (Controls panel, "dataset", as JSON), and as it
 * is edited the widget and the list of the data's problems below it update, so a developer sees
 * what an administrator's mistake does before it reaches a portal.
 */
export function playground(
  dataset: Record<string, unknown>,
  widget: (data: unknown) => TemplateResult,
  /** What the page adds that is too big to edit as JSON (the map's boundaries). */
  fixed: Record<string, unknown> = {},
): StoryObj {
  return {
    args: { dataset },
    argTypes: { dataset: { control: 'object', description: 'The dataset, as the widget reads it (edit it here).' } },
    parameters: { docs: { disable: false } },
    render: (args, { globals }) => {
      const lang = globals.lang === 'en' ? 'en' : 'vi';
      const data = { ...(args.dataset as Record<string, unknown>), ...fixed };
      return html`${widget(data)}
        <section class="playground-problems" aria-live="polite" style="margin-block-start: 1.5em; font-size: 0.9em">
          ${until(problemsOf(data, lang), '')}
        </section>`;
    },
  };
}
