/**
 * The studio's two spreadsheet-and-map editors, defined: `<lamtheo-studio-records>` (records-editor.ts)
 * and `<lamtheo-studio-spaces>` (spaces-editor.ts). The studio's shell imports this module.
 */
import { safeDefine } from '../internal/base-element.js';
import { LamtheoStudioRecords } from './records-editor.js';

export { LamtheoStudioRecords };

safeDefine('lamtheo-studio-records', LamtheoStudioRecords);

declare global {
  interface HTMLElementTagNameMap {
    'lamtheo-studio-records': LamtheoStudioRecords;
  }
}
