
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
'studio.records.file-added': str`Rows added from the file "${1}": ${0}.`,
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
'studio.records.pasted': str`Rows pasted: ${0}.`,
'studio.records.previous': `Previous page`,
'studio.records.remove': `Remove`,
'studio.records.remove-row': str`Remove row ${0}`,
'studio.records.removed': str`Row ${0} removed.`,
'studio.records.row': `Row`,
'studio.records.summary': str`${0} rows, ${1} with problems.`,
'studio.records.summary-waiting': str`${0} rows, not checked yet.`,
'studio.records.undecided': str`What the column ${0} holds is not known: choose its field, or "Ignore". The list is not written to the data until then.`,
'studio.spaces.address': `Address`,
'studio.spaces.cancel-move': `Do not move`,
'studio.spaces.cross-in': str`Crosshair in ${0} (${1}).`,
'studio.spaces.cross-out': str`Crosshair outside the wards (${0}).`,
'studio.spaces.empty': `No spaces yet.`,
'studio.spaces.form-title': str`Space ${0}`,
'studio.spaces.help': `Click on the map to place a space. With the keyboard: the arrow keys move the crosshair (Shift: larger steps), Enter places.`,
'studio.spaces.in-ward': str`In ${0}`,
'studio.spaces.kind': `Kind`,
'studio.spaces.lat': `Latitude`,
'studio.spaces.list': `Cultural spaces`,
'studio.spaces.lon': `Longitude`,
'studio.spaces.map': `Map of the wards: click to place a cultural space`,
'studio.spaces.move': `Place again on the map`,
'studio.spaces.moved': str`Space ${0} moved.`,
'studio.spaces.moved-in': str`Space ${0} moved to ${1}.`,
'studio.spaces.moving': `Click on the map (or press Enter on the map) to place this space again.`,
'studio.spaces.name': `Name`,
'studio.spaces.no-wards': `The data has no ward boundaries yet: the map shows only the spaces already placed.`,
'studio.spaces.placed': str`Space ${0} placed. Type its name.`,
'studio.spaces.placed-in': str`Space ${0} placed in ${1}. Type its name.`,
'studio.spaces.problem-count': str`problems: ${0}`,
'studio.spaces.remove': `Remove this space`,
'studio.spaces.removed': str`"${0}" removed.`,
'studio.spaces.unnamed': `(no name yet)`,
    };
  