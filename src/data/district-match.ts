import type { District } from './reference';
import { distance, skeleton, stem } from './region-match';

/** How a district value was matched, for the user to review. */
export type DistrictHow = 'code' | 'name' | 'fuzzy' | 'none';

/** One distinct (region, district value) pair and the reference district it was matched to (null: the user chooses). */
export interface DistrictMatch {
  /** The row's region code (null when the row has none): names are matched within it. */
  region: string | null;
  value: string;
  code: string | null;
  how: DistrictHow;
  /** For a fuzzy match or none: the closest reference districts, best first. */
  candidates: string[];
}

/** Words that say a value is a district ("район", "р-н", "ауданы") or a city ("г.", "г.а.", "қаласы"). */
const AREA_WORDS = ['район', 'района', 'р', 'н', 'рн', 'ауданы', 'аудан', 'district', 'rayon', 'raion', 'audany'];
const CITY_WORDS = ['г', 'город', 'гор', 'а', 'га', 'қ', 'қаласы', 'каласы', 'ә', 'city', 'town', 'администрация'];

const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** A district name's Latin skeleton without the words "район", "г." and the like. */
const bare = (s: string) =>
  skeleton(
    words(s)
      .filter((w) => !AREA_WORDS.includes(w) && !CITY_WORDS.includes(w))
      .join(' '),
  );

/** What a value says it is: a district, a city, or neither. */
function markerOf(s: string): 'area' | 'city' | null {
  const w = words(s);
  const [area, city] = [w.some((x) => AREA_WORDS.includes(x)), w.some((x) => CITY_WORDS.includes(x))];
  return area === city ? null : area ? 'area' : 'city';
}

/** A Russian district name is an adjective ("Абайский"); a city's is a noun ("Семей"). */
const isAdjective = (d: District) => /(ский|цкий|ий|ый)$/i.test(d.name.ru.trim());

/** The reference code a value gives outright: `KZ751110`, the KATO `751110000`, or its first six digits. */
function codeOf(value: string, known: Set<string>): string | null {
  const up = value.trim().toUpperCase();
  if (known.has(up)) return up;
  const digits = up.replace(/\s/g, '');
  const six =
    /^\d{9}$/.test(digits) && digits.endsWith('000') ? digits.slice(0, 6) : /^\d{6}$/.test(digits) ? digits : '';
  return six && known.has(`KZ${six}`) ? `KZ${six}` : null;
}

/** Skeletons of a district's ru/kk/en names, whole and without adjective endings. */
const namesOf = (d: District) => [d.name.ru, d.name.kk, d.name.en].map(bare).flatMap((s) => [s, stem(s)]);

function byName(value: string, pool: District[]): District[] {
  const sk = bare(value);
  if (!sk) return [];
  const found = pool.filter((d) => namesOf(d).some((n) => n === sk || n === stem(sk)));
  const marker = markerOf(value);
  if (found.length < 2 || !marker) return found;
  const kind = found.filter((d) => isAdjective(d) === (marker === 'area'));
  return kind.length ? kind : found;
}

function fuzzy(value: string, pool: District[]): Pick<DistrictMatch, 'code' | 'how' | 'candidates'> {
  const sk = stem(bare(value));
  const scored = pool
    .map((d) => ({ code: d.code, d: Math.min(...namesOf(d).map((n) => distance(sk, n))) }))
    .sort((a, b) => a.d - b.d);
  const [best, second] = scored;
  const clear = !!best && sk.length >= 4 && best.d <= Math.max(1, Math.floor(sk.length / 5)) && second?.d !== best.d;
  return {
    code: clear ? best.code : null,
    how: clear ? 'fuzzy' : 'none',
    candidates: scored.slice(0, 3).map((s) => s.code),
  };
}

/**
 * Match district values to the reference districts, each within its row's region: the code (`KZ751110`) or KATO
 * (`751110000`) itself, a name in ru/kk/en ("Алмалинский р-н", "Алмалы ауданы", "Almaly district", "г. Семей"),
 * then a close spelling with one clear winner. A name two districts of the region share (a city and the district
 * around it) is told apart by "г."/"район" when the value says which; otherwise it is left for the user. Without
 * a region, names are matched across the country, so a name several regions use is left for the user too.
 */
export function matchDistricts(
  pairs: { region: string | null; value: string }[],
  districts: District[],
): DistrictMatch[] {
  const known = new Set(districts.map((d) => d.code));
  const seen = new Map<string, { region: string | null; value: string }>();
  for (const p of pairs) seen.set(`${p.region ?? ''}|${p.value}`, p);
  return [...seen.values()].map(({ region, value }) => {
    const code = codeOf(value, known);
    if (code) return { region, value, code, how: 'code', candidates: [] };
    const inRegion = districts.filter((d) => d.region === region);
    const pool = inRegion.length ? inRegion : districts;
    const named = byName(value, pool);
    if (named.length === 1) return { region, value, code: named[0].code, how: 'name', candidates: [] };
    if (named.length > 1) return { region, value, code: null, how: 'none', candidates: named.map((d) => d.code) };
    return { region, value, ...fuzzy(value, pool) };
  });
}
