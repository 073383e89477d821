/**
 * The studio's two spreadsheet-and-map editors, defined: `<lamtheo-studio-records>` (records-editor.ts)
 * and `<lamtheo-studio-spaces>` (spaces-editor.ts). The studio's shell imports this module.
 */
import { safeDefine } from '../internal/base-element.js';
import { LamtheoStudioRecords } from './records-editor.js';
import { LamtheoStudioSpaces } from './spaces-editor.js';

export { LamtheoStudioRecords, LamtheoStudioSpaces };

safeDefine('lamtheo-studio-records', LamtheoStudioRecords);
safeDefine('lamtheo-studio-spaces', LamtheoStudioSpaces);

declare global {
  interface HTMLElementTagNameMap {
    'lamtheo-studio-records': LamtheoStudioRecords;
    'lamtheo-studio-spaces': LamtheoStudioSpaces;
  }
}
