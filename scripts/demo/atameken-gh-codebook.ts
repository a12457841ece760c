import { type Variable, l } from './codebook';
import { PLACE, v } from './atameken-codebook';

/** Codebook of Generous heart nominations (synthetic demo): one row per nomination awarded. */
export const GH_CODEBOOK: Variable[] = [
  v('id', l('Номер номинации (синтетический)', 'Номинация нөмірі (синтетикалық)', 'Nomination id (synthetic)'), 'id', {
    role: 'id',
  }),
  v('level', l('Уровень', 'Деңгей', 'Level'), 'ordinal', {
    values: {
      district: l('Район', 'Аудан', 'District'),
      city: l('Город', 'Қала', 'City'),
      region: l('Регион', 'Өңір', 'Region'),
    },
  }),
  ...PLACE.map((p) =>
    p.name === 'district'
      ? {
          ...p,
          label: l(
            'Район (КАТО; пусто для уровня региона)',
            'Аудан (ӘАОЖ; өңір деңгейі үшін бос)',
            'District (KATO; empty at region level)',
          ),
        }
      : p,
  ),
  v('period_type', l('Период', 'Кезең', 'Period'), 'ordinal', {
    values: {
      month: l('Месяц', 'Ай', 'Month'),
      quarter: l('Квартал', 'Тоқсан', 'Quarter'),
      year: l('Год', 'Жыл', 'Year'),
    },
  }),
  v(
    'period',
    l('Период (2024-03, 2024-Q1, 2024)', 'Кезең (2024-03, 2024-Q1, 2024)', 'Period (2024-03, 2024-Q1, 2024)'),
    'ordinal',
  ),
  v('nomination', l('Номинация', 'Номинация', 'Nomination'), 'nominal', {
    values: {
      active_volunteer: l('Самый активный волонтёр', 'Ең белсенді ерікті', 'Most active volunteer'),
      favourite_volunteer: l('Любимый волонтёр', 'Сүйікті ерікті', 'Favourite volunteer'),
      patron: l('Меценат', 'Меценат', 'Patron'),
      investor: l('Инвестор', 'Инвестор', 'Investor'),
    },
  }),
  v('nominee', l('Номинант (псевдоним)', 'Номинант (бүркеншік ат)', 'Nominee (pseudonym)'), 'id'),
  v(
    'count',
    l(
      'Чем решено: людям помогли / положительных отзывов / сумма, тенге',
      'Немен шешілді: көмектескен адамдар / оң пікірлер / сома, теңге',
      'Decided by: people helped / positive reviews / amount, tenge',
    ),
  ),
];

/** Codebook of Generous heart participants (synthetic demo): one row per district and year. */
export const GH_PARTICIPANTS_CODEBOOK: Variable[] = [
  ...PLACE,
  v('year', l('Год', 'Жыл', 'Year'), 'ordinal', { role: 'wave' }),
  v('volunteers', l('Волонтёры-участники', 'Қатысушы еріктілер', 'Volunteers taking part')),
  v('patrons', l('Меценаты-участники', 'Қатысушы меценаттар', 'Patrons taking part')),
  v('investors', l('Инвесторы-участники', 'Қатысушы инвесторлар', 'Investors taking part')),
];
