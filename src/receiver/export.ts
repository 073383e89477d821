/**
 * A reviewer's registrations for the year-end report: one row per registration, as CSV
 * (UTF-8 with a byte order mark, so Excel on a Vietnamese Windows opens it right; d3-dsv quotes
 * what needs quoting) or as an .xlsx workbook (write-excel-file). One table serves both.
 */
import { csvFormatRow } from 'd3-dsv';
import { msg } from '@lit/localize';
import { inLanguage } from '../cli/words.js';
import type { Lang } from '../data/words/issues.js';
import type { DatasetView } from './dataset-file.js';
import type { Result, Row, State } from './registrations.js';

type Cell = string | number | null;

const stateWords = (): Record<State, string> => ({
  submitted: msg('Chờ xác nhận', { id: 'cli.rx.s-submitted' }),
  returned: msg('Đã trả lại', { id: 'cli.rx.s-returned' }),
  confirmed: msg('Đã xác nhận', { id: 'cli.rx.s-confirmed' }),
  assessed: msg('Đã tự đánh giá', { id: 'cli.rx.s-assessed' }),
  rated: msg('Đã xếp loại', { id: 'cli.rx.s-rated' }),
});
const resultWords = (): Record<Result, string> => ({
  done: msg('Hoàn thành', { id: 'cli.rx.r-done' }),
  partly: msg('Hoàn thành một phần', { id: 'cli.rx.r-partly' }),
  'not-done': msg('Chưa hoàn thành', { id: 'cli.rx.r-not-done' }),
});

/** The header and rows of the report, in `lang`. */
export function reportTable(rows: readonly Row[], dataset: DatasetView, lang: Lang): Cell[][] {
  return inLanguage(lang, () => {
    const states = stateWords();
    const resultsIn = resultWords();
    // Headings in the order of the templates, then any heading only a record has.
    const headings: { id: string; title: string }[] = [];
    const add = (id: string, title?: string) => {
      if (!headings.some((h) => h.id === id)) headings.push({ id, title: title ?? id });
    };
    for (const row of rows) {
      const template = dataset.templates.get(row.template_id);
      for (const h of template?.headings ?? []) add(h.id, h.title);
      for (const c of row.submission.commitments) add(c.headingId);
    }
    const header: Cell[] = [
      msg('Số biên nhận', { id: 'cli.rx.c-receipt' }),
      msg('Họ và tên', { id: 'cli.rx.c-name' }),
      msg('Chức vụ', { id: 'cli.rx.c-position' }),
      msg('Đơn vị', { id: 'cli.rx.c-unit' }),
      msg('Chi bộ', { id: 'cli.rx.c-cell' }),
      msg('Năm', { id: 'cli.rx.c-year' }),
      msg('Trạng thái', { id: 'cli.rx.c-state' }),
      msg('Ngày xác nhận', { id: 'cli.rx.c-confirmed' }),
      msg('Công khai', { id: 'cli.rx.c-public' }),
      ...headings.flatMap((h) => [h.title, `${h.title} — ${msg('tự đánh giá', { id: 'cli.rx.c-self' })}`]),
      msg('Xếp loại', { id: 'cli.rx.c-rating' }),
    ];
    const yes = msg('có', { id: 'cli.rx.yes' });
    const no = msg('không', { id: 'cli.rx.no' });
    const body = rows.map((row): Cell[] => {
      const s = row.submission;
      const commitment = (id: string) => s.commitments.find((c) => c.headingId === id);
      const assessed = (id: string) => row.assessment?.items.find((i) => i.headingId === id);
      return [
        row.receipt,
        s.person.fullName ?? '',
        s.person.position ?? '',
        dataset.unitName(row.unit_id) ?? row.unit_id ?? '',
        dataset.unitName(row.cell_id) ?? row.cell_id ?? '',
        row.year,
        states[row.status],
        row.confirmed_at ? new Date(row.confirmed_at).toISOString().slice(0, 10) : '',
        row.published ? yes : no,
        ...headings.flatMap((h) => {
          const c = commitment(h.id);
          const a = assessed(h.id);
          return [
            c ? [c.commitment, c.measures, c.deadline].filter(Boolean).join(' — ') : '',
            a ? [resultsIn[a.result], a.note].filter(Boolean).join(': ') : '',
          ];
        }),
        row.rating ?? '',
      ];
    });
    return [header, ...body];
  });
}

/** CSV text (RFC 4180: CRLF between rows) with a byte order mark. A cell starting with = + - @ is prefixed with ' (Excel formulas). */
export function toCsv(table: Cell[][]): string {
  const safe = table.map((r) => r.map((c) => (typeof c === 'string' && /^[=+\-@\t\r]/.test(c) ? `'${c}` : (c ?? ''))));
  return `\uFEFF${safe.map((r) => csvFormatRow(r.map(String))).join('\r\n')}\r\n`;
}

export async function toXlsx(table: Cell[][], sheet: string): Promise<Buffer> {
  const { default: writeExcelFile } = await import('write-excel-file/node');
  const data = table.map((row, i) =>
    row.map((value) => ({
      value: value ?? '',
      ...(i === 0 ? { fontWeight: 'bold' as const } : {}),
      ...(typeof value === 'string' ? { wrap: value.length > 40 } : {}),
    })),
  );
  return writeExcelFile(data, { sheet: sheet.slice(0, 31), stickyRowsCount: 1 }).toBuffer();
}
