/**
 * The forms of the studio's tabs that need no JSON typing: the dataset's title and provenance,
 * its units, its metrics (figures) and its pledge templates. Each is a function of the draft
 * that returns a template; every control fires `lamtheo-studio-edit` (fields.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { addButton, emit, field, fieldId, problemsView, removeButton, type FormContext } from './fields.js';
import { freshId, getAt, pathText, type EditPath } from './edit.js';
import {
  collectionWords,
  metricKindWords,
  periodWords,
  qualifierWords,
  requiredFieldWords,
  unitKindWords,
} from './words.js';

type Draft = Record<string, unknown>;
type Item = Record<string, unknown>;
const list = (value: unknown): Item[] => (Array.isArray(value) ? (value as Item[]) : []);
const record = (value: unknown): Item =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Item) : {};

/** Title, description and provenance: who publishes, from which document, as of when. */
export function generalForm(draft: Draft, c: FormContext): TemplateResult {
  const p = ['provenance'];
  const dateHint = msg('Năm-tháng-ngày, ví dụ 2022-10-31; hoặc chỉ năm-tháng: 2019-02', { id: 'studio.date-hint' });
  return html`<fieldset>
      <legend>${msg('Bộ dữ liệu', { id: 'studio.dataset' })}</legend>
      ${field(c, {
        path: ['title'],
        label: msg('Tên bộ dữ liệu', { id: 'studio.title' }),
        value: draft.title,
        wide: true,
      })}
      ${field(c, {
        path: ['description'],
        label: msg('Mô tả', { id: 'studio.description' }),
        value: draft.description,
        type: 'long',
        wide: true,
      })}
    </fieldset>
    <fieldset>
      <legend>${msg('Nguồn số liệu', { id: 'studio.provenance' })}</legend>
      ${field(c, {
        path: [...p, 'publisher'],
        label: msg('Đơn vị công bố', { id: 'studio.publisher' }),
        hint: msg('Ví dụ: Ban Tuyên giáo Quận ủy Quận 11', { id: 'studio.publisher-hint' }),
        value: getAt(draft, [...p, 'publisher']),
        required: true,
        wide: true,
      })}
      ${field(c, {
        path: [...p, 'asOf'],
        label: msg('Số liệu tính đến ngày', { id: 'studio.as-of' }),
        hint: dateHint,
        value: getAt(draft, [...p, 'asOf']),
        required: true,
      })}
      ${field(c, {
        path: [...p, 'source', 'title'],
        label: msg('Tên văn bản, bài viết nguồn', { id: 'studio.source-title' }),
        value: getAt(draft, [...p, 'source', 'title']),
        wide: true,
      })}
      ${field(c, {
        path: [...p, 'source', 'documentNumber'],
        label: msg('Số văn bản', { id: 'studio.document-number' }),
        hint: msg('Ví dụ: 05-CT/TW', { id: 'studio.document-number-hint' }),
        value: getAt(draft, [...p, 'source', 'documentNumber']),
      })}
      ${field(c, {
        path: [...p, 'source', 'date'],
        label: msg('Ngày ban hành, ngày đăng', { id: 'studio.source-date' }),
        hint: dateHint,
        value: getAt(draft, [...p, 'source', 'date']),
      })}
      ${field(c, {
        path: [...p, 'source', 'url'],
        label: msg('Địa chỉ bài viết (https://…)', { id: 'studio.source-url' }),
        value: getAt(draft, [...p, 'source', 'url']),
        inputmode: 'url',
        wide: true,
      })}
      ${field(c, {
        path: [...p, 'download'],
        label: msg('Đường dẫn “Tải dữ liệu”', { id: 'studio.download' }),
        value: getAt(draft, [...p, 'download']),
        inputmode: 'url',
        wide: true,
      })}
    </fieldset>
    ${unitsForm(draft, c)}`;
}

/** Units: wards, party committees, agencies… that metrics, spaces and records refer to. */
export function unitsForm(draft: Draft, c: FormContext): TemplateResult {
  const units = list(draft.units);
  return html`<fieldset>
    <legend>${msg('Đơn vị', { id: 'studio.units' })}</legend>
    <p class="hint">
      ${msg('Phường, đảng bộ, cơ quan… mà số liệu, khen thưởng và địa điểm nói đến.', { id: 'studio.units-hint' })}
    </p>
    ${units.map((unit, i) => {
      const at = (key: string): EditPath => ['units', i, key];
      const name = String(unit.name ?? unit.id ?? i + 1);
      return html`<div class="row" role="group" aria-label=${msg(str`Đơn vị ${i + 1}`, { id: 'studio.unit-n' })}>
        ${field(c, { path: at('name'), label: msg('Tên', { id: 'studio.unit-name' }), value: unit.name, required: true })}
        ${field(c, { path: at('id'), label: msg('Mã (id)', { id: 'studio.id' }), value: unit.id, required: true })}
        ${field(c, {
          path: at('kind'),
          label: msg('Loại', { id: 'studio.unit-kind' }),
          value: unit.kind,
          type: 'select',
          options: unitKindWords(),
          none: msg('— chọn —', { id: 'studio.choose' }),
          required: true,
        })}
        ${removeButton(['units', i], name)}
      </div>`;
    })}
    ${addButton(
      ['units'],
      units.length,
      {
        id: freshId(
          'don-vi',
          units.map((u) => u.id),
        ),
        name: '',
        kind: 'ward',
      },
      msg('Thêm đơn vị', { id: 'studio.add-unit' }),
    )}
  </fieldset>`;
}

/** Every metric, each in its own group. */
export function metricsForm(draft: Draft, c: FormContext): TemplateResult {
  const metrics = list(draft.metrics);
  const units = list(draft.units);
  return html`${metrics.map((m, i) => metricForm(m, i, units, c))}
    <p>
      ${addButton(
        ['metrics'],
        metrics.length,
        {
          id: freshId(
            'chi-so',
            metrics.map((m) => m.id),
          ),
          label: '',
          value: 0,
        },
        msg('Thêm số liệu', { id: 'studio.add-metric' }),
      )}
    </p>`;
}

function metricForm(m: Item, i: number, units: Item[], c: FormContext): TemplateResult {
  const base: EditPath = ['metrics', i];
  const at = (...keys: (string | number)[]): EditPath => [...base, ...keys];
  const title = String(m.label || m.id || i + 1);
  const counted = m.derive !== undefined;
  const derive = record(m.derive);
  const where = Object.entries(record(derive.where))[0];
  const onCount = (e: Event) => {
    const checked = (e.target as HTMLInputElement).checked;
    emit(e.target!, at('derive'), checked ? { count: 'spaces' } : undefined);
  };
  return html`<fieldset class="metric" id=${fieldId(base)} tabindex="-1">
    <legend>${msg(str`Số liệu ${i + 1}: ${title}`, { id: 'studio.metric-n' })}</legend>
    ${problemsView(`${fieldId(base)}-problems`, c.problemsAt(base))}
    ${field(c, { path: at('label'), label: msg('Nhãn', { id: 'studio.label' }), value: m.label, required: true, wide: true })}
    ${field(c, {
      path: at('id'),
      label: msg('Mã (id)', { id: 'studio.id' }),
      hint: msg('Dùng trong đoạn mã nhúng: metric="…"', { id: 'studio.metric-id-hint' }),
      value: m.id,
      required: true,
    })}
    ${field(c, {
      path: at('qualifier'),
      label: msg('Mức chính xác', { id: 'studio.qualifier' }),
      value: m.qualifier ?? 'exact',
      type: 'select',
      options: qualifierWords(),
    })}
    ${field(c, { path: at('value'), label: msg('Giá trị', { id: 'studio.value' }), value: m.value, type: 'number' })}
    ${field(c, {
      path: at('unit'),
      label: msg('Đơn vị tính', { id: 'studio.unit-word' }),
      hint: msg('Chữ sau con số: đảng viên, lớp, không gian', { id: 'studio.unit-word-hint' }),
      value: m.unit,
    })}
    ${field(c, {
      path: at('kind'),
      label: msg('Kiểu số liệu', { id: 'studio.metric-kind' }),
      value: m.kind ?? 'count',
      type: 'select',
      options: metricKindWords(),
    })}
    ${field(c, {
      path: at('about'),
      label: msg('Của đơn vị', { id: 'studio.about' }),
      value: m.about,
      type: 'select',
      none: msg('— không chọn —', { id: 'studio.none' }),
      options: units.map((u) => [String(u.id), String(u.name ?? u.id)] as const),
    })}
    <div class="check wide">
      <input
        type="checkbox"
        id=${fieldId(at('derive'))}
        data-path=${pathText(at('derive'))}
        .checked=${counted}
        @change=${onCount}
      />
      <label for=${fieldId(at('derive'))}>${msg('Đếm từ danh sách trong dữ liệu', { id: 'studio.derive' })}</label>
      ${problemsView(`${fieldId(at('derive'))}-problems`, c.problemsAt(at('derive')))}
    </div>
    ${
      counted
        ? html`<div class="sub wide">
            ${field(c, {
              path: at('derive', 'count'),
              label: msg('Đếm trong danh sách', { id: 'studio.derive-count' }),
              value: derive.count,
              type: 'select',
              options: collectionWords(),
            })}
            <div class="field">
              <label for=${fieldId(at('derive', 'where'))}
                >${msg('Chỉ đếm mục có trường', { id: 'studio.derive-field' })}
                <span class="optional">${msg('(không bắt buộc)', { id: 'studio.optional' })}</span></label
              >
              <p class="hint" id="${fieldId(at('derive', 'where'))}-hint">
                ${msg('Ví dụ: kind', { id: 'studio.derive-field-hint' })}
              </p>
              <input
                id=${fieldId(at('derive', 'where'))}
                data-path=${pathText(at('derive', 'where'))}
                aria-describedby="${fieldId(at('derive', 'where'))}-hint"
                .value=${where?.[0] ?? ''}
                @change=${(e: Event) => {
                  const name = (e.target as HTMLInputElement).value.trim();
                  emit(e.target!, at('derive', 'where'), name ? { [name]: where?.[1] ?? '' } : undefined);
                }}
              />
            </div>
            ${
              where
                ? field(c, {
                    path: at('derive', 'where', where[0]),
                    label: msg('bằng', { id: 'studio.derive-equals' }),
                    hint: msg('Ví dụ: religious-site', { id: 'studio.derive-equals-hint' }),
                    value: where[1],
                  })
                : nothing
            }
          </div>`
        : nothing
    }
    ${targetPart(m, at, c)} ${breakdownPart(m, at, c)} ${periodPart(record(m.period), at('period'), c)}
    ${historyPart(m, at, c)}
    ${field(c, { path: at('note'), label: msg('Ghi chú', { id: 'studio.note' }), value: m.note, type: 'long', wide: true })}
    <p class="wide">${removeButton(base, title)}</p>
  </fieldset>`;
}

function targetPart(m: Item, at: (...k: (string | number)[]) => EditPath, c: FormContext): TemplateResult {
  const target = record(m.target);
  const previous = record(m.previous);
  return html`<div
    class="sub wide"
    role="group"
    aria-label=${msg('Chỉ tiêu và kỳ trước', { id: 'studio.target-group' })}
  >
    ${field(c, {
      path: at('target', 'value'),
      label: msg('Chỉ tiêu, tổng số (24/40: 40)', { id: 'studio.target' }),
      value: target.value,
      type: 'number',
    })}
    ${field(c, {
      path: at('target', 'label'),
      label: msg('Tên chỉ tiêu', { id: 'studio.target-label' }),
      value: target.label,
    })}
    ${field(c, {
      path: at('previous', 'value'),
      label: msg('Giá trị kỳ trước (215 → 117: 215)', { id: 'studio.previous' }),
      value: previous.value,
      type: 'number',
    })}
    ${field(c, {
      path: at('previous', 'label'),
      label: msg('Tên kỳ trước', { id: 'studio.previous-label' }),
      value: previous.label,
    })}
  </div>`;
}

function breakdownPart(m: Item, at: (...k: (string | number)[]) => EditPath, c: FormContext): TemplateResult {
  const parts = list(m.breakdown);
  return html`<fieldset class="sub wide">
    <legend>${msg('Chia theo thành phần (29 + 15)', { id: 'studio.breakdown' })}</legend>
    ${problemsView(`${fieldId(at('breakdown'))}-problems`, c.problemsAt(at('breakdown')))}
    ${parts.map(
      (part, j) =>
        html`<div class="row" role="group" aria-label=${msg(str`Thành phần ${j + 1}`, { id: 'studio.part-n' })}>
          ${field(c, {
            path: at('breakdown', j, 'label'),
            label: msg('Tên thành phần', { id: 'studio.part-label' }),
            value: part.label,
            required: true,
          })}
          ${field(c, {
            path: at('breakdown', j, 'value'),
            label: msg('Giá trị thành phần', { id: 'studio.part-value' }),
            value: part.value,
            type: 'number',
            required: true,
          })}
          ${removeButton(at('breakdown', j), String(part.label ?? j + 1))}
        </div>`,
    )}
    ${addButton(at('breakdown'), parts.length, { label: '', value: 0 }, msg('Thêm thành phần', { id: 'studio.add-part' }))}
  </fieldset>`;
}

function periodPart(period: Item, path: EditPath, c: FormContext): TemplateResult {
  const type = typeof period.type === 'string' ? period.type : '';
  const onType = (e: Event) => {
    const next = (e.target as HTMLSelectElement).value;
    const year = typeof period.year === 'number' ? period.year : new Date().getFullYear();
    const value =
      next === ''
        ? undefined
        : next === 'year'
          ? { type: 'year', year }
          : next === 'term'
            ? { type: 'term', from: year, to: year + 5 }
            : next === 'range'
              ? { type: 'range', from: `${year}-01`, to: `${year}-12` }
              : { type: 'part-of-year', year, months: 6 };
    emit(e.target!, path, value);
  };
  const id = fieldId([...path, 'type']);
  const num = (key: string, label: string) =>
    field(c, { path: [...path, key], label, value: period[key], type: 'number', inputmode: 'numeric', required: true });
  const date = (key: string, label: string) =>
    field(c, {
      path: [...path, key],
      label,
      value: period[key],
      hint: msg('Ví dụ 2018-05 hoặc 2019-02-28', { id: 'studio.period-date-hint' }),
      required: true,
    });
  return html`<div class="sub wide">
    <div class="field">
      <label for=${id}>${msg('Thời gian của số liệu', { id: 'studio.period' })}</label>
      <select id=${id} data-path=${pathText([...path, 'type'])} @change=${onType}>
        <option value="" ?selected=${type === ''}>${msg('— không nêu —', { id: 'studio.period-none' })}</option>
        ${periodWords().map(([value, words]) => html`<option value=${value} ?selected=${value === type}>${words}</option>`)}
      </select>
      ${problemsView(`${id}-problems`, c.problemsAt(path))}
    </div>
    ${type === 'year' ? num('year', msg('Năm', { id: 'studio.year' })) : nothing}
    ${
      type === 'term'
        ? html`${num('from', msg('Từ năm', { id: 'studio.from-year' }))}
          ${num('to', msg('Đến năm', { id: 'studio.to-year' }))}`
        : nothing
    }
    ${
      type === 'range'
        ? html`${date('from', msg('Từ', { id: 'studio.from' }))} ${date('to', msg('Đến', { id: 'studio.to' }))}`
        : nothing
    }
    ${
      type === 'part-of-year'
        ? html`${num('year', msg('Năm', { id: 'studio.year' }))}
          ${num('months', msg('Số tháng', { id: 'studio.months' }))}`
        : nothing
    }
    ${
      type
        ? field(c, {
            path: [...path, 'label'],
            label: msg('Cách ghi thời gian', { id: 'studio.period-label' }),
            hint: msg('Ví dụ: nhiệm kỳ 2015 – 2020', { id: 'studio.period-label-hint' }),
            value: period.label,
          })
        : nothing
    }
  </div>`;
}

function historyPart(m: Item, at: (...k: (string | number)[]) => EditPath, c: FormContext): TemplateResult {
  const points = list(m.history);
  return html`<fieldset class="sub wide">
    <legend>${msg('Các năm trước (để vẽ xu hướng)', { id: 'studio.history' })}</legend>
    ${points.map(
      (point, j) =>
        html`<div class="row" role="group" aria-label=${msg(str`Mốc ${j + 1}`, { id: 'studio.point-n' })}>
          ${field(c, {
            path: at('history', j, 'date'),
            label: msg('Thời điểm (năm hoặc ngày)', { id: 'studio.point-date' }),
            value: point.date,
            hint: msg('Ví dụ 2016 hoặc 2016-12-31', { id: 'studio.point-date-hint' }),
          })}
          ${field(c, {
            path: at('history', j, 'value'),
            label: msg('Giá trị lúc đó', { id: 'studio.point-value' }),
            value: point.value,
            type: 'number',
            required: true,
          })}
          ${removeButton(at('history', j), String(point.date ?? j + 1))}
        </div>`,
    )}
    ${addButton(at('history'), points.length, { value: 0 }, msg('Thêm mốc', { id: 'studio.add-point' }))}
  </fieldset>`;
}

/** Pledge templates: year, theme, headings, which fields are required, where pledges are sent. */
export function pledgeForm(draft: Draft, c: FormContext): TemplateResult {
  const templates = list(draft.pledgeTemplates);
  return html`${templates.map((t, i) => templateForm(t, i, c))}
    <p>
      ${addButton(
        ['pledgeTemplates'],
        templates.length,
        {
          id: freshId(
            'dang-ky',
            templates.map((t) => t.id),
          ),
          year: new Date().getFullYear(),
          headings: [
            { id: 'tu-tuong', title: 'Học tập và làm theo tư tưởng Hồ Chí Minh' },
            { id: 'dao-duc', title: 'Học tập và làm theo đạo đức Hồ Chí Minh' },
            { id: 'phong-cach', title: 'Học tập và làm theo phong cách Hồ Chí Minh' },
          ],
        },
        msg('Thêm mẫu đăng ký', { id: 'studio.add-template' }),
      )}
    </p>`;
}

function templateForm(t: Item, i: number, c: FormContext): TemplateResult {
  const base: EditPath = ['pledgeTemplates', i];
  const at = (...keys: (string | number)[]): EditPath => [...base, ...keys];
  const headings = list(t.headings);
  const required = new Set(Array.isArray(t.requiredFields) ? (t.requiredFields as string[]) : []);
  const title = String(t.title || t.id || i + 1);
  const toggle = (name: string) => (e: Event) => {
    const on = (e.target as HTMLInputElement).checked;
    const next = requiredFieldWords()
      .map(([value]) => value)
      .filter((value) => (value === name ? on : required.has(value)));
    emit(e.target!, at('requiredFields'), next.length ? next : undefined);
  };
  return html`<fieldset class="metric" id=${fieldId(base)} tabindex="-1">
    <legend>${msg(str`Mẫu đăng ký ${i + 1}: ${title}`, { id: 'studio.template-n' })}</legend>
    ${problemsView(`${fieldId(base)}-problems`, c.problemsAt(base))}
    ${field(c, { path: at('title'), label: msg('Tiêu đề', { id: 'studio.template-title' }), value: t.title, wide: true })}
    ${field(c, { path: at('id'), label: msg('Mã (id)', { id: 'studio.id' }), value: t.id, required: true })}
    ${field(c, {
      path: at('year'),
      label: msg('Năm', { id: 'studio.year' }),
      value: t.year,
      type: 'number',
      inputmode: 'numeric',
      required: true,
    })}
    ${field(c, { path: at('theme'), label: msg('Chuyên đề năm', { id: 'studio.theme' }), value: t.theme, wide: true })}
    ${field(c, {
      path: at('basis'),
      label: msg('Căn cứ', { id: 'studio.basis' }),
      hint: msg('Ví dụ: Quy định 144-QĐ/TW', { id: 'studio.basis-hint' }),
      value: t.basis,
    })}
    ${field(c, {
      path: at('guidance'),
      label: msg('Hướng dẫn cách viết', { id: 'studio.guidance' }),
      value: t.guidance,
      type: 'long',
      wide: true,
    })}
    <fieldset class="sub wide">
      <legend>${msg('Các mục đăng ký', { id: 'studio.headings' })}</legend>
      ${problemsView(`${fieldId(at('headings'))}-problems`, c.problemsAt(at('headings')))}
      ${headings.map(
        (h, j) =>
          html`<div class="row" role="group" aria-label=${msg(str`Mục ${j + 1}`, { id: 'studio.heading-n' })}>
            ${field(c, {
              path: at('headings', j, 'title'),
              label: msg('Tên mục', { id: 'studio.heading-title' }),
              value: h.title,
              required: true,
              wide: true,
            })}
            ${field(c, { path: at('headings', j, 'id'), label: msg('Mã (id)', { id: 'studio.id' }), value: h.id, required: true })}
            ${field(c, {
              path: at('headings', j, 'placeholder'),
              label: msg('Gợi ý trong ô trống', { id: 'studio.heading-placeholder' }),
              value: h.placeholder,
            })}
            ${removeButton(at('headings', j), String(h.title ?? j + 1))}
          </div>`,
      )}
      ${addButton(
        at('headings'),
        headings.length,
        {
          id: freshId(
            'muc',
            headings.map((h) => h.id),
          ),
          title: '',
        },
        msg('Thêm mục', { id: 'studio.add-heading' }),
      )}
    </fieldset>
    <fieldset class="sub wide">
      <legend>${msg('Người đăng ký phải điền (ngoài họ tên và nội dung)', { id: 'studio.required-fields' })}</legend>
      ${requiredFieldWords().map(([value, words]) => {
        const id = fieldId(at('requiredFields', value));
        return html`<div class="check">
          <input type="checkbox" id=${id} .checked=${required.has(value)} @change=${toggle(value)} />
          <label for=${id}>${words}</label>
        </div>`;
      })}
    </fieldset>
    ${field(c, {
      path: at('endpoint', 'action'),
      label: msg('Địa chỉ nhận bản đăng ký', { id: 'studio.endpoint' }),
      hint: msg('Máy chủ của cổng nhận bản đăng ký (JSON), ví dụ /api/pledges', { id: 'studio.endpoint-hint' }),
      value: getAt(t, ['endpoint', 'action']),
      inputmode: 'url',
      wide: true,
    })}
    <p class="wide">${removeButton(base, title)}</p>
  </fieldset>`;
}
