
    // Do not modify this file by hand!
    // Re-generate this file by running npm run i18n:build (lit-localize, then scripts/i18n-split.js):
    // the English of the `csv.` strings, split out of en.ts

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'csv.blank': `this cell must not be empty.`,
'csv.date': str`the date "${0}" is not valid (write dd/mm/yyyy, e.g. 21/05/2018).`,
'csv.decision-date': `Decision date`,
'csv.decision-number': `Decision number`,
'csv.empty': `The CSV file has no data lines.`,
'csv.issuer': `Issuer`,
'csv.kind': str`"${0}" is neither "Tập thể" (collective) nor "Cá nhân" (individual).`,
'csv.level': `Level`,
'csv.name': `Name`,
'csv.no-form': `The CSV file needs a "Hình thức" (Form) column.`,
'csv.no-issuer': `The CSV file needs a "Cấp khen" (Level) or "Cơ quan khen" (Issuer) column.`,
'csv.no-name': `The CSV file needs a name column: "Họ và tên", "Tên tập thể" or "Tên" (Name).`,
'csv.place': str`line ${0}`,
'csv.place-column': str`line ${0}, column ${1}`,
'csv.year': str`the year "${0}" is not valid (write four digits, e.g. 2017).`,
    };
  