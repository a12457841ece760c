import { type Breakdown, type Entry, type Formula, l } from './types';

const DIMS: Breakdown[] = ['region', 'wave', 'district', 'level', 'category', 'channel'];
const CLIENTS = 'clients_ngo + clients_initiative + clients_citizens + clients_youth + clients_vulnerable';
type Base = Pick<Entry, 'id' | 'task' | 'name' | 'definition' | 'columns'> & Partial<Pick<Entry, 'breakdowns'>>;
const logs = (e: Base, unit: Entry['unit'], formula: Formula): Entry => ({
  source: 'service_logs',
  dataset: 'service_logs',
  breakdowns: DIMS,
  smallBase: { rule: 'census' },
  direction: 'higher',
  ...e,
  unit,
  formula,
});
const TRAINING_DIMS: Breakdown[] = ['region', 'wave', 'level'];
const training = (e: Base, unit: Entry['unit'], value: string): Entry => ({
  source: 'training_evaluations',
  dataset: 'training_evaluations',
  breakdowns: TRAINING_DIMS,
  smallBase: { rule: 'survey' },
  direction: 'higher',
  ...e,
  unit,
  formula: { kind: 'survey_mean', value },
});

/** Service-quality indicators by category and dimension (spec section 3), from service logs and training questionnaires. */
export const SERVICE_ENTRIES: Entry[] = [
  logs(
    {
      id: 'sq_services',
      task: 'I2',
      columns: ['category', 'channel'],
      name: l('Оказанные услуги', 'Көрсетілген қызметтер', 'Services delivered'),
      definition: l(
        'Записи журналов услуг по категориям и каналам (очно, телефон, онлайн).',
        'Қызмет журналдарының жазбалары санаттар мен арналар бойынша (бетпе-бет, телефон, онлайн).',
        'Service-log entries by category and channel (in person, phone, online).',
      ),
    },
    'count',
    { kind: 'count' },
  ),
  logs(
    {
      id: 'sq_info_materials',
      task: 'I2',
      columns: ['category', 'type'],
      name: l(
        'Инфо-методические материалы',
        'Ақпараттық-әдістемелік материалдар',
        'Information and methodological materials',
      ),
      definition: l(
        'Число информационно-методических услуг (материалы, публикации, базы данных) по журналам.',
        'Журналдар бойынша ақпараттық-әдістемелік қызметтер саны (материалдар, жарияланымдар, дерекқорлар).',
        'Information-methodological services logged (materials, publications, databases).',
      ),
    },
    'count',
    { kind: 'count', where: "category = 'info_method'" },
  ),
  logs(
    {
      id: 'sq_clients',
      task: 'I2',
      columns: ['clients_ngo', 'clients_initiative', 'clients_citizens', 'clients_youth', 'clients_vulnerable'],
      name: l('Обращения клиентов', 'Клиенттердің өтініштері', 'Client contacts'),
      definition: l(
        'Сумма клиентов по записям журналов (контакты, не уникальные люди: в журналах нет идентификатора клиента).',
        'Журнал жазбалары бойынша клиенттер қосындысы (байланыстар, бірегей адамдар емес: журналдарда клиент идентификаторы жоқ).',
        'Clients summed over log entries (contacts, not unique people: the logs carry no client id).',
      ),
    },
    'count',
    { kind: 'sum', value: CLIENTS },
  ),
  logs(
    {
      id: 'sq_client_contacts_per_100k',
      task: 'S1',
      columns: ['clients_ngo', 'clients_citizens'],
      breakdowns: ['region', 'wave', 'level', 'category'],
      name: l(
        'Обращений на 100 000 жителей',
        '100 000 тұрғынға шаққандағы өтініштер',
        'Client contacts per 100,000 residents',
      ),
      definition: l(
        'Обращения клиентов по журналам на 100 000 жителей региона.',
        'Журналдар бойынша өтініштер өңірдің 100 000 тұрғынына.',
        'Client contacts in the service logs per 100,000 residents of the region.',
      ),
    },
    'per_100k',
    { kind: 'rate', value: CLIENTS, per: 100000 },
  ),
  logs(
    {
      id: 'sq_vulnerable_pct',
      task: 'I2',
      columns: ['clients_vulnerable'],
      name: l(
        'Доля уязвимых групп среди клиентов',
        'Клиенттер ішіндегі осал топтардың үлесі',
        'Vulnerable groups among clients',
      ),
      definition: l(
        'Клиенты из уязвимых групп ÷ все клиенты (охват целевых групп).',
        'Осал топтардағы клиенттер ÷ барлық клиенттер (мақсатты топтарды қамту).',
        'Clients from vulnerable groups ÷ all clients (reach of target groups).',
      ),
    },
    'percent',
    { kind: 'ratio_of_sums', num: 'clients_vulnerable', den: CLIENTS },
  ),
  logs(
    {
      id: 'sq_youth_pct',
      task: 'I2',
      columns: ['clients_youth'],
      name: l('Доля молодёжи среди клиентов', 'Клиенттер ішіндегі жастардың үлесі', 'Youth among clients'),
      definition: l(
        'Клиенты-молодёжь ÷ все клиенты.',
        'Жас клиенттер ÷ барлық клиенттер.',
        'Young clients ÷ all clients.',
      ),
    },
    'percent',
    { kind: 'ratio_of_sums', num: 'clients_youth', den: CLIENTS },
  ),
  logs(
    {
      id: 'sq_online_pct',
      task: 'I2',
      columns: ['channel'],
      breakdowns: ['region', 'wave', 'district', 'level', 'category'],
      name: l('Услуги онлайн', 'Онлайн қызметтер', 'Services delivered online'),
      definition: l(
        'Доля записей журналов с каналом «онлайн».',
        '«Онлайн» арнасы бар журнал жазбаларының үлесі.',
        'Share of log entries delivered online.',
      ),
    },
    'percent',
    { kind: 'row_share', yes: "channel = 'online'" },
  ),
  logs(
    {
      id: 'sq_technical_services',
      task: 'I2',
      columns: ['category'],
      name: l('Технические услуги', 'Техникалық қызметтер', 'Technical services'),
      definition: l(
        'Часы компьютера и интернета, печать, время консультанта: записи категории «технические».',
        'Компьютер және интернет сағаттары, басып шығару, кеңесші уақыты: «техникалық» санатының жазбалары.',
        'Computer and internet hours, printing, consultant time: entries of the technical category.',
      ),
    },
    'count',
    { kind: 'count', where: "category = 'technical'" },
  ),
  training(
    {
      id: 'sq_knowledge_gain',
      task: 'I2',
      columns: ['pre_score', 'post_score'],
      name: l('Прирост знаний на обучениях', 'Оқытудағы білім өсімі', 'Knowledge gain in trainings'),
      definition: l(
        'Среднее (выходной − входной тест), баллы 0–100, с ДИ для парных разностей; участники сгруппированы по обучениям (кластеры).',
        'Орташа (шығу − кіру тесті), 0–100 балл, жұптық айырмалар үшін СА; қатысушылар оқытулар бойынша кластерленген.',
        'Mean of (exit − entry test), points 0–100, with the paired-difference CI; participants clustered by training.',
      ),
    },
    'points',
    'post_score - pre_score',
  ),
  training(
    {
      id: 'sq_training_satisfaction',
      task: 'I2',
      columns: ['satisfaction'],
      name: l('Удовлетворённость обучением', 'Оқытуға қанағаттану', 'Satisfaction with trainings'),
      definition: l(
        'Средняя оценка обучения участниками, 1–5 (выходная анкета).',
        'Қатысушылардың оқытуды орташа бағалауы, 1–5 (шығу сауалнамасы).',
        'Mean rating of the training by its participants, 1–5 (exit questionnaire).',
      ),
    },
    'score_1_5',
    'satisfaction',
  ),
];
