import type { Localized } from '../../core/lang';
import { type Entry, l, type SourceKind, type Task } from './types';

/** An indicator of the strategy no loadable dataset feeds yet: listed, never silently absent. */
const missing = (
  id: string,
  task: Task,
  unit: Entry['unit'],
  source: SourceKind,
  name: Localized,
  needs: Localized,
): Entry => ({
  id,
  task,
  name,
  definition: name,
  unit,
  direction: 'higher',
  source,
  dataset: null,
  columns: [],
  formula: { kind: 'unavailable' },
  breakdowns: ['region', 'wave'],
  smallBase: { rule: 'census' },
  needs,
});

/** Strategy indicators (sections 2–3) that need data the workbench has no format for yet. */
export const UNAVAILABLE_ENTRIES: Entry[] = [
  missing(
    'ngo_awards',
    'P1',
    'count',
    'external',
    l('Награды и премии, полученные НПО', 'ҮЕҰ алған марапаттар мен сыйлықтар', 'Awards and prizes won by NGOs'),
    l(
      'Реестр наград: НПО, награда, год, регион.',
      'Марапаттар тізілімі: ҮЕҰ, марапат, жыл, өңір.',
      'A register of awards: NGO, award, year, region.',
    ),
  ),
  missing(
    'ngo_deputies',
    'P2',
    'count',
    'external',
    l('Представители НПО среди депутатов', 'Депутаттар арасындағы ҮЕҰ өкілдері', 'NGO representatives among deputies'),
    l(
      'Списки депутатов всех уровней с отметкой о членстве в НПО (ЦИК, маслихаты).',
      'ҮЕҰ мүшелігі белгіленген барлық деңгейдегі депутаттар тізімі (ОСК, мәслихаттар).',
      'Lists of deputies at all levels marked with NGO membership (election commissions, maslikhats).',
    ),
  ),
  missing(
    'state_changes_after_evaluation',
    'P2',
    'count',
    'external',
    l(
      'Позитивные изменения в госорганах после оценки НПО',
      'ҮЕҰ бағалауынан кейінгі мемлекеттік органдардағы оң өзгерістер',
      'Positive changes in state bodies after NGO evaluation',
    ),
    l(
      'Отчёты общественного мониторинга с итогами (изменение принято / нет).',
      'Қоғамдық мониторинг есептері нәтижелерімен (өзгеріс қабылданды / жоқ).',
      'Public-monitoring reports with their outcome (change adopted or not).',
    ),
  ),
  missing(
    'projects_ngo_expertise_pct',
    'P2',
    'percent',
    'external',
    l('Проекты с экспертизой НПО', 'ҮЕҰ сараптамасы бар жобалар', 'Projects using NGO expertise'),
    l(
      'Реестр проектов госорганов с отметкой об участии НПО (мониторинг, экспертиза законов и планов).',
      'ҮЕҰ қатысуы белгіленген мемлекеттік органдар жобаларының тізілімі (мониторинг, заңдар мен жоспарлар сараптамасы).',
      'A register of state bodies’ projects marked with NGO involvement (monitoring, review of laws and plans).',
    ),
  ),
  missing(
    'community_initiatives',
    'P3',
    'count',
    'external',
    l(
      'Общественные инициативы ГРЦ с местным сообществом',
      'АРО-ның жергілікті қоғамдастықпен бастамалары',
      'Public initiatives of centres with the local community',
    ),
    l(
      'Данные «Карты гражданских инициатив»: инициативы по регионам с участием ГРЦ.',
      '«Азаматтық бастамалар картасы» деректері: АРО қатысқан бастамалар өңірлер бойынша.',
      'The “Map of civic initiatives” data: initiatives by region with the centre’s part.',
    ),
  ),
  missing(
    'self_organisation_forms',
    'P3',
    'count',
    'external',
    l(
      'Внедрённые формы самоорганизации граждан',
      'Азаматтардың өзін-өзі ұйымдастыруының енгізілген нысандары',
      'Forms of citizen self-organisation introduced',
    ),
    l(
      'Перечень внедрённых форм самоорганизации по регионам и годам.',
      'Өзін-өзі ұйымдастырудың енгізілген нысандарының өңірлер мен жылдар бойынша тізбесі.',
      'A list of introduced forms of self-organisation by region and year.',
    ),
  ),
  missing(
    'unique_clients_pct',
    'S1',
    'percent',
    'service_logs',
    l('Уникальные клиенты ÷ население', 'Бірегей клиенттер ÷ халық', 'Unique clients ÷ population'),
    l(
      'Журналы услуг с идентификатором клиента (без него считаются обращения, см. sq_client_contacts_per_100k).',
      'Клиент идентификаторы бар қызмет журналдары (онсыз өтініштер саналады, sq_client_contacts_per_100k қараңыз).',
      'Service logs with a client id (without one, contacts are counted: see sq_client_contacts_per_100k).',
    ),
  ),
  missing(
    'partnership_projects',
    'S2',
    'count',
    'external',
    l(
      'Партнёрские проекты государства, НПО и бизнеса',
      'Мемлекет, ҮЕҰ және бизнестің серіктестік жобалары',
      'Partnership projects of state, NGOs and business',
    ),
    l(
      'Реестр проектов с источниками софинансирования (государство, НПО, бизнес).',
      'Бірлесіп қаржыландыру көздері бар жобалар тізілімі (мемлекет, ҮЕҰ, бизнес).',
      'A register of projects with their co-financing sources (state, NGOs, business).',
    ),
  ),
  missing(
    'international_projects',
    'S2',
    'count',
    'external',
    l(
      'Международные проекты казахстанских НПО',
      'Қазақстандық ҮЕҰ халықаралық жобалары',
      'International projects of Kazakh NGOs',
    ),
    l(
      'Реестр международных проектов с поддержкой госорганов и международных НПО.',
      'Мемлекеттік органдар мен халықаралық ҮЕҰ қолдаған халықаралық жобалар тізілімі.',
      'A register of international projects supported by state bodies and international NGOs.',
    ),
  ),
  missing(
    'ngo_output_volume_index',
    'S3',
    'percent',
    'ngo_statistics',
    l(
      'Индекс физического объёма выпуска НПО',
      'ҮЕҰ шығарылымының нақты көлем индексі',
      'Physical volume index of NGO output',
    ),
    l(
      'Выпуск в сопоставимых ценах или дефлятор по видам деятельности.',
      'Салыстырмалы бағалардағы шығарылым немесе қызмет түрлері бойынша дефлятор.',
      'Output at constant prices, or a deflator by field of activity.',
    ),
  ),
  missing(
    'ngo_active_by_age',
    'S3',
    'count',
    'ngo_statistics',
    l('Действующие НПО по возрасту', 'Жұмыс істейтін ҮЕҰ жасы бойынша', 'Active NGOs by age'),
    l(
      'Год регистрации или возрастная группа НПО в статистике.',
      'Статистикадағы ҮЕҰ тіркелген жылы немесе жас тобы.',
      'The NGO’s registration year or age band in the statistics.',
    ),
  ),
  missing(
    'ngo_employees_profile',
    'S3',
    'persons',
    'ngo_statistics',
    l(
      'Работники НПО по возрасту, образованию, квалификации, инвалидности',
      'ҮЕҰ қызметкерлері жасы, білімі, біліктілігі, мүгедектігі бойынша',
      'NGO employees by age, education, qualification, disability',
    ),
    l(
      'Статистика работников НПО с этими разрезами.',
      'Осы бөліністері бар ҮЕҰ қызметкерлерінің статистикасы.',
      'Employee statistics of NGOs with these breakdowns.',
    ),
  ),
  missing(
    'ngo_taxes_by_type',
    'S3',
    'currency_kzt',
    'ngo_statistics',
    l('Налоги НПО по видам', 'ҮЕҰ салықтары түрлері бойынша', 'NGO taxes by type'),
    l(
      'Налоги НПО с разбивкой по видам налогов (в демо только итог, см. ngo_taxes).',
      'Салық түрлері бойынша ҮЕҰ салықтары (демода тек жиынтық, ngo_taxes қараңыз).',
      'NGO taxes split by kind of tax (the demo has the total only: see ngo_taxes).',
    ),
  ),
  missing(
    'consumer_loans',
    'D1',
    'currency_kzt',
    'external',
    l(
      'Потребительские кредиты физическим лицам',
      'Жеке тұлғаларға тұтынушылық несиелер',
      'Consumer loans to individuals',
    ),
    l(
      'Статистика Национального банка по потребительским кредитам по регионам.',
      'Ұлттық банктің өңірлер бойынша тұтынушылық несиелер статистикасы.',
      'National Bank statistics of consumer loans by region.',
    ),
  ),
  missing(
    'sq_consultant_competence',
    'I2',
    'percent',
    'registry',
    l(
      'Консультирование: компетентность консультантов',
      'Кеңес беру: кеңесшілердің құзыреттілігі',
      'Consulting: consultants’ competence',
    ),
    l(
      'Реестр консультантов из резюме и сертификатов: опыт, образование, экспертиза.',
      'Түйіндеме мен сертификаттардан кеңесшілер тізілімі: тәжірибе, білім, сараптама.',
      'A register of consultants from CVs and certificates: experience, education, expertise.',
    ),
  ),
  missing(
    'sq_trainer_competence',
    'I2',
    'percent',
    'registry',
    l('Обучение: компетентность тренеров', 'Оқыту: тренерлердің құзыреттілігі', 'Training: trainers’ competence'),
    l(
      'Резюме тренеров: годы проведения тренингов.',
      'Тренерлердің түйіндемесі: тренинг өткізу жылдары.',
      'Trainers’ CVs: years running trainings.',
    ),
  ),
  missing(
    'sq_info_relevance',
    'I2',
    'score_1_5',
    'external',
    l(
      'Инфо-методические материалы: актуальность',
      'Ақпараттық-әдістемелік материалдар: өзектілік',
      'Information materials: relevance',
    ),
    l(
      'Экспертные рецензии или оценки материалов пользователями.',
      'Сараптамалық рецензиялар немесе пайдаланушылардың материалдарды бағалауы.',
      'Expert reviews or users’ ratings of the materials.',
    ),
  ),
  missing(
    'sq_info_print_run',
    'I2',
    'count',
    'service_logs',
    l(
      'Тираж и периодичность материалов',
      'Материалдардың таралымы мен мерзімділігі',
      'Print run and frequency of materials',
    ),
    l(
      'Журнал материалов с тиражом и периодичностью.',
      'Таралымы мен мерзімділігі көрсетілген материалдар журналы.',
      'A materials log with print runs and frequency.',
    ),
  ),
  missing(
    'sq_training_fit',
    'I2',
    'percent',
    'training_evaluations',
    l(
      'Обучение: соответствие программы ожиданиям',
      'Оқыту: бағдарламаның күтулерге сәйкестігі',
      'Training: programme fits expectations',
    ),
    l(
      'Вопросы входной и выходной анкет о потребностях и ожиданиях.',
      'Кіру және шығу сауалнамаларындағы қажеттіліктер мен күтулер туралы сұрақтар.',
      'Entry and exit questions on needs and expectations.',
    ),
  ),
  missing(
    'sq_practical_use',
    'I2',
    'percent',
    'training_evaluations',
    l('Обучение: применение на практике', 'Оқыту: тәжірибеде қолдану', 'Training: applied in practice'),
    l(
      'Отложенная обратная связь участников (истории успеха, повторный опрос).',
      'Қатысушылардың кейінгі кері байланысы (табыс тарихы, қайта сауалнама).',
      'Follow-up feedback from participants (success stories, a later survey).',
    ),
  ),
];
