import type { CodebookVariable } from '../study';
import type { Localized } from '../../core/lang';
import type { SavVariable } from './sav';

const same = (s: string): Localized => ({ ru: s, kk: s, en: s });
/** Integer ranges of user-missing codes up to this long are listed code by code. */
const MAX_RANGE = 100;

/** The codebook an SPSS file carries: labels (same text in every UI language), value labels, user-missing, level. */
export function savCodebook(variables: SavVariable[]): CodebookVariable[] {
  return variables.map((v) => {
    const range =
      v.missingRange && Number.isInteger(v.missingRange[0]) && v.missingRange[1] - v.missingRange[0] <= MAX_RANGE
        ? Array.from({ length: v.missingRange[1] - v.missingRange[0] + 1 }, (_, i) => v.missingRange![0] + i)
        : [];
    const level = v.measure ?? (v.width > 0 || Object.keys(v.values).length ? 'nominal' : 'scale');
    return {
      name: v.name,
      label: same(v.label ?? v.name),
      level,
      ...(Object.keys(v.values).length
        ? { values: Object.fromEntries(Object.entries(v.values).map(([k, l]) => [k, same(l)])) }
        : {}),
      ...(v.userMissing.length || range.length
        ? { user_missing: [...new Set([...v.userMissing, ...range])].sort((a, b) => a - b) }
        : {}),
    };
  });
}
