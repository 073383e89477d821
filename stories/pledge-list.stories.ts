import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/pledge/index.js';
import { dataset } from '../test/components/pledge/pledge-data.js';

/**
 * The pledges of Bến Tre 2017 that their authors agreed to publish (seed 002: leaders' pledges
 * published "để nhân dân giám sát"), grouped by unit and searchable without tone marks.
 */
const meta: Meta = {
  title: 'Widgets/Pledge list',
  component: 'lamtheo-pledge-list',
  render: () => html`<lamtheo-pledge-list .data=${dataset}></lamtheo-pledge-list>`,
};
export default meta;

type Story = StoryObj;

/** The public pledges, grouped by unit with a count per unit; type "hoa" to find "Hòa". */
export const PublicList: Story = { name: 'Public list' };

/** In English, inside an element with `lang="en"`. */
export const English: Story = {
  decorators: [(story) => html`<div lang="en">${story()}</div>`],
};

/** A file with no public pledge yet: the list says so rather than showing an empty box. */
export const NothingPublic: Story = {
  name: 'Nothing public yet',
  render: () =>
    html`<lamtheo-pledge-list
      .data=${{ ...dataset, pledges: dataset.pledges.map((pledge) => ({ ...pledge, public: false })) }}
    ></lamtheo-pledge-list>`,
};
