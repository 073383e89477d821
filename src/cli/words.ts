/**
 * The command line's own words, `msg()` calls like every string of lamtheo (Vietnamese source,
 * English in src/i18n/xliff/en.xlf). Their ids begin with `cli.`: their English is built into
 * src/i18n/locales/en-cli.ts (scripts/i18n-split.js), registered here with the problem words of
 * both languages, so the command line words everything synchronously in `--lang`.
 */
import { msg, str } from '@lit/localize';
import { addEnglish } from '../i18n/locale.js';
import { templates } from '../i18n/locales/en-cli.js';
import '../data/words/messages-all.js';

addEnglish(templates);

export { inLanguage } from '../i18n/locale.js';

// No angle brackets: lit-localize would keep them as &lt; &gt; in the built English.
export const help = () =>
  msg(
    `Cách dùng: lamtheo validate TỆP... [--lang vi|en] [--json]

TỆP là tên tệp hoặc mẫu tên tệp (du-lieu/*.json).
Kiểm tra tệp dữ liệu lamtheo (JSON, "version": 1) và chỉ ra chỗ sai theo dòng, cột.
  --lang en   thông báo bằng tiếng Anh
  --json      in kết quả dạng JSON (cho máy đọc)
Mã thoát: 0 hợp lệ (có thể có cảnh báo), 1 có lỗi, 2 không đọc được tệp.
Ví dụ: npx lamtheo validate du-lieu/*.json`,
    { id: 'cli.help' },
  );

export const errorLabel = () => msg('lỗi', { id: 'cli.error' });
export const warningLabel = () => msg('cảnh báo', { id: 'cli.warning' });
export const valid = () => msg('hợp lệ', { id: 'cli.valid' });
export const unreadable = () => msg('không đọc được', { id: 'cli.unreadable' });

/** "2 lỗi" / "2 errors": English counts take an s, Vietnamese nouns do not change. */
export const errorCount = (count: number, n: string) =>
  count === 1 ? msg(str`${n} lỗi`, { id: 'cli.one-error' }) : msg(str`${n} lỗi`, { id: 'cli.errors' });
export const warningCount = (count: number, n: string) =>
  count === 1 ? msg(str`${n} cảnh báo`, { id: 'cli.one-warning' }) : msg(str`${n} cảnh báo`, { id: 'cli.warnings' });

export const summary = (files: number, bad: number, warnings: number) =>
  bad
    ? msg(str`Đã kiểm tra ${files} tệp: ${bad} tệp có lỗi, ${warnings} cảnh báo.`, { id: 'cli.summary-errors' })
    : msg(str`Đã kiểm tra ${files} tệp: không có lỗi, ${warnings} cảnh báo.`, { id: 'cli.summary' });

export const noFiles = (pattern: string) => msg(str`không có tệp nào khớp với "${pattern}"`, { id: 'cli.no-files' });
