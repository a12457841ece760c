import type { RegionLine } from './rows';

export type SortKey = 'name' | 'estimate' | 'n' | 'rank' | 'vs_national';

const VS = { above: 0, same: 1, below: 2 } as const;

function value(l: RegionLine, key: SortKey): number | string | null {
  if (key === 'vs_national') return l.vs_national ? VS[l.vs_national] : null;
  return l[key];
}

/** Lines sorted by a column (rows without a value last, either way), ties by group then name. */
export function sortLines(lines: RegionLine[], key: SortKey, desc: boolean): RegionLine[] {
  return [...lines].sort((a, b) => {
    const [x, y] = [value(a, key), value(b, key)];
    if (x === null || y === null) return x === y ? a.name.localeCompare(b.name) : x === null ? 1 : -1;
    const c = typeof x === 'string' ? x.localeCompare(String(y)) : x - (y as number);
    return (desc ? -c : c) || a.group.localeCompare(b.group) || a.name.localeCompare(b.name);
  });
}
