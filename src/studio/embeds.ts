/**
 * Which widgets a dataset can feed, with the attributes and fallback words of each: the
 * studio's preview renders them and its export writes their snippets (snippets.ts). Worded in
 * the language being spoken (call inside the element's update or `inLanguage`).
 */
import { msg, str } from '@lit/localize';
import type { Embed } from './snippets.js';

type Item = Record<string, unknown>;
const list = (value: unknown): Item[] => (Array.isArray(value) ? (value as Item[]) : []);
const words = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** A widget the dataset can feed, with a key that stays the same while the draft changes. */
export interface StudioEmbed extends Embed {
  key: string;
}

function figure(metric: Item, language: string): string {
  const value = typeof metric.value === 'number' ? new Intl.NumberFormat(language).format(metric.value) : '';
  return [words(metric.label) + (value ? ':' : ''), value, words(metric.unit)].filter(Boolean).join(' ');
}

export function embedsFor(draft: unknown, language: string): StudioEmbed[] {
  const data = (typeof draft === 'object' && draft !== null ? draft : {}) as Item;
  const title = words(data.title);
  const embeds: StudioEmbed[] = [];
  const metrics = list(data.metrics).filter((m) => words(m.id));
  if (metrics.length > 1) {
    embeds.push({
      key: 'counter-grid',
      tag: 'lamtheo-counter-grid',
      attributes: { metrics: metrics.map((m) => words(m.id)).join(' ') },
      fallback: title || msg('Kết quả học tập và làm theo', { id: 'studio.fallback-grid' }),
    });
  }
  for (const metric of metrics) {
    embeds.push({
      key: `counter:${words(metric.id)}`,
      tag: 'lamtheo-counter',
      attributes: { metric: words(metric.id) },
      fallback: figure(metric, language) || words(metric.id),
    });
  }
  if (list(data.commendations).length) {
    embeds.push({
      key: 'commendation-table',
      tag: 'lamtheo-commendation-table',
      attributes: {},
      fallback: msg('Danh sách khen thưởng', { id: 'studio.fallback-table' }),
    });
  }
  for (const template of list(data.pledgeTemplates).filter((t) => words(t.id))) {
    embeds.push({
      key: `pledge-form:${words(template.id)}`,
      tag: 'lamtheo-pledge-form',
      attributes: { template: words(template.id) },
      fallback:
        words(template.title) ||
        msg(str`Bản đăng ký học tập và làm theo năm ${String(template.year ?? '')}`, { id: 'studio.fallback-pledge' }),
    });
  }
  if (list(data.pledges).length) {
    embeds.push({
      key: 'pledge-list',
      tag: 'lamtheo-pledge-list',
      attributes: {},
      fallback: msg('Các bản đăng ký công khai', { id: 'studio.fallback-pledges' }),
    });
  }
  if (list(data.spaces).length) {
    embeds.push({
      key: 'space-map',
      tag: 'lamtheo-space-map',
      attributes: {},
      fallback: msg('Bản đồ không gian văn hoá Hồ Chí Minh', { id: 'studio.fallback-map' }),
    });
  }
  return embeds;
}
