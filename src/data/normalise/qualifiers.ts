/**
 * The words reports use before a figure and the qualifier each means:
 * "hơn 12.000" / "trên 4.800" → more-than, "gần 1.300" → nearly, "khoảng" → about.
 */
import type { Qualifier } from '../../schema/metric.js';

const WORDS: Record<string, Qualifier> = {
  hơn: 'more-than',
  trên: 'more-than',
  'hơn nữa': 'more-than',
  'ít nhất': 'at-least',
  'tối thiểu': 'at-least',
  từ: 'at-least',
  gần: 'nearly',
  'xấp xỉ': 'about',
  khoảng: 'about',
  chừng: 'about',
  dưới: 'less-than',
  'chưa đến': 'less-than',
  'chưa tới': 'less-than',
};

/** The qualifier for a Vietnamese word before a number, or `exact` when none applies. */
export function qualifierFromWord(word: string): Qualifier {
  return WORDS[word.normalize('NFC').trim().toLowerCase()] ?? 'exact';
}
