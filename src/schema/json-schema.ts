/**
 * The JSON Schema of the dataset, generated from the zod schema (never written by
 * hand): scripts/json-schema.js writes it to dist/lamtheo.schema.json for portals that
 * validate in other languages and for editors that offer completion.
 *
 * What JSON Schema cannot say is left to lamtheo's own checks: real calendar dates
 * (the schema has the yyyy-mm-dd pattern, not "31 February does not exist"), the
 * browser-normalised URL scheme, rules across fields (value or derive) and across
 * records (unique ids, references, sums). Kept out of the barrel so widget bundles
 * never carry z.toJSONSchema.
 */
import * as z from './zod.js';
import { dataset } from './dataset.js';
import { dateOrDateTime, isoDate, partialDate, safeUrl, webUrl } from './primitives.js';
import { lonLat } from './space.js';

type Hint = { pattern?: string; description?: string; minimum?: number; maximum?: number };

const DAY = '(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])';

/**
 * JSON Schema keywords for checks zod runs as refinements (a calendar date is a pattern
 * plus "that day exists"). Kept here, not on the schemas, so widget bundles do not carry them.
 */
function hints(): z.core.$ZodRegistry<Hint> {
  const registry = z.registry<Hint>();
  const add = (schema: z.core.$ZodType, hint: Hint) => registry.add(schema, hint);
  add(isoDate, { pattern: `^\\d{4}-${DAY}$`, description: 'Ngày theo ISO 8601 (năm-tháng-ngày), ví dụ 2019-02-28.' });
  add(partialDate, {
    pattern: `^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$`,
    description: 'Năm (2017), tháng (2018-05) hoặc ngày (2019-02-28) theo ISO 8601.',
  });
  add(dateOrDateTime, {
    pattern: '^\\d{4}-\\d{2}-\\d{2}(T.+)?$',
    description: 'Ngày (2024-03-01) hoặc ngày giờ ISO 8601 (2024-03-01T08:30:00+07:00).',
  });
  add(safeUrl, {
    pattern: '^(?![A-Za-z][A-Za-z0-9+.-]*:)|^([hH][tT][tT][pP][sS]?:|[mM][aA][iI][lL][tT][oO]:|[tT][eE][lL]:)',
    description: 'Liên kết http, https, mailto hoặc tel, hoặc đường dẫn tương đối.',
  });
  add(webUrl, {
    pattern: '^[hH][tT][tT][pP][sS]?://',
    description: 'Địa chỉ web đầy đủ, bắt đầu bằng http:// hoặc https://.',
  });
  const [lon, lat] = (lonLat._zod.def as unknown as { items: z.core.$ZodType[] }).items;
  add(lon, { minimum: -180, maximum: 180, description: 'Kinh độ' });
  add(lat, { minimum: -90, maximum: 90, description: 'Vĩ độ' });
  return registry;
}

/** Where the published file lives; editors follow `"$schema"` to it. */
export const JSON_SCHEMA_ID = 'https://cdn.jsdelivr.net/npm/lamtheo/dist/lamtheo.schema.json';

export function datasetJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(dataset, {
    target: 'draft-2020-12',
    io: 'input',
    metadata: hints(),
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  const { $schema, ...rest } = schema;
  return {
    $schema,
    $id: JSON_SCHEMA_ID,
    title: 'lamtheo dataset, version 1',
    description:
      'Dữ liệu cho các widget lamtheo: đơn vị, chỉ số, khen thưởng, mẫu đăng ký, không gian văn hóa, ranh giới. Kiểm tra đầy đủ (ngày có thật, liên kết an toàn, mã trùng) bằng "npx lamtheo validate".',
    ...rest,
  };
}
