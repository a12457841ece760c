import Papa from 'papaparse';
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

/** Words that say a value names a region (oblast), or a city: dropped for matching, kept to tell the two apart. */
const REGION_WORDS = ['области', 'область', 'обл', 'облысы', 'облысының', 'region', 'oblast', 'oblysy', 'province'];
const CITY_WORDS = ['г', 'город', 'города', 'city', 'қаласы', 'каласы', 'қ'];
const GENERIC = new Set([...REGION_WORDS, ...CITY_WORDS, 'of', 'the', 'рк']);

const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** What a value says it is: a region ("…область", "Region"), a city ("г. …", "city") or neither. */
export function markerOf(s: string): Region['kind'] | null {
  const w = words(s);
  const region = w.some((x) => REGION_WORDS.includes(x));
  const city = w.some((x) => CITY_WORDS.includes(x));
  return region === city ? null : region ? 'oblast' : 'city';
}

/** Normalise a region name: lower case, ё→е, punctuation and generic words ("область", "г.", "Region") dropped. */
export function key(s: string): string {
  return words(s)
    .filter((w) => !GENERIC.has(w))
    .join(' ');
}

/** A whole name compared as written: case, ё and punctuation ignored, "область" and "г." kept. */
const whole = (s: string) => words(s).join(' ');

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

/** Levenshtein distance between two strings. */
export function distance(a: string, b: string): number {
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

/** Names to match against, per region code: ru/kk/en names as written and without their generic words. */
function nameIndex(regions: Region[]): { code: string; kind: Region['kind']; names: string[]; whole: string[] }[] {
  return regions.map((r) => {
    const names = [r.name.ru, r.name.kk, r.name.en];
    return { code: r.code, kind: r.kind, names: [...new Set(names.map(key))], whole: names.map(whole) };
  });
}

type Index = ReturnType<typeof nameIndex>;

/**
 * The one region a value names, if it names exactly one: its whole name first ("Алматы облысы" is the region, not
 * the city), then names without generic words, narrowed by what the value says it is. Two left: the user chooses.
 */
function byName(v: string, index: Index): RegionMatch | null {
  const exact = index.filter((e) => e.whole.includes(whole(v)));
  if (exact.length === 1) return { value: v, code: exact[0].code, how: 'name', candidates: [] };
  const [k, sk, marker] = [key(v), skeleton(v), markerOf(v)];
  const named = index.filter((e) => e.names.some((n) => n === k || skeleton(n) === sk));
  const kinds = marker ? named.filter((e) => e.kind === marker) : named;
  const found = kinds.length || marker === 'oblast' ? kinds : named;
  if (found.length === 1) return { value: v, code: found[0].code, how: 'name', candidates: [] };
  return found.length ? { value: v, code: null, how: 'none', candidates: found.map((e) => e.code) } : null;
}

/**
 * Match the distinct values of a region column to today's 20 regions: the code itself, a name in ru/kk/en
 * (Latin or Cyrillic, case and "область"/"Region"/"г." ignored except to tell a region from the city of the same
 * name), a former name, a pre-2022 alpha code that maps to one region, then a close spelling (small edit distance
 * on a transliterated skeleton, one clear winner). Anything else, or a name two units share, is left for the user.
 */
export function matchRegions(
  values: string[],
  regions: Region[],
  pre2022: Record<string, string[]> = {},
): RegionMatch[] {
  const index = nameIndex(regions);
  const kindOf = new Map(regions.map((r) => [r.code, r.kind]));
  const aliases = new Map(Object.entries(REGION_ALIASES).map(([k, c]) => [skeleton(k), { code: c, how: aliasHow(k) }]));
  return [...new Set(values)].map((value) => {
    const v = value.trim();
    const up = v.toUpperCase();
    if (kindOf.has(up)) return { value, code: up, how: 'code', candidates: [] };
    if (pre2022[up]?.length === 1) return { value, code: pre2022[up][0], how: 'pre2022', candidates: [] };
    if (pre2022[up]) return { value, code: null, how: 'none', candidates: pre2022[up] };
    const named = byName(v, index);
    if (named) return { ...named, value };
    const marker = markerOf(v);
    const alias = aliases.get(skeleton(v));
    if (alias && (!marker || kindOf.get(alias.code) === marker || (marker === 'city' && alias.how === 'city')))
      return { value, code: alias.code, how: alias.how, candidates: [] };
    // "Region" rules out the cities; "city" does not rule out a region (a city lies in its region).
    return fuzzy(value, skeleton(v), marker === 'oblast' ? index.filter((e) => e.kind === 'oblast') : index);
  });
}

/** A skeleton without a Russian adjective ending ("Абайская" → "abai"), so adjectives meet nouns. */
export const stem = (sk: string) => sk.replace(/(inskaia|enskaia|skaia|skoi|skii|skogo|skaia)$/, '');

function fuzzy(value: string, sk: string, index: Index): RegionMatch {
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

/** Pre-2022 alpha codes → today's codes, from the reference crosswalk (`regions-crosswalk-2022.csv`). */
export function pre2022Codes(csv: string): Record<string, string[]> {
  const rows = Papa.parse<{ code_pre2022: string; code: string }>(csv, { header: true, skipEmptyLines: true }).data;
  const out: Record<string, string[]> = {};
  for (const r of rows) (out[r.code_pre2022] ??= []).push(r.code);
  return out;
}
