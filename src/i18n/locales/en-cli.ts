
    // Do not modify this file by hand!
    // Re-generate this file by running npm run i18n:build (lit-localize, then scripts/i18n-split.js):
    // the English of the `cli.` strings, split out of en.ts

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'cli.error': `error`,
'cli.errors': str`${0} errors`,
'cli.help': `Usage: lamtheo validate FILE... [--lang vi|en] [--json]

FILE is a file name or a pattern of file names (data/*.json).
Checks lamtheo data files (JSON, "version": 1) and points at each problem by line and column.
  --lang en   messages in English
  --json      print the results as JSON (for programs)
Exit code: 0 valid (warnings allowed), 1 errors, 2 a file cannot be read.
Example: npx lamtheo validate data/*.json`,
'cli.no-files': str`no file matches "${0}"`,
'cli.one-error': str`${0} error`,
'cli.one-warning': str`${0} warning`,
'cli.rx.assessment-heading': `this heading is not in the pledge`,
'cli.rx.assessment-items': `an "items" list is needed: one self-assessment for each heading`,
'cli.rx.assessment-missing': `every heading of the pledge needs a self-assessment`,
'cli.rx.assessment-result': `the result must be "done", "partly" or "not-done"`,
'cli.rx.assessment-twice': `this heading is self-assessed twice`,
'cli.rx.c-cell': `Party cell`,
'cli.rx.c-confirmed': `Confirmed on`,
'cli.rx.c-name': `Full name`,
'cli.rx.c-position': `Position`,
'cli.rx.c-public': `Public`,
'cli.rx.c-rating': `Rating`,
'cli.rx.c-receipt': `Receipt`,
'cli.rx.c-self': `self-assessment`,
'cli.rx.c-state': `State`,
'cli.rx.c-unit': `Unit`,
'cli.rx.c-year': `Year`,
'cli.rx.comment-needed': `write a comment so that the person knows what to change`,
'cli.rx.dataset-bad': str`lamtheo receiver: the data file ${0} cannot be used yet: ${1}`,
'cli.rx.dataset-changed-bad': str`The data file ${0} was changed and has errors; the previous version is still used. ${1}`,
'cli.rx.failed': `the receiver failed and stored nothing; please try again`,
'cli.rx.folder-busy': str`lamtheo receiver: the folder ${0} is used by another receiver (process ${1}).`,
'cli.rx.help': `Usage:
  lamtheo receiver --dataset du-lieu.json [--data ./dang-ky] [--port 8787] [--host 127.0.0.1]
                   [--allow-origin https://phuong.gov.vn]... [--rate-limit 30] [--trust-proxy]
  lamtheo receiver add-reviewer --unit UNIT-ID [--name "Cell committee ..."] --data ./dang-ky
  lamtheo receiver list-reviewers --data ./dang-ky
  lamtheo receiver revoke-reviewer NUMBER --data ./dang-ky

The receiver of study-and-follow pledges: it takes pledges from the form, lets the cell committee
confirm and publish them, and at the end of the year lets each person assess their own pledge and
the committee rate it.
Data is kept in the --data folder (no database server to install). Set the environment variable
DATABASE_URL=postgres://... to use PostgreSQL.
The pledge forms and units come from the --dataset file (read again when it changes).`,
'cli.rx.htnv': `Completed duties`,
'cli.rx.httnv': `Completed duties well`,
'cli.rx.htxsnv': `Completed duties excellently`,
'cli.rx.json-only': `Content-Type must be application/json`,
'cli.rx.key-reused': `this Idempotency-Key was used for another pledge`,
'cli.rx.khtnv': `Did not complete duties`,
'cli.rx.m-assessed': str`Pledges self-assessed at the end of ${0}`,
'cli.rx.m-confirmed': str`Pledges confirmed by the cell committee in ${0}`,
'cli.rx.m-level': str`Rated "${0}" in ${1}`,
'cli.rx.m-published': str`Pledges made public in ${0}`,
'cli.rx.m-rated': str`Pledges rated in ${0}`,
'cli.rx.m-registered': str`Study-and-follow pledges in ${0}`,
'cli.rx.m-share': str`Share of cadres and party members who registered in ${0}`,
'cli.rx.m-share-note': str`${0} pledges for ${1} people (the numbers the units give).`,
'cli.rx.missing-key': `the Idempotency-Key header is missing`,
'cli.rx.need-dataset': `lamtheo receiver: --dataset FILE is needed (the data file with the pledge forms and units)`,
'cli.rx.need-id': `lamtheo receiver revoke-reviewer: the reviewer number is needed (see list-reviewers)`,
'cli.rx.need-unit': `lamtheo receiver add-reviewer: --unit UNIT-ID is needed`,
'cli.rx.no': `no`,
'cli.rx.no-consent': `the person did not agree to publish this pledge`,
'cli.rx.no-route': `there is no such address`,
'cli.rx.no-template': `there is no such pledge form`,
'cli.rx.no-unit': str`there is no unit "${0}" in the data file`,
'cli.rx.no-unit-part': `No unit given`,
'cli.rx.not-amendable': `the cell committee has confirmed this pledge; it can no longer be changed`,
'cli.rx.not-assessable': `only a confirmed pledge that is not yet rated can be self-assessed`,
'cli.rx.not-confirmable': `only a pledge that is waiting or was returned can be confirmed`,
'cli.rx.not-confirmed-yet': `only a confirmed pledge can be made public`,
'cli.rx.not-found': `there is no such pledge`,
'cli.rx.not-json': `what was sent is not JSON`,
'cli.rx.not-ratable': `only a self-assessed pledge can be rated`,
'cli.rx.not-returnable': `only a pledge waiting for confirmation can be returned`,
'cli.rx.not-revoked': str`There is no valid reviewer token number ${0}.`,
'cli.rx.note-too-long': str`the comment is longer than ${0} characters`,
'cli.rx.origin-refused': `this page may not send to the receiver (its Origin is not on the allowed list)`,
'cli.rx.pg-refused': str`lamtheo receiver: cannot connect to PostgreSQL at DATABASE_URL (${0}).`,
'cli.rx.public-boolean': `"public" must be true or false`,
'cli.rx.r-done': `Done`,
'cli.rx.r-not-done': `Not done`,
'cli.rx.r-partly': `Partly done`,
'cli.rx.rating-level': `the rating must be HTXSNV, HTTNV, HTNV or KHTNV`,
'cli.rx.revoked': str`Reviewer token number ${0} is revoked.`,
'cli.rx.s-assessed': `Self-assessed`,
'cli.rx.s-confirmed': `Confirmed`,
'cli.rx.s-rated': `Rated`,
'cli.rx.s-returned': `Returned`,
'cli.rx.s-submitted': `Waiting for confirmation`,
'cli.rx.template-fixed': `the form or the year of a sent pledge cannot change`,
'cli.rx.token-for': str`Reviewer token number ${0} for the unit ${1}:`,
'cli.rx.token-once': str`The token is shown only now: send it privately to the cell committee. To revoke it: npx lamtheo receiver revoke-reviewer ${0} --data ${1}`,
'cli.rx.too-large': `what was sent is too large (64 kB at most)`,
'cli.rx.too-many': `too many submissions in a minute; please try again in a few minutes`,
'cli.rx.unit-pledges': `pledges`,
'cli.rx.unknown-action': `"action" must be "confirm" or "return"`,
'cli.rx.unknown-unit': str`there is no unit "${0}" in ${1}. Unit ids: ${2}`,
'cli.rx.wrong-code': `the receipt number or the private code is wrong`,
'cli.rx.wrong-token': `the reviewer token is wrong or has been revoked`,
'cli.rx.yes': `yes`,
'cli.summary': str`Checked ${0} file(s): no errors, ${1} warning(s).`,
'cli.summary-errors': str`Checked ${0} file(s): ${1} with errors, ${2} warning(s).`,
'cli.unreadable': `cannot be read`,
'cli.valid': `valid`,
'cli.warning': `warning`,
'cli.warnings': str`${0} warnings`,
    };
  