import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/studio/index.js';
import type { LamtheoStudio } from '../src/studio/index.js';
import type { StudioTab } from '../src/studio/studio.js';
import type { StarterName } from '../src/studio/starters.js';

/**
 * The studio, where an administrator makes and checks a dataset without typing JSON: each
 * story drives it as a person would (a starter, a field cleared, a widget chosen) to show one
 * state. Drafts are kept under a key of each story's own, cleared at each render.
 */
interface Args {
  lang: 'vi' | 'en';
  starter?: StarterName;
  tab?: StudioTab;
  /** Edits made once the starter is there: [path, value]. */
  edits: [(string | number)[], unknown][];
  /** Widgets chosen for export. */
  chosen: string[];
  /** A draft saved earlier, offered back. */
  saved: boolean;
}

const meta: Meta<Args> = {
  title: 'Administrators/Studio',
  component: 'lamtheo-studio',
  args: { lang: 'vi', edits: [], chosen: [], saved: false },
  argTypes: { lang: { control: 'inline-radio', options: ['vi', 'en'] } },
  render: (args) => {
    const key = `lamtheo-studio-story-${args.starter ?? 'none'}-${args.tab ?? 'start'}-${args.saved}`;
    localStorage.removeItem(key);
    if (args.saved) {
      localStorage.setItem(
        key,
        JSON.stringify({ draft: { version: 1, title: 'Số liệu Quận 11' }, savedAt: Date.now() - 5 * 60_000 }),
      );
    }
    const holder = document.createElement('div');
    holder.lang = args.lang;
    const el = document.createElement('lamtheo-studio') as LamtheoStudio;
    el.draftKey = key;
    holder.append(el);
    void el.updateComplete.then(() => {
      if (args.starter) el.startFrom(args.starter);
      for (const [path, value] of args.edits) el.edit(path, value);
      for (const embed of args.chosen) el.choose(embed, true);
      if (args.tab) el.tab = args.tab;
    });
    return holder;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The first screen: a starter for each use, a file or a URL. */
export const EmptyStart: Story = {};

/** Coming back: the draft kept in the browser is offered back ("Tiếp tục bản nháp lúc …?"). */
export const DraftOffered: Story = { args: { saved: true } };

/** Editing the figures of Tân Bình 2017 by form: labels, values, targets, breakdowns. */
export const Editing: Story = { args: { starter: 'figures', tab: 'metrics' } };

/** Problems at their fields and in the list: a label left blank, a value typed as words. */
export const Problems: Story = {
  args: {
    starter: 'figures',
    tab: 'metrics',
    edits: [
      [['metrics', 0, 'label'], undefined],
      [['metrics', 1, 'value'], 'hơn 11 nghìn'],
    ],
  },
};

/** The pledge form's headings and required fields. */
export const PledgeTemplate: Story = { args: { starter: 'pledge', tab: 'pledge' } };

/** The preview: the real widgets fed the draft, at a phone's width. */
export const Preview: Story = { args: { starter: 'figures', tab: 'preview' } };

/** Export: the file to download and, for the chosen widgets, the three forms of snippet. */
export const Export: Story = {
  args: { starter: 'figures', tab: 'export', chosen: ['counter:dang-vien', 'counter-grid'] },
};

/** The raw JSON view. */
export const RawJson: Story = { args: { starter: 'spaces', tab: 'json' } };

/** In English. */
export const English: Story = { args: { lang: 'en', starter: 'figures', tab: 'metrics' } };
