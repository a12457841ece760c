import type { Lang } from '../core/lang';
import { translator } from '../i18n/t';
import { entryById } from '../indicators/catalogue';
import { MEASURES, TERM } from '../indicators/measures';
import type { ViewCell } from './from-view';
import { datasetsOf, fenced } from './view-parts';

/**
 * `#/measures`: a note naming the year, then the scorecard of every indicator the strategy's measures are meant to
 * move. The facts entered for the measures are workspace data, not a dataset a notebook reads, so the note says
 * that the statuses stay on the measures page.
 */
export function measuresCell(p: Record<string, string>, lang: Lang): ViewCell {
  const t = translator(lang);
  const asked = Number(p.year);
  const year = Number.isInteger(asked) && asked >= TERM.first && asked <= TERM.last ? asked : TERM.last;
  const ids = [...new Set(MEASURES.flatMap((m) => m.indicators))];
  const entries = ids.flatMap((id) => entryById(id) ?? []);
  const text = [
    `${t('measures.notebook.note', { year })}\n`,
    fenced('chart kind=scorecard', { indicator: ids.join(','), title: t('measures.report.heading', { year }) }),
  ].join('\n');
  return { text, datasets: [...new Set(entries.flatMap(datasetsOf))] };
}
