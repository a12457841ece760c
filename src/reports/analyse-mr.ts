import type { Lang } from '../core/lang';
import { type Connector, quoteIdent } from '../core/sql';
import type { CodebookVariable, StudyDataset } from '../data/study';
import { estimate } from '../stats/estimate';
import { type Flag, type Status, judgeBase } from '../indicators/status';
import { type Context, valueExpr, valueLabel } from './analyse';

/** A multiple-response set: 0/1 items sharing a codebook group (one per option, "mentioned" = 1). */
export interface ResponseSet {
  id: string;
  label: string;
  items: CodebookVariable[];
}

/** One option in one column: % of the set's respondents who chose it, with CI and base status. */
export interface OptionCell {
  option: string;
  label: string;
  col: string;
  pct: number | null;
  ci_low: number | null;
  ci_high: number | null;
  n: number;
  status: Status;
  flags: Flag[];
}

export interface SetResult {
  options: Array<{ name: string; label: string }>;
  cols: Array<{ code: string; label: string; n: number }>;
  cells: OptionCell[];
}

const isBinary = (v: CodebookVariable) =>
  Object.keys(v.values ?? {})
    .filter((k) => !(v.user_missing ?? []).includes(Number(k)))
    .sort()
    .join() === '0,1';

/** The multiple-response sets of a codebook: groups whose items are all yes/no (grids of scales are not sets). */
export function responseSets(codebook: CodebookVariable[], lang: Lang): ResponseSet[] {
  const groups = new Map<string, CodebookVariable[]>();
  for (const v of codebook) if (v.group) groups.set(v.group, [...(groups.get(v.group) ?? []), v]);
  return [...groups]
    .filter(([, items]) => items.length > 1 && items.every(isBinary))
    .map(([id, items]) => ({
      id,
      items,
      label: items[0].label[lang].replace(/:\s*[^:]*$/, ''),
    }));
}

/**
 * % of respondents mentioning each option of a set (base: those who answered at least one item; shares do not
 * sum to 100%), overall or by the categories of `cols`, each a domain estimate of the full design.
 */
export async function analyseSet(
  db: Connector,
  ds: StudyDataset,
  codebook: CodebookVariable[],
  set: ResponseSet,
  req: { cols: string | null; wave: number | null },
  ctx: Context,
): Promise<SetResult> {
  const { lang, place, totalLabel, rules } = ctx;
  const waveVar = codebook.find((v) => v.role === 'wave');
  const wave = waveVar && req.wave !== null ? `${quoteIdent(waveVar.name)} = ${Number(req.wave)}` : 'true';
  const answered = set.items.map((v) => `(${valueExpr(v)}) IS NOT NULL`).join(' OR ');
  const cv = req.cols ? codebook.find((v) => v.name === req.cols) : undefined;
  const by = cv ? [`(${valueExpr(cv)})::VARCHAR`] : [`'total'`];
  const domain = `${wave} AND (${answered})${cv ? ` AND ${by[0]} IS NOT NULL` : ''}`;
  const cells: OptionCell[] = [];
  for (const item of set.items) {
    const y = `COALESCE((${valueExpr(item)}) = 1, false)::INT`;
    for (const e of await estimate(db, quoteIdent(ds.id), ds.design, { statistic: 'proportion', y, by, domain })) {
      if (e.by[0] === null) continue;
      const { status, flags } = judgeBase(
        { ...e, estimate: e.estimate === null ? null : 100 * e.estimate, se: e.se === null ? null : 100 * e.se },
        rules,
      );
      const ok = status === 'ok';
      cells.push({
        option: item.name,
        label: item.option?.[lang] ?? item.label[lang],
        col: String(e.by[0]),
        n: e.n,
        status,
        flags,
        pct: ok ? 100 * e.estimate! : null,
        ci_low: ok && e.ci_low !== null ? 100 * e.ci_low : null,
        ci_high: ok && e.ci_high !== null ? 100 * e.ci_high : null,
      });
    }
  }
  const colCodes = [...new Set(cells.map((c) => c.col))];
  return {
    options: set.items.map((v) => ({ name: v.name, label: v.option?.[lang] ?? v.label[lang] })),
    cols: colCodes.map((code) => ({
      code,
      label: cv ? valueLabel(cv, code, lang, place) : totalLabel,
      n: cells.find((c) => c.col === code)!.n,
    })),
    cells,
  };
}
