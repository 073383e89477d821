/**
 * Reading a `.xlsx` file: read-excel-file (MIT, kept up to date, no known vulnerabilities,
 * built on fflate and saxen), downloaded the first time a spreadsheet is opened, through the
 * project's one mechanism for parts (i18n/lazy-part.ts), so a failed download is worded with
 * a retry. The npm `xlsx` package is not used: it is frozen at 0.18.5 on npm with published
 * CVEs (prototype pollution, ReDoS), and its fixed versions live outside the registry.
 */
import { lazyPart } from '../i18n/lazy-part.js';

export const xlsxReader = lazyPart('read-excel-file', () => import('./read-xlsx-file.js'));
