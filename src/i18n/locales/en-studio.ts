
    // Do not modify this file by hand!
    // Re-generate this file by running npm run i18n:build (lit-localize, then scripts/i18n-split.js):
    // the English of the `studio.` strings, split out of en.ts

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'studio.records.add-row': `Add a row`,
'studio.records.cell': str`${0}, row ${1}`,
'studio.records.choose': `— Choose —`,
'studio.records.column-is': str`Column "${0}" holds`,
'studio.records.column-n': str`Column ${0}`,
'studio.records.empty': `No rows yet.`,
'studio.records.file-added': str`Added ${0} rows from the file "${1}".`,
'studio.records.file-kind': str`The file "${0}" is neither .csv nor .xlsx: save the spreadsheet as one of them.`,
'studio.records.file-unreadable': str`Could not read the file "${0}": it is not an Excel spreadsheet (.xlsx), or it is damaged.`,
'studio.records.grid': `Commendation list`,
'studio.records.ignore': `Ignore`,
'studio.records.next': `Next page`,
'studio.records.only-problems': `Only rows with problems`,
'studio.records.open': `Open an .xlsx or .csv file`,
'studio.records.page-of': str`Page ${0} of ${1}`,
'studio.records.pages': `Pages`,
'studio.records.paste-help': `Columns are recognised by their headers ("Họ và tên", "Năm", …); change what a column holds with the choice under its header.`,
'studio.records.paste-here': `Select the rows in Excel (with the header row), copy them, then paste here (Ctrl+V).`,
'studio.records.paste-label': `Paste rows from Excel`,
'studio.records.pasted': str`Pasted ${0} rows.`,
'studio.records.previous': `Previous page`,
'studio.records.problems': `Problems`,
'studio.records.remove': `Remove`,
'studio.records.remove-row': str`Remove row ${0}`,
'studio.records.removed': str`Row ${0} removed.`,
'studio.records.row': `Row`,
'studio.records.summary': str`${0} rows, ${1} with problems.`,
'studio.records.undecided': str`What the column ${0} holds is not known: choose its field, or "Ignore". The list is not written to the data until then.`,
    };
  