/**
 * The receiver's words: `msg()` like every string of lamtheo, with `cli.rx.` ids so that their
 * English is built into the command line's catalogue (src/i18n/locales/en-cli.ts, registered by
 * src/cli/words.ts). `words(lang)` gives them in one language, for one answer.
 */
import { msg, str } from '@lit/localize';
import { inLanguage } from '../cli/words.js';
import type { Lang } from '../data/words/issues.js';

const all = {
  missingKey: () => msg('thiếu tiêu đề Idempotency-Key', { id: 'cli.rx.missing-key' }),
  keyReused: () => msg('Idempotency-Key này đã dùng cho một bản đăng ký khác', { id: 'cli.rx.key-reused' }),
  noTemplate: () => msg('không có mẫu đăng ký này', { id: 'cli.rx.no-template' }),
  noUnit: (id: string) => msg(str`không có đơn vị "${id}" trong tệp dữ liệu`, { id: 'cli.rx.no-unit' }),
  templateFixed: () => msg('không đổi được mẫu đăng ký hay năm của bản đã gửi', { id: 'cli.rx.template-fixed' }),
  notAmendable: () => msg('bản đăng ký đã được chi ủy xác nhận, không sửa được nữa', { id: 'cli.rx.not-amendable' }),
  notAssessable: () =>
    msg('chỉ tự đánh giá được bản đăng ký đã được xác nhận và chưa xếp loại', { id: 'cli.rx.not-assessable' }),
  assessmentItems: () =>
    msg('cần danh sách "items": mỗi nội dung một kết quả tự đánh giá', { id: 'cli.rx.assessment-items' }),
  assessmentHeading: () => msg('nội dung này không có trong bản đăng ký', { id: 'cli.rx.assessment-heading' }),
  assessmentResult: () =>
    msg('kết quả phải là "done" (hoàn thành), "partly" (một phần) hoặc "not-done" (chưa hoàn thành)', {
      id: 'cli.rx.assessment-result',
    }),
  assessmentTwice: () => msg('nội dung này được tự đánh giá hai lần', { id: 'cli.rx.assessment-twice' }),
  assessmentMissing: () => msg('cần tự đánh giá mọi nội dung của bản đăng ký', { id: 'cli.rx.assessment-missing' }),
  noteTooLong: (max: number) => msg(str`nhận xét dài quá ${max} ký tự`, { id: 'cli.rx.note-too-long' }),
  notFound: () => msg('không có bản đăng ký này', { id: 'cli.rx.not-found' }),
  notConfirmable: () => msg('chỉ xác nhận được bản đăng ký đang chờ hoặc đã trả lại', { id: 'cli.rx.not-confirmable' }),
  notReturnable: () => msg('chỉ trả lại được bản đăng ký đang chờ xác nhận', { id: 'cli.rx.not-returnable' }),
  commentNeeded: () => msg('cần ghi nhận xét để người đăng ký biết phải sửa gì', { id: 'cli.rx.comment-needed' }),
  unknownAction: () => msg('"action" phải là "confirm" hoặc "return"', { id: 'cli.rx.unknown-action' }),
  publicBoolean: () => msg('"public" phải là true hoặc false', { id: 'cli.rx.public-boolean' }),
  noConsent: () => msg('người đăng ký không đồng ý công khai bản đăng ký này', { id: 'cli.rx.no-consent' }),
  notConfirmedYet: () => msg('chỉ công khai được bản đăng ký đã được xác nhận', { id: 'cli.rx.not-confirmed-yet' }),
  ratingLevel: () => msg('mức xếp loại phải là HTXSNV, HTTNV, HTNV hoặc KHTNV', { id: 'cli.rx.rating-level' }),
  notRatable: () => msg('chỉ xếp loại được bản đăng ký đã tự đánh giá', { id: 'cli.rx.not-ratable' }),
  wrongCode: () => msg('số biên nhận hoặc mã riêng không đúng', { id: 'cli.rx.wrong-code' }),
  wrongToken: () => msg('mã người duyệt không đúng hoặc đã bị thu hồi', { id: 'cli.rx.wrong-token' }),
  tooMany: () => msg('gửi quá nhiều lần trong một phút; xin thử lại sau ít phút', { id: 'cli.rx.too-many' }),
  tooLarge: () => msg('nội dung gửi lên quá lớn (tối đa 64 kB)', { id: 'cli.rx.too-large' }),
  notJson: () => msg('nội dung gửi lên không phải JSON', { id: 'cli.rx.not-json' }),
  jsonOnly: () => msg('Content-Type phải là application/json', { id: 'cli.rx.json-only' }),
  originRefused: () =>
    msg('trang này không được phép gửi tới máy nhận (Origin không có trong danh sách cho phép)', {
      id: 'cli.rx.origin-refused',
    }),
  noRoute: () => msg('không có địa chỉ này', { id: 'cli.rx.no-route' }),
  failed: () => msg('máy nhận gặp lỗi, chưa lưu được; xin thử lại', { id: 'cli.rx.failed' }),
};

type Words = typeof all;

/** The receiver's words in `lang`, each called at once in that language. */
export function words(lang: Lang): Words {
  return new Proxy(all, {
    get:
      (target, name: keyof Words) =>
      (...args: unknown[]) =>
        inLanguage(lang, () => (target[name] as (...a: unknown[]) => string)(...args)),
  }) as Words;
}
