import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/pledge/index.js';
import { dataset } from '../test/components/pledge/pledge-data.js';

/**
 * The pledges people agreed to publish (`public: true`) in the Bến Tre 2017 data, grouped by
 * unit and searchable without tone marks. Its API page lists what the element takes.
 */
const meta: Meta = {
  title: 'Widgets/Pledge list',
  component: 'lamtheo-pledge-list',
};
export default meta;

type Story = StoryObj;

/** The public pledges, grouped by unit and searchable without tone marks. */
export const PublicList: Story = {
  name: 'Public list',
  render: () => html`<lamtheo-pledge-list .data=${dataset}></lamtheo-pledge-list>`,
};

/** In English, inside an element with `lang="en"`. */
export const English: Story = {
  render: () => html`<div lang="en"><lamtheo-pledge-list .data=${dataset}></lamtheo-pledge-list></div>`,
};
