/**
 * Which widgets a dataset can feed, with the attributes and fallback words of each: the
 * studio's preview renders them and its export writes their snippets (snippets.ts). The
 * fallback is what the portal's visitors read before the widget loads, so it is worded in the
 * data's language (`lang`, Vietnamese unless it says otherwise), whatever the studio speaks.
 */
import { msg, str } from '@lit/localize';
import { inLanguage } from '../i18n/locale.js';
import type { Embed } from './snippets.js';

type Item = Record<string, unknown>;
const list = (value: unknown): Item[] => (Array.isArray(value) ? (value as Item[]) : []);
const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** A widget the dataset can feed, with a key that stays the same while the draft changes. */
export interface StudioEmbed extends Embed {
  key: string;
}

function figure(metric: Item, language: string): string {
  const value = typeof metric.value === 'number' ? new Intl.NumberFormat(language).format(metric.value) : '';
  return [text(metric.label) + (value ? ':' : ''), value, text(metric.unit)].filter(Boolean).join(' ');
}

/** The widgets `draft` can feed; `language` overrides the data's own for the fallback words. */
export function embedsFor(draft: unknown, language?: 'vi' | 'en'): StudioEmbed[] {
  const data = (typeof draft === 'object' && draft !== null ? draft : {}) as Item;
  const words = language ?? (data.lang === 'en' ? 'en' : 'vi');
  return inLanguage(words, () => embedsIn(data, words));
}

function embedsIn(data: Item, language: string): StudioEmbed[] {
  const title = text(data.title);
  const embeds: StudioEmbed[] = [];
  const metrics = list(data.metrics).filter((m) => text(m.id));
  if (metrics.length > 1) {
    embeds.push({
      key: 'counter-grid',
      tag: 'lamtheo-counter-grid',
      attributes: { metrics: metrics.map((m) => text(m.id)).join(' ') },
      fallback: title || msg('Kết quả học tập và làm theo', { id: 'studio.fallback-grid' }),
    });
  }
  for (const metric of metrics) {
    embeds.push({
      key: `counter:${text(metric.id)}`,
      tag: 'lamtheo-counter',
      attributes: { metric: text(metric.id) },
      fallback: figure(metric, language) || text(metric.id),
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
  for (const template of list(data.pledgeTemplates).filter((t) => text(t.id))) {
    embeds.push({
      key: `pledge-form:${text(template.id)}`,
      tag: 'lamtheo-pledge-form',
      attributes: { template: text(template.id) },
      fallback:
        text(template.title) ||
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
