import type { Lang } from '../core/lang';
import { entryById } from '../indicators/catalogue';
import { LAYERS } from '../reports/atameken/layers';
import type { ViewCell } from './from-view';
import { datasetsOf, fenced } from './view-parts';

/**
 * `#/atameken`: the layer's count by district in the year of the page's month (a notebook reads whole years; the
 * months, hexagons and points stay on the page) and its district map, withheld where the entry's privacy rule says.
 */
export function atamekenCell(p: Record<string, string>, lang: Lang): ViewCell {
  const entry = entryById(LAYERS[p.layer === 'reports' ? 'reports' : 'initiatives'].entry)!;
  const year = /^\d{4}-(0[1-9]|1[0-2])$/.test(p.month ?? '') ? Number(p.month.slice(0, 4)) : null;
  const id = `${entry.id}_by_district${year ? `_${year}` : ''}`;
  const text = [
    fenced(`indicator id=${id}`, { entry: entry.id, by: ['district'], ...(year ? { wave: year } : {}) }),
    fenced('chart kind=map', { data: id, level: 'district', title: `${entry.name[lang]}${year ? `, ${year}` : ''}` }),
  ];
  return { text: text.join('\n'), datasets: datasetsOf(entry) };
}
