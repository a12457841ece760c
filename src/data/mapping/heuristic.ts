/**
 * Names an akimat's or a centre's export may give the expected columns, in ru, kk and en. A name matches a header
 * when each of its words starts a word of the header ("дата подачи" matches "Дата подачи обращения"); stems such as
 * "волонтер" cover the word's endings.
 */
export const SYNONYMS: Record<string, string[]> = {
  id: ['id', '№', 'номер', 'нөмір', 'идентификатор', 'код обращения', 'number', 'no'],
  region: ['регион', 'область', 'облыс', 'өңір', 'region', 'oblast', 'province'],
  district: ['район', 'аудан', 'district', 'rayon', 'город район', 'като'],
  settlement: ['населенный пункт', 'нас пункт', 'елді мекен', 'село', 'settlement', 'locality', 'village'],
  lon: ['долгот', 'бойлық', 'longitude', 'lon', 'lng', 'long'],
  lat: ['широт', 'ендік', 'latitude', 'lat'],
  topic: ['тема', 'тематика', 'категория', 'тақырып', 'санат', 'topic', 'category', 'subject'],
  theme: ['тема', 'направление', 'тақырып', 'бағыт', 'theme', 'category'],
  date_filed: [
    ...['дата подачи', 'дата обращения', 'дата регистрации', 'дата поступления', 'берілген күн', 'өтініш күн'],
    ...['filing date', 'date submitted', 'submitted'],
  ],
  date_done: [
    ...['дата выполнения', 'дата решения', 'дата исполнения', 'дата закрытия', 'орындалған күн', 'шешілген күн'],
    ...['date resolved', 'resolved', 'date closed', 'closed'],
  ],
  date_proposed: ['дата выдвижения', 'дата подачи', 'дата предложения', 'ұсынылған күн', 'date proposed', 'proposed'],
  status: ['статус', 'состояние', 'мәртебе', 'күйі', 'status', 'state'],
  stage: ['стадия', 'этап', 'статус', 'кезең', 'саты', 'stage', 'phase', 'status'],
  solved_by: ['кем решен', 'решено кем', 'кім шешт', 'шешкен', 'solved by', 'resolved by'],
  comments: ['комментари', 'пікір', 'comment'],
  carrier: ['кто реализует', 'реализатор', 'субъект', 'кім жүзеге асырады', 'орындаушы', 'carrier', 'implementer'],
  patrons: ['меценат', 'спонсор', 'patron', 'sponsor'],
  investors: ['инвестор', 'investor'],
  volunteers: ['волонтер', 'доброволь', 'ерікті', 'волонтерлер', 'volunteer'],
  volunteer_events: ['мероприят волонтер', 'мероприят', 'іс шара', 'volunteer events', 'events'],
  recipients: ['получател', 'благополучател', 'охват', 'алушы', 'қамтылған', 'recipient', 'beneficiar', 'reached'],
  rating: ['оценка', 'рейтинг', 'баға', 'бағасы', 'rating', 'score'],
  level: ['уровень', 'деңгей', 'level'],
  period_type: ['тип периода', 'периодичность', 'кезең түрі', 'period type', 'periodicity'],
  period: ['период', 'кезең', 'period'],
  nomination: ['номинаци', 'nomination', 'award'],
  nominee: ['номинант', 'лауреат', 'победитель', 'жеңімпаз', 'nominee', 'winner', 'awardee'],
  count: ['количество', 'число', 'значение', 'саны', 'мәні', 'count', 'value'],
  year: ['год', 'жыл', 'year'],
};

/** Lower-case words of a name: ё → е, punctuation, `_` and `-` split words ("date_filed" → date, filed). */
export function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/[^\p{L}\p{N}№]+/u)
    .filter(Boolean);
}

/** A synonym's word matches a header's word: the same, or (4 letters or more) the start of it. */
const wordMatches = (syn: string, word: string) => word === syn || (syn.length >= 4 && word.startsWith(syn));

/**
 * How well a header fits an expected column: 1000 for its exact name, else the best synonym whose words all start
 * words of the header, by words matched (×10) less the header's other words; 0 when nothing fits.
 */
export function fitScore(expected: string, header: string): number {
  if (header.trim().toLowerCase() === expected) return 1000;
  if (nameWords(header).join(' ') === nameWords(expected).join(' ')) return 900;
  const words = nameWords(header);
  let best = 0;
  for (const syn of [expected.replace(/_/g, ' '), ...(SYNONYMS[expected] ?? [])]) {
    const parts = nameWords(syn);
    if (!parts.length || !parts.every((p) => words.some((w) => wordMatches(p, w)))) continue;
    // More words matched first, then fewer other words, then the longer (more specific) synonym.
    const chars = parts.reduce((n, p) => n + p.length, 0);
    best = Math.max(best, 10 * parts.length - (words.length - parts.length) + 1 + chars / 100);
  }
  return best;
}

/**
 * Pre-fill a mapping: each expected column gets the header that fits it best (see `fitScore`), the best fits
 * first, each header used once; null where nothing fits.
 */
export function suggestMapping(expected: string[], header: string[]): Record<string, string | null> {
  const pairs = expected.flatMap((e, i) => header.map((h, j) => ({ e, h, i, j, score: fitScore(e, h) })));
  pairs.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
  const out: Record<string, string | null> = Object.fromEntries(expected.map((e) => [e, null]));
  const used = new Set<string>();
  for (const p of pairs) {
    if (p.score <= 0 || out[p.e] !== null || used.has(p.h)) continue;
    out[p.e] = p.h;
    used.add(p.h);
  }
  return out;
}
