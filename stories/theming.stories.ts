import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/index.js';
import tokensSource from '../src/styles/tokens.ts?raw';
import tanBinh from '../test/fixtures/tan-binh-2017.json';
import goVap from '../test/fixtures/go-vap-2007-2011.json';

/**
 * The theme tokens as `src/styles/tokens.ts` declares them (read from the file itself, so this
 * page cannot drift from it): each `--lamtheo-*` property, its light and its dark default.
 */
const tokens = [...tokensSource.matchAll(/var\((--lamtheo-[a-z-]+)(?:, ([^;]+?))?\);/g)].reduce(
  (list, [, name, fallback = '']) => {
    const pair = /^light-dark\((.+), (.+)\)$/.exec(fallback.trim());
    const entry = list.get(name) ?? { name, light: fallback.trim(), dark: '' };
    if (pair) [entry.light, entry.dark] = [pair[1], pair[2]];
    list.set(name, entry);
    return list;
  },
  new Map<string, { name: string; light: string; dark: string }>(),
);

const swatch = (color: string) =>
  /^#/.test(color)
    ? html`<span
        style="display: inline-block; inline-size: 1.2em; block-size: 1.2em; border: 1px solid #888; vertical-align: middle; background: ${color}"
      ></span>`
    : '';

/**
 * Theming: the widgets take the portal's font and size (so its A- / A+ buttons work), follow the
 * page's colour scheme, and can be given the portal's colours by setting `--lamtheo-*`
 * properties on them or on any ancestor, or styled further through `::part()`.
 */
const meta: Meta = {
  title: 'Guides/Theming',
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

/** Every token, with its default on a light page and on a dark one. Set any of them on a widget or an ancestor. */
export const Tokens: Story = {
  render: () =>
    html`<lamtheo-counter
        metric="dang-vien"
        .data=${tanBinh}
        no-animation
        style="max-inline-size: 20em"
      ></lamtheo-counter>
      <table style="border-collapse: collapse; margin-block-start: 1em">
        <thead>
          <tr>
            <th style="text-align: start; padding: 0.25em 1em 0.25em 0">Custom property</th>
            <th style="text-align: start; padding: 0.25em 1em 0.25em 0">Light page</th>
            <th style="text-align: start; padding: 0.25em 1em 0.25em 0">Dark page</th>
          </tr>
        </thead>
        <tbody>
          ${[...tokens.values()].map(
            ({ name, light, dark }) =>
              html`<tr>
                <td style="padding: 0.25em 1em 0.25em 0"><code>${name}</code></td>
                <td style="padding: 0.25em 1em 0.25em 0">${swatch(light)} <code>${light || 'inherited'}</code></td>
                <td style="padding: 0.25em 1em 0.25em 0">
                  ${swatch(dark)} <code>${dark || light || 'inherited'}</code>
                </td>
              </tr>`,
          )}
        </tbody>
      </table>`,
};

const widgets = html`<lamtheo-counter-grid .data=${tanBinh} no-animation></lamtheo-counter-grid>
  <lamtheo-commendation-table .data=${goVap} style="margin-block-start: 1em"></lamtheo-commendation-table>`;

/** A light portal that says nothing about colour schemes: the widgets are light, whatever the visitor's OS says. */
export const LightPortal: Story = {
  name: 'Light portal',
  render: () =>
    html`<div style="background: #e8e1d2; color: #333; padding: 1em; font: 0.8125rem/1.6 Arial, Helvetica, sans-serif">
      ${widgets}
    </div>`,
};

/** A portal that declares `color-scheme: dark`: every token takes its dark value. */
export const DarkPortal: Story = {
  name: 'Dark portal',
  render: () =>
    html`<div
      style="color-scheme: dark; background: #0d1117; color: #e6edf3; padding: 1em; font: 0.8125rem/1.6 Arial, sans-serif"
    >
      ${widgets}
    </div>`,
};

/** The portal's own colours through the tokens, and one part restyled with `::part(value)`. */
export const PortalColours: Story = {
  name: 'Portal colours and parts',
  render: () =>
    html`<style>
        .portal-brand {
          --lamtheo-color-accent: #0b4a8b;
          --lamtheo-color-surface: #fffdf5;
          --lamtheo-color-border: #c9b98f;
          --lamtheo-radius: 0;
        }
        .portal-brand lamtheo-counter::part(value) {
          color: #0b4a8b;
          font-family: Georgia, serif;
        }
      </style>
      <div class="portal-brand" style="padding: 1em; background: #f4efe2">
        <lamtheo-counter
          metric="dang-vien"
          .data=${tanBinh}
          no-animation
          style="max-inline-size: 20em"
        ></lamtheo-counter>
      </div>`,
};

/**
 * Forced colours (Windows high contrast): the widgets drop their own colours for the system's
 * (`CanvasText`, `Canvas`, `Highlight`, `LinkText`) and keep borders and focus rings visible.
 * Storybook cannot switch the OS setting: to see it, open DevTools → Rendering → "Emulate CSS
 * media feature forced-colors: active" on this story; `npm run screens` renders it too.
 */
export const ForcedColours: Story = {
  name: 'Forced colours',
  render: () =>
    html`<p style="font-size: 0.9em">
        DevTools → Rendering → <q>forced-colors: active</q> shows this story as a high-contrast user sees it.
      </p>
      ${widgets}`,
};
