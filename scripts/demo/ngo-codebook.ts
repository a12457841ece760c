import type { Localized } from '../../src/core/lang';
import { type Values, type Variable, l } from './codebook';

const FORMS: Values = {
  public_association: l('Общественное объединение', 'Қоғамдық бірлестік', 'Public association'),
  foundation: l('Фонд', 'Қор', 'Foundation'),
  private_institution: l('Частное учреждение', 'Жеке мекеме', 'Private institution'),
  association_of_legal_entities: l(
    'Объединение юридических лиц',
    'Заңды тұлғалар бірлестігі',
    'Association of legal entities',
  ),
};
const ACTIVITIES: Values = {
  rights: l('Права и законные интересы', 'Құқықтар мен заңды мүдделер', 'Rights and legitimate interests'),
  education_sport: l(
    'Образование, наука, информация, спорт',
    'Білім, ғылым, ақпарат, спорт',
    'Education, science, information, sport',
  ),
  health: l('Здравоохранение, ЗОЖ', 'Денсаулық сақтау, СӨС', 'Health, healthy lifestyle'),
  vulnerable_groups: l('Социально уязвимые группы', 'Әлеуметтік осал топтар', 'Socially vulnerable groups'),
  families_children: l(
    'Сироты, неполные и многодетные семьи; семья и гендер',
    'Жетімдер, толық емес және көпбалалы отбасылар; отбасы және гендер',
    'Orphans, single-parent and large families; family and gender',
  ),
  harmony: l('Общественное согласие', 'Қоғамдық келісім', 'Social harmony'),
  culture_heritage: l(
    'Культура, искусство, историко-культурное наследие',
    'Мәдениет, өнер, тарихи-мәдени мұра',
    'Culture, art, heritage',
  ),
  environment: l('Охрана окружающей среды', 'Қоршаған ортаны қорғау', 'Environment'),
  other: l('Другое', 'Басқа', 'Other'),
};
export const MEASURES: Record<string, Localized> = {
  registered: l('Зарегистрированные НПО', 'Тіркелген ҮЕҰ', 'Registered NGOs'),
  active: l('Действующие НПО', 'Әрекет ететін ҮЕҰ', 'Active NGOs'),
  employees: l('Работники действующих НПО', 'Әрекет ететін ҮЕҰ қызметкерлері', 'Employees of active NGOs'),
  volunteers: l('Волонтёры', 'Еріктілер', 'Volunteers'),
  wage_fund: l('Фонд оплаты труда, тыс. тенге', 'Еңбекақы қоры, мың теңге', 'Wage fund, thousand tenge'),
  output: l(
    'Выпуск товаров, работ и услуг, тыс. тенге',
    'Тауарлар, жұмыстар мен қызметтер шығарылымы, мың теңге',
    'Output of goods, works and services, thousand tenge',
  ),
  sponsorship: l(
    'Спонсорская и благотворительная помощь, тыс. тенге',
    'Демеушілік және қайырымдылық көмек, мың теңге',
    'Sponsorship and charity raised, thousand tenge',
  ),
  taxes: l('Уплаченные налоги, тыс. тенге', 'Төленген салықтар, мың теңге', 'Taxes paid, thousand tenge'),
  foreign_funding: l(
    'Средства из-за рубежа, тыс. тенге',
    'Шетелден түскен қаражат, мың теңге',
    'Funds from abroad, thousand tenge',
  ),
  state_order_contracts: l('Договоры ГСЗ', 'МӘТ шарттары', 'State social order contracts'),
  state_order_amount: l('Сумма ГСЗ, тыс. тенге', 'МӘТ сомасы, мың теңге', 'State social order amount, thousand tenge'),
};

/** Codebook of the NGO statistics: one row per region × year × legal form × field of activity, a column per measure. */
export const NGO_CODEBOOK: Variable[] = [
  { name: 'region', label: l('Регион', 'Өңір', 'Region'), level: 'nominal', role: 'region' },
  { name: 'year', label: l('Год', 'Жыл', 'Year'), level: 'ordinal', role: 'wave' },
  {
    name: 'legal_form',
    label: l('Организационно-правовая форма', 'Ұйымдық-құқықтық нысан', 'Legal form'),
    level: 'nominal',
    values: FORMS,
  },
  {
    name: 'activity',
    label: l('Направление деятельности', 'Қызмет бағыты', 'Field of activity'),
    level: 'nominal',
    values: ACTIVITIES,
  },
  ...Object.entries(MEASURES).map(([name, label]): Variable => ({
    name,
    label,
    level: 'scale',
    group: 'measures',
    option: label,
  })),
];
