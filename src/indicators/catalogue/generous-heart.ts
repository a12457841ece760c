import { NOMINATIONS, PARTICIPANTS, PARTICIPANTS_SUM, entry, per10k, perRegion } from './atameken-parts';
import { type Entry, l } from './types';

/** Generous heart: participants (volunteers, patrons, investors) and nominations by level and period. */
export const GENEROUS_HEART_ENTRIES: Entry[] = [
  entry(
    PARTICIPANTS,
    {
      id: 'gh_participants',
      task: 'S3',
      columns: ['volunteers', 'patrons', 'investors'],
      name: l('Участники «Жомарт жүрек»', '«Жомарт жүрек» қатысушылары', 'Participants in Generous heart'),
      definition: l(
        'Волонтёры, меценаты и инвесторы, участвовавшие за год. Группа с 1–4 участниками не показывается (защита персональных данных).',
        'Жыл ішінде қатысқан еріктілер, меценаттар мен инвесторлар. 1–4 қатысушысы бар топ көрсетілмейді (дербес деректерді қорғау).',
        'Volunteers, patrons and investors taking part in the year. A group of 1–4 participants is not shown (privacy).',
      ),
    },
    'persons',
    { kind: 'sum', value: PARTICIPANTS_SUM },
  ),
  entry(
    perRegion(PARTICIPANTS),
    {
      id: 'gh_participants_per_10k',
      task: 'S3',
      columns: ['volunteers', 'patrons', 'investors'],
      name: l(
        'Участники «Жомарт жүрек» на 10 000 жителей',
        '10 000 тұрғынға «Жомарт жүрек» қатысушылары',
        'Generous heart participants per 10,000 residents',
      ),
      definition: per10k(l('Участники за год', 'Жыл ішіндегі қатысушылар', 'Participants in the year')),
    },
    'per_10k',
    { kind: 'rate', value: PARTICIPANTS_SUM, per: 10000 },
  ),
  entry(
    NOMINATIONS,
    {
      id: 'gh_nominations',
      task: 'S3',
      columns: ['level', 'period_type', 'nomination'],
      name: l('Номинации «Жомарт жүрек»', '«Жомарт жүрек» номинациялары', 'Generous heart nominations'),
      definition: l(
        'Присуждённые номинации (самый активный и любимый волонтёр, меценат, инвестор) по уровню (район, город, регион) и периоду (месяц, квартал, год); год — год периода.',
        'Берілген номинациялар (ең белсенді және сүйікті ерікті, меценат, инвестор) деңгей (аудан, қала, өңір) және кезең (ай, тоқсан, жыл) бойынша; жыл — кезең жылы.',
        'Nominations awarded (most active and favourite volunteer, patron, investor) by level (district, city, region) and period (month, quarter, year); the year is the period’s.',
      ),
    },
    'count',
    { kind: 'count' },
  ),
];
