import type { Entry } from './types';
import { l } from './types';
import { COMPLETED, INITIATIVES, PROJECT, entry, per10k, perRegion } from './atameken-parts';
import { CIVIC_CONTROL_ENTRIES } from './civic-control';
import { GENEROUS_HEART_ENTRIES } from './generous-heart';

/** The indicators of the Atameken sub-programme's projects (spec section 10): initiatives, civic control, Generous heart. */
export const ATAMEKEN_ENTRIES: Entry[] = [
  entry(
    INITIATIVES,
    {
      id: 'initiatives_count',
      task: 'P3',
      columns: ['stage'],
      name: l('Гражданские инициативы', 'Азаматтық бастамалар', 'Civic initiatives'),
      definition: l(
        'Инициативы на карте гражданских инициатив по году выдвижения: инициативы граждан, проекты в работе и завершённые (разрез «стадия»).',
        'Азаматтық бастамалар картасындағы бастамалар ұсынылған жылы бойынша: азаматтар бастамалары, жүзеге асырылып жатқан және аяқталған жобалар («кезең» бөлінісі).',
        "Initiatives on the map of civic initiatives by year proposed: citizens' initiatives, projects in progress and completed projects (the stage breakdown).",
      ),
    },
    'count',
    { kind: 'count' },
  ),
  entry(
    perRegion(INITIATIVES),
    {
      id: 'initiatives_per_10k',
      task: 'P3',
      columns: ['stage'],
      name: l(
        'Гражданские инициативы на 10 000 жителей',
        '10 000 тұрғынға азаматтық бастамалар',
        'Civic initiatives per 10,000 residents',
      ),
      definition: per10k(
        l('Инициативы, выдвинутые за год,', 'Жыл ішінде ұсынылған бастамалар', 'Initiatives proposed in the year'),
      ),
    },
    'per_10k',
    { kind: 'rate', per: 10000 },
  ),
  entry(
    INITIATIVES,
    {
      id: 'initiatives_completed',
      task: 'P3',
      columns: ['stage', 'carrier'],
      name: l(
        'Реализованные проекты с участием НПО, инициативных групп, граждан',
        'ҮЕҰ, бастамашыл топтар, азаматтар қатысқан іске асырылған жобалар',
        'Projects completed with NGOs, initiative groups, citizens',
      ),
      definition: l(
        'Завершённые проекты карты гражданских инициатив по году выдвижения; кто реализует — разрез «кто реализует» (НПО, инициативная группа, граждане).',
        'Азаматтық бастамалар картасының аяқталған жобалары ұсынылған жылы бойынша; кім жүзеге асырады — «кім жүзеге асырады» бөлінісі (ҮЕҰ, бастамашыл топ, азаматтар).',
        'Completed projects of the map of civic initiatives by year proposed; who carried them is the carrier breakdown (NGO, initiative group, citizens).',
      ),
    },
    'count',
    { kind: 'count', where: COMPLETED },
  ),
  entry(
    INITIATIVES,
    {
      id: 'initiatives_recipients',
      task: 'P3',
      columns: ['recipients'],
      name: l('Охват получателей услуг', 'Қызмет алушыларды қамту', 'Service recipients reached'),
      definition: l(
        'Сумма получателей по инициативам года выдвижения (обращения, не уникальные люди: человек может быть получателем нескольких проектов).',
        'Ұсынылған жылдың бастамалары бойынша алушылар қосындысы (бірегей адамдар емес: бір адам бірнеше жобаның алушысы болуы мүмкін).',
        'Recipients summed over the initiatives proposed in the year (contacts, not unique people: one person may be reached by several projects).',
      ),
    },
    'persons',
    { kind: 'sum', value: 'recipients' },
  ),
  entry(
    perRegion(INITIATIVES),
    {
      id: 'initiatives_recipients_per_10k',
      task: 'P3',
      columns: ['recipients'],
      name: l(
        'Охват получателей на 10 000 жителей',
        '10 000 тұрғынға қамтылған алушылар',
        'Recipients reached per 10,000 residents',
      ),
      definition: per10k(
        l(
          'Получатели услуг инициатив года',
          'Жыл бастамаларының қызмет алушылары',
          'Recipients of the year’s initiatives',
        ),
      ),
    },
    'per_10k',
    { kind: 'rate', value: 'recipients', per: 10000 },
  ),
  entry(
    INITIATIVES,
    {
      id: 'initiatives_with_patrons',
      task: 'S2',
      columns: ['stage', 'patrons'],
      name: l(
        'Региональные проекты с привлечением меценатов',
        'Меценаттар тартылған өңірлік жобалар',
        'Regional projects with patrons',
      ),
      definition: l(
        'Проекты (в работе или завершённые), привлёкшие хотя бы одного мецената, по году выдвижения.',
        'Кемінде бір меценат тартқан жобалар (жүзеге асырылып жатқан немесе аяқталған), ұсынылған жылы бойынша.',
        'Projects (in progress or completed) that attracted at least one patron, by year proposed.',
      ),
    },
    'count',
    { kind: 'count', where: `${PROJECT} AND patrons > 0` },
  ),
  entry(
    INITIATIVES,
    {
      id: 'initiatives_volunteer_events',
      task: 'S3',
      columns: ['volunteer_events'],
      name: l('Мероприятия с участием волонтёров', 'Еріктілер қатысқан іс-шаралар', 'Events with volunteers'),
      definition: l(
        'Сумма мероприятий с волонтёрами по инициативам года выдвижения.',
        'Ұсынылған жылдың бастамалары бойынша еріктілер қатысқан іс-шаралар қосындысы.',
        'Events with volunteers summed over the initiatives proposed in the year.',
      ),
    },
    'count',
    { kind: 'sum', value: 'volunteer_events' },
  ),
  entry(
    INITIATIVES,
    {
      id: 'initiatives_rating',
      task: 'P3',
      columns: ['stage', 'rating'],
      name: l(
        'Общественный рейтинг активности гражданских инициатив',
        'Азаматтық бастамалар белсенділігінің қоғамдық рейтингі',
        'Public rating of civic initiatives',
      ),
      definition: l(
        'Средняя общественная оценка завершённых проектов (1–5) по году выдвижения; проекты без оценки не учитываются.',
        'Аяқталған жобалардың орташа қоғамдық бағасы (1–5) ұсынылған жылы бойынша; бағасы жоқ жобалар есептелмейді.',
        'Mean public rating of completed projects (1–5) by year proposed; projects without a rating are left out.',
      ),
    },
    'score_1_5',
    { kind: 'row_mean', value: `CASE WHEN ${COMPLETED} THEN rating END` },
  ),
  ...CIVIC_CONTROL_ENTRIES,
  ...GENEROUS_HEART_ENTRIES,
];
