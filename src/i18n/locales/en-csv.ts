
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
'csv.decode-converted': str`${0} lines (${1}) were typed in the ${2} font, an old encoding from before Unicode; they were converted to Unicode. Check the names, then convert the original file to Unicode with Unikey (Ctrl+Shift+F6) and save it as “CSV UTF-8”.`,
'csv.decode-double-utf8': str`${0} lines (${1}) are UTF-8 text that was read wrongly and saved again (such as “Nguyá»…n” for “Nguyễn”); they were repaired. Check the names and save the original file as “CSV UTF-8”.`,
'csv.decode-garbled': str`the letters are garbled and cannot be read right: ${0}. If the list was typed in an old font (.VnTime, VNI-Times), convert it to Unicode with Unikey (Ctrl+Shift+F6); then save it again as “CSV UTF-8”.`,
'csv.decode-garbled-again': str`garbled letters: ${0}.`,
'csv.decode-garbled-font': str`the letters are garbled and cannot be read right: ${0}. They seem to be typed in the ${1} font: open the original file, convert it to Unicode with Unikey (Ctrl+Shift+F6), then save it again as “CSV UTF-8”.`,
'csv.decode-line': str`line ${0}`,
'csv.decode-lines': str`lines ${0}`,
'csv.decode-lost': str`letters with diacritics were lost and replaced by “?”: ${0}. The computer that saved the file does not use a Vietnamese code page; open the original file in Excel and save it again as “CSV UTF-8 (Comma delimited)”.`,
'csv.decode-lost-again': str`letters with diacritics were lost: ${0}.`,
'csv.decode-more': str`${0} more lines are the same; fix the whole file as above.`,
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
  