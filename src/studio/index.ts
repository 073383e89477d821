/**
 * The studio family (`lamtheo/studio`): `<lamtheo-studio>`, the administrator's tool. The one
 * tag (`lamtheo.js`) downloads it only for a page that has the tag: visitors' pages never do.
 */
import { safeDefine } from '../internal/base-element.js';
import { LamtheoStudio } from './studio.js';
import './editors.js'; // <lamtheo-studio-records>, <lamtheo-studio-spaces>: its commendations and spaces tabs

export { LamtheoStudio };
export { LamtheoStudioRecords, LamtheoStudioSpaces } from './editors.js';
export { StudioEditEvent, setAt, getAt, pathText, type EditPath } from './edit.js';
export { scriptSnippet, tagSnippet, dataSnippet, linkSnippet, snippet, snippetForms, type Embed } from './snippets.js';

safeDefine('lamtheo-studio', LamtheoStudio);

declare global {
  interface HTMLElementTagNameMap {
    'lamtheo-studio': LamtheoStudio;
  }
}
