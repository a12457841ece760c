import type { Design } from '../core/design';
import type { Connector } from '../core/sql';
import type { CrosstabSpec } from './crosstab-cells';
import { degfSql, designCtes } from './variance-sql';

/** Degrees of freedom of the domain of each row and each column of a crosstab, by level, and of the whole table. */
export interface CrosstabDf {
  rows: Map<string, number>;
  cols: Map<string, number>;
  table: number;
}

/**
 * R's degf among the respondents of each row, each column and the table (both answers given, within the domain), as
 * degf(subset(design, rows == r)) on which svyciprop computes a row percentage's interval. Replicate designs have
 * one df (the rank of the replicate weights − 1) for every domain: null.
 */
export async function crosstabDf(
  db: Connector,
  table: string,
  design: Design,
  spec: CrosstabSpec,
): Promise<CrosstabDf | null> {
  if (design.replicates) return null;
  const inDom = spec.domain ? `COALESCE((${spec.domain}), false)` : 'true';
  const select = [`(${spec.rows})::VARCHAR AS _r`, `(${spec.cols})::VARCHAR AS _c`, `${inDom} AS _in`];
  const ctes = designCtes(table, design, select);
  const df = `${degfSql()} AS df`;
  const rows = await db.query<{ side: string; level: string; df: number }>(
    `WITH ${ctes.join(',\n')},
  d AS (SELECT * FROM dat WHERE _in AND _r IS NOT NULL AND _c IS NOT NULL)
SELECT 'r' AS side, _r AS level, ${df} FROM d GROUP BY _r
UNION ALL SELECT 'c' AS side, _c AS level, ${df} FROM d GROUP BY _c
UNION ALL SELECT 't' AS side, NULL AS level, ${df} FROM d`,
  );
  const side = (s: string) => new Map(rows.filter((r) => r.side === s).map((r) => [r.level, Number(r.df)]));
  return { rows: side('r'), cols: side('c'), table: Number(rows.find((r) => r.side === 't')?.df ?? 0) };
}
