import type { Lang } from '../core/lang';
import { type Connector, quoteIdent } from '../core/sql';
import type { CodebookVariable } from '../data/study';
import { SRS } from '../core/design';
import { meanDifference, proportionDifference } from '../stats/difference';
import { estimate } from '../stats/estimate';
import { frequencies, round1 } from '../stats/freq';
import type { ReportTable } from './needs-spec';

/** One cell: a count and its percent of the base (single, multi) or a mean with its CI (scores). */
export interface ReportCell {
  n: number;
  value: number | null;
  ci_low?: number | null;
  ci_high?: number | null;
}

/** One row of a report table: a category, option or item, its cells per wave and the change from first to last. */
export interface ReportRow {
  key: string;
  label: string;
  cells: ReportCell[];
  change: { estimate: number; ci_low: number | null; ci_high: number | null } | null;
}

/** A computed report table: the question's wording (single-choice tables), bases (valid n) per wave, rows. */
export interface ReportResult {
  table: ReportTable;
  question: string | null;
  bases: number[];
  rows: ReportRow[];
}

export interface WaveData {
  table: string;
  codebook: CodebookVariable[];
}

const metaOf = (w: WaveData, name: string) => w.codebook.find((v) => v.name === name);
/** A row's label: the option text of a set member, else the variable label, else its name. */
const rowLabel = (w: WaveData, name: string, lang: Lang) => {
  const meta = metaOf(w, name);
  return meta?.option?.[lang] ?? meta?.label[lang] ?? name;
};
const pctChange = (cells: ReportCell[], bases: number[]) => {
  const [a, b] = [0, cells.length - 1];
  if (cells.length < 2 || !bases[a] || !bases[b]) return null;
  const d = proportionDifference(cells[b].n, bases[b], cells[a].n, bases[a]);
  return { estimate: d.estimate * 100, ci_low: d.ci_low * 100, ci_high: d.ci_high * 100 };
};

async function single(
  db: Connector,
  t: ReportTable,
  waves: WaveData[],
  lang: Lang,
): Promise<Omit<ReportResult, 'table' | 'question'>> {
  const v = t.variables[0];
  const freqs = await Promise.all(waves.map((w) => frequencies(db, w.table, v, { meta: metaOf(w, v), lang })));
  const bases = freqs.map((f) => f.filter((r) => !r.missing).reduce((a, r) => a + r.n, 0));
  const keys = [...new Set(freqs.flatMap((f) => f.filter((r) => !r.missing).map((r) => String(r.value))))];
  const rows = keys.map((key) => {
    const hits = freqs.map((f) => f.find((r) => String(r.value) === key));
    const cells = hits.map((h) => ({ n: h?.n ?? 0, value: h?.percent ?? 0 }));
    return { key, label: hits.find((h) => h?.label)?.label ?? key, cells, change: pctChange(cells, bases) };
  });
  return { bases, rows };
}

async function multi(
  db: Connector,
  t: ReportTable,
  waves: WaveData[],
  lang: Lang,
): Promise<Omit<ReportResult, 'table' | 'question'>> {
  const counts = await Promise.all(
    waves.map(async (w) => {
      const sel = t.variables.map((v, i) => `count(*) FILTER (${quoteIdent(v)} = ${t.yes ?? 1}) AS y${i}`).join(', ');
      const base = t.variables.map((v) => `${quoteIdent(v)} IS NOT NULL`).join(' OR ');
      const [r] = await db.query(`SELECT count(*) FILTER (${base}) AS base, ${sel} FROM ${quoteIdent(w.table)}`);
      return r;
    }),
  );
  const bases = counts.map((c) => Number(c.base));
  const rows = t.variables.map((v, i) => {
    const cells = counts.map((c, k) => ({
      n: Number(c[`y${i}`]),
      value: bases[k] ? round1((Number(c[`y${i}`]) / bases[k]) * 100) : null,
    }));
    return { key: v, label: rowLabel(waves[0], v, lang), cells, change: pctChange(cells, bases) };
  });
  return { bases, rows };
}

async function scores(
  db: Connector,
  t: ReportTable,
  waves: WaveData[],
  lang: Lang,
): Promise<Omit<ReportResult, 'table' | 'question'>> {
  const rows: ReportRow[] = [];
  let bases: number[] = [];
  for (const v of t.variables) {
    const ests = await Promise.all(
      waves.map(
        async (w) => (await estimate(db, quoteIdent(w.table), SRS, { statistic: 'mean', y: quoteIdent(v) }))[0],
      ),
    );
    bases = ests.map((e) => e.n);
    const cells = ests.map((e) => ({ n: e.n, value: e.estimate, ci_low: e.ci_low, ci_high: e.ci_high }));
    const [a, b] = [ests[0], ests[ests.length - 1]];
    const ok = ests.length > 1 && a.estimate !== null && b.estimate !== null && a.df && b.df;
    const change = ok ? meanDifference(b.estimate!, b.se!, b.df!, a.estimate!, a.se!, a.df!) : null;
    rows.push({ key: v, label: rowLabel(waves[0], v, lang), cells, change });
  }
  return { bases, rows };
}

const RUNNERS = { single, multi, scores };

/** Compute one report table for each wave (in order); the change is last wave minus first, with a 95% CI. */
export async function runReportTable(
  db: Connector,
  t: ReportTable,
  waves: WaveData[],
  lang: Lang,
): Promise<ReportResult> {
  const out = await RUNNERS[t.kind](db, t, waves, lang);
  const question = t.kind === 'single' ? (metaOf(waves[0], t.variables[0])?.label[lang] ?? null) : null;
  return { table: t, question, ...out };
}

/** Every table of a report, each wave of it in order; `codebookOf` gives each wave's codebook. */
export async function runReport(
  db: Connector,
  spec: { datasets: string[]; tables: ReportTable[] },
  codebookOf: (id: string) => Promise<CodebookVariable[]>,
  lang: Lang,
): Promise<ReportResult[]> {
  const waves = await Promise.all(spec.datasets.map(async (id) => ({ table: id, codebook: await codebookOf(id) })));
  const out: ReportResult[] = [];
  for (const t of spec.tables) out.push(await runReportTable(db, t, waves, lang));
  return out;
}
