import type { Localized } from '../../core/lang';
import { type Breakdown, type Entry, type Formula, l } from './types';

const DIMS: Breakdown[] = ['region', 'wave', 'legal_form', 'activity'];
type Base = Pick<Entry, 'id' | 'name' | 'columns'> & { def?: Localized };
const stat = (e: Base, unit: Entry['unit'], formula: Formula, breakdowns: Breakdown[] = DIMS): Entry => ({
  task: 'S3',
  source: 'ngo_statistics',
  dataset: 'ngo_stats',
  breakdowns,
  smallBase: { rule: 'census' },
  direction: 'higher',
  definition:
    e.def ??
    l(
      `${e.name.ru}: сумма по статистике НПО за год.`,
      `${e.name.kk}: жыл бойынша ҮЕҰ статистикасының қосындысы.`,
      `${e.name.en}: summed over the year’s NGO statistics.`,
    ),
  id: e.id,
  name: e.name,
  columns: e.columns,
  unit,
  formula,
});
const THOUSAND = 1000;

/** NGO sector statistics (task S3): every breakdown the statistics carry, with rates where a denominator exists. */
export const NGO_ENTRIES: Entry[] = [
  stat(
    {
      id: 'ngo_registered',
      columns: ['registered'],
      name: l('Зарегистрированные НПО', 'Тіркелген ҮЕҰ', 'Registered NGOs'),
    },
    'count',
    { kind: 'sum', value: 'registered' },
  ),
  stat(
    {
      id: 'ngo_registered_per_10k',
      columns: ['registered'],
      name: l(
        'Зарегистрированные НПО на 10 000 жителей',
        '10 000 тұрғынға тіркелген ҮЕҰ',
        'Registered NGOs per 10,000 residents',
      ),
      def: l(
        'Зарегистрированные НПО на 10 000 жителей региона (справочная численность).',
        'Өңірдің 10 000 тұрғынына тіркелген ҮЕҰ (анықтамалық халық саны).',
        'Registered NGOs per 10,000 residents of the region (reference population).',
      ),
    },
    'per_10k',
    { kind: 'rate', value: 'registered', per: 10000 },
  ),
  stat(
    { id: 'ngo_active', columns: ['active'], name: l('Действующие НПО', 'Жұмыс істейтін ҮЕҰ', 'Active NGOs') },
    'count',
    { kind: 'sum', value: 'active' },
  ),
  stat(
    {
      id: 'ngo_active_per_10k',
      columns: ['active'],
      name: l(
        'Действующие НПО на 10 000 жителей',
        '10 000 тұрғынға жұмыс істейтін ҮЕҰ',
        'Active NGOs per 10,000 residents',
      ),
      def: l(
        'Действующие НПО на 10 000 жителей региона (справочная численность).',
        'Өңірдің 10 000 тұрғынына жұмыс істейтін ҮЕҰ (анықтамалық халық саны).',
        'Active NGOs per 10,000 residents of the region (reference population).',
      ),
    },
    'per_10k',
    { kind: 'rate', value: 'active', per: 10000 },
  ),
  stat(
    {
      id: 'ngo_active_pct',
      columns: ['active', 'registered'],
      name: l('Доля действующих НПО', 'Жұмыс істейтін ҮЕҰ үлесі', 'Share of NGOs active'),
      def: l(
        'Действующие ÷ зарегистрированные НПО (статус деятельности).',
        'Жұмыс істейтін ÷ тіркелген ҮЕҰ (қызмет мәртебесі).',
        'Active ÷ registered NGOs (activity status).',
      ),
    },
    'percent',
    { kind: 'ratio_of_sums', num: 'active', den: 'registered' },
  ),
  stat(
    { id: 'ngo_employees', columns: ['employees'], name: l('Работники НПО', 'ҮЕҰ қызметкерлері', 'Employees of NGOs') },
    'persons',
    { kind: 'sum', value: 'employees' },
  ),
  stat(
    {
      id: 'ngo_wage_fund',
      columns: ['wage_fund'],
      name: l('Фонд оплаты труда НПО', 'ҮЕҰ еңбекақы қоры', 'Wage fund of NGOs'),
    },
    'currency_kzt',
    { kind: 'sum', value: 'wage_fund', scale: THOUSAND },
  ),
  stat(
    {
      id: 'ngo_output',
      columns: ['output'],
      name: l(
        'Выпуск товаров, работ, услуг НПО',
        'ҮЕҰ тауарлары, жұмыстары, қызметтерінің шығарылымы',
        'Output of NGOs',
      ),
    },
    'currency_kzt',
    { kind: 'sum', value: 'output', scale: THOUSAND },
  ),
  stat(
    {
      id: 'ngo_sponsorship',
      columns: ['sponsorship'],
      name: l(
        'Спонсорская и благотворительная помощь',
        'Демеушілік және қайырымдылық көмек',
        'Sponsorship and charity raised',
      ),
    },
    'currency_kzt',
    { kind: 'sum', value: 'sponsorship', scale: THOUSAND },
  ),
  stat(
    {
      id: 'ngo_taxes',
      columns: ['taxes'],
      name: l('Налоги, уплаченные НПО', 'ҮЕҰ төлеген салықтар', 'Taxes paid by NGOs'),
    },
    'currency_kzt',
    { kind: 'sum', value: 'taxes', scale: THOUSAND },
  ),
  stat(
    {
      id: 'ngo_volunteers',
      columns: ['volunteers'],
      name: l('Волонтёры НПО', 'ҮЕҰ волонтерлері', 'Volunteers of NGOs'),
    },
    'persons',
    { kind: 'sum', value: 'volunteers' },
  ),
  stat(
    {
      id: 'ngo_foreign_funding',
      columns: ['foreign_funding'],
      name: l('Средства из иностранных источников', 'Шетелдік көздерден қаражат', 'Funds from foreign sources'),
    },
    'currency_kzt',
    { kind: 'sum', value: 'foreign_funding', scale: THOUSAND },
  ),
  stat(
    {
      id: 'ngo_state_order_amount',
      columns: ['state_order_amount'],
      name: l('Госсоцзаказ: сумма договоров', 'МӘТ: шарттар сомасы', 'State social order: contract amount'),
    },
    'currency_kzt',
    { kind: 'sum', value: 'state_order_amount', scale: THOUSAND },
  ),
];
