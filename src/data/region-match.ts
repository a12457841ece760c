import type { Region } from './reference';

/**
 * Other names of today's regions that turn up in survey files: former names (Nur-Sultan 2019–2022, South
 * Kazakhstan until 2018, Soviet-era spellings), common abbreviations, and the old regions whose territory a
 * region now covers. Keys are normalised (see `key`).
 */
export const REGION_ALIASES: Record<string, string> = {
  'нур султан': 'KZ-71',
  'нұр сұлтан': 'KZ-71',
  'nur sultan': 'KZ-71',
  целиноград: 'KZ-71',
  'акмола г': 'KZ-71',
  'алма ата': 'KZ-75',
  'alma ata': 'KZ-75',
  чимкент: 'KZ-79',
  chimkent: 'KZ-79',
  'южно казахстанская': 'KZ-61',
  юко: 'KZ-61',
  'south kazakhstan': 'KZ-61',
  'оңтүстік қазақстан': 'KZ-61',
  туркестан: 'KZ-61',
  turkestan: 'KZ-61',
  зко: 'KZ-27',
  уральск: 'KZ-27',
  uralsk: 'KZ-27',
  ско: 'KZ-59',
  петропавловск: 'KZ-59',
  вко: 'KZ-63',
  'усть каменогорск': 'KZ-63',
  джамбульская: 'KZ-31',
  джамбул: 'KZ-31',
  dzhambul: 'KZ-31',
  jambyl: 'KZ-31',
  актюбинск: 'KZ-15',
  aktyubinsk: 'KZ-15',
  кустанайская: 'KZ-39',
  kustanai: 'KZ-39',
  гурьевская: 'KZ-23',
  guryev: 'KZ-23',
  мангышлакская: 'KZ-47',
  mangyshlak: 'KZ-47',
  жетысу: 'KZ-33',
  zhetysu: 'KZ-33',
  талдыкорганская: 'KZ-33',
  семипалатинская: 'KZ-10',
  semipalatinsk: 'KZ-10',
  abay: 'KZ-10',
  жезказганская: 'KZ-62',
  zhezkazgan: 'KZ-62',
  'кзыл орда': 'KZ-43',
  'кызыл орда': 'KZ-43',
  'kzyl orda': 'KZ-43',
  'kyzyl orda': 'KZ-43',
  кокчетавская: 'KZ-11',
  kokchetav: 'KZ-11',
};

/** Aliases that are abbreviations in use today, and the regional centres' city names; the rest are former names. */
const ABBREVIATIONS = new Set(['зко', 'ско', 'вко', 'юко']);
const CITIES = new Set(['уральск', 'uralsk', 'петропавловск', 'усть каменогорск']);
type AliasHow = 'abbreviation' | 'city' | 'former';
const aliasHow = (alias: string): AliasHow =>
  ABBREVIATIONS.has(alias) ? 'abbreviation' : CITIES.has(alias) ? 'city' : 'former';

/** How a value was matched, for the user to review. */
export type MatchHow = 'code' | 'name' | AliasHow | 'pre2022' | 'fuzzy' | 'none';

/** One distinct value of a region column and the reference code it was matched to (null: the user must choose). */
export interface RegionMatch {
  value: string;
  code: string | null;
  how: MatchHow;
  /** For a fuzzy match or none: the closest reference regions, best first. */
  candidates: string[];
}

const GENERIC = new Set([
  'области',
  'область',
  'обл',
  'облысы',
  'облысының',
  'region',
  'oblast',
  'oblysy',
  'province',
  'г',
  'город',
  'города',
  'city',
  'of',
  'қаласы',
  'каласы',
  'қ',
  'the',
  'рк',
]);

/** Normalise a region name: lower case, ё→е, punctuation and generic words ("область", "г.", "Region") dropped. */
export function key(s: string): string {
  return s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !GENERIC.has(w))
    .join(' ');
}

const LATIN: Record<string, string> = {
  а: 'a',
  ә: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  і: 'i',
  к: 'k',
  қ: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'n',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'u',
  ү: 'u',
  ф: 'f',
  х: 'kh',
  һ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sh',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** A Latin skeleton for comparing Cyrillic and Latin spellings (Kazakh letters folded, j/y/zh unified). */
export function skeleton(s: string): string {
  return [...key(s)]
    .map((ch) => LATIN[ch] ?? ch)
    .join('')
    .replace(/q/g, 'k')
    .replace(/zh|j/g, 'zh')
    .replace(/y/g, 'i')
    .replace(/kh|h/g, 'h')
    .replace(/ /g, '');
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

/** Names to match against, per region code: ru/kk/en names and their skeletons. */
function nameIndex(regions: Region[]): { code: string; names: string[] }[] {
  return regions.map((r) => ({ code: r.code, names: [...new Set([r.name.ru, r.name.kk, r.name.en].map(key))] }));
}

/**
 * Match the distinct values of a region column to today's 20 regions: the code itself, a name in ru/kk/en
 * (Latin or Cyrillic, case and "область"/"Region"/"г." ignored), a former name, a pre-2022 alpha code that maps to
 * one region, then a close spelling (small edit distance on a transliterated skeleton, one clear winner).
 * Anything else is left for the user to resolve.
 */
export function matchRegions(
  values: string[],
  regions: Region[],
  pre2022: Record<string, string[]> = {},
): RegionMatch[] {
  const index = nameIndex(regions);
  const codes = new Set(regions.map((r) => r.code));
  const byKey = new Map(index.flatMap((e) => e.names.map((n) => [n, e.code] as const)));
  const bySkeleton = new Map(index.flatMap((e) => e.names.map((n) => [skeleton(n), e.code] as const)));
  const aliases = new Map(Object.entries(REGION_ALIASES).map(([k, c]) => [skeleton(k), { code: c, how: aliasHow(k) }]));
  return [...new Set(values)].map((value) => {
    const v = value.trim();
    const k = key(v);
    const sk = skeleton(v);
    if (codes.has(v.toUpperCase())) return { value, code: v.toUpperCase(), how: 'code', candidates: [] };
    const up = v.toUpperCase();
    if (pre2022[up]?.length === 1) return { value, code: pre2022[up][0], how: 'pre2022', candidates: [] };
    if (pre2022[up]) return { value, code: null, how: 'none', candidates: pre2022[up] };
    const named = byKey.get(k) ?? bySkeleton.get(sk);
    if (named) return { value, code: named, how: 'name', candidates: [] };
    const alias = aliases.get(sk);
    if (alias) return { value, code: alias.code, how: alias.how, candidates: [] };
    return fuzzy(value, sk, index);
  });
}

/** A skeleton without a Russian adjective ending ("Абайская" → "abai"), so adjectives meet nouns. */
const stem = (sk: string) => sk.replace(/(inskaia|enskaia|skaia|skoi|skii|skogo|skaia)$/, '');

function fuzzy(value: string, sk: string, index: { code: string; names: string[] }[]): RegionMatch {
  const scored = index
    .map((e) => ({
      code: e.code,
      d: Math.min(...e.names.flatMap((n) => [distance(sk, skeleton(n)), distance(stem(sk), stem(skeleton(n)))])),
    }))
    .sort((a, b) => a.d - b.d);
  const [best, second] = scored;
  const tolerance = Math.max(1, Math.floor(sk.length / 5));
  const clear = sk.length >= 4 && best.d <= tolerance && (!second || second.d > best.d);
  return {
    value,
    code: clear ? best.code : null,
    how: clear ? 'fuzzy' : 'none',
    candidates: scored.slice(0, 3).map((s) => s.code),
  };
}

/** Pre-2022 alpha codes → today's codes, from the reference crosswalk rows. */
export function pre2022Codes(rows: { code_pre2022: string; code: string }[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const r of rows) (out[r.code_pre2022] ??= []).push(r.code);
  return out;
}
