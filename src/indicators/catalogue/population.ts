import { type Breakdown, type Entry, l } from './types';

const DIMS: Breakdown[] = ['region', 'wave', 'district', 'settlement', 'sex', 'age_group', 'language', 'region_source'];
const SERVICES = ['svc_consult', 'svc_training', 'svc_legal', 'svc_event', 'svc_technical'];
const survey = {
  source: 'population_survey',
  dataset: 'population',
  breakdowns: DIMS,
  smallBase: { rule: 'survey' },
  direction: 'higher',
} as const;

type Share = Pick<Entry, 'id' | 'task' | 'name' | 'definition' | 'columns'> & {
  yes: string;
  valid: string;
  domain?: string;
  headline?: boolean;
};
const share = ({ yes, valid, domain, ...e }: Share): Entry => ({
  ...survey,
  ...e,
  unit: 'percent',
  formula: { kind: 'survey_share', yes, valid, domain },
});
const index = (e: Pick<Entry, 'id' | 'task' | 'name' | 'definition' | 'columns' | 'headline'>): Entry => ({
  ...survey,
  ...e,
  unit: 'index_0_100',
  formula: { kind: 'survey_mean', value: e.id },
});

const SCI_ITEMS = ['trust_gen10', 'conf_ngo', 'nb_migrants', 'volunteered', 'pride'];

/** Indicators estimated from the population survey (spec sections 2 and 11). */
export const POPULATION_ENTRIES: Entry[] = [
  index({
    id: 'sci',
    task: 'D1',
    headline: true,
    columns: SCI_ITEMS,
    name: l('Индекс социального капитала', 'Әлеуметтік капитал индексі', 'Social capital index'),
    definition: l(
      'Среднее четырёх субиндексов 0–100 (доверие, толерантность, участие, гражданская идентичность) с равными весами; каждый требует половины ответов, индекс — всех четырёх.',
      'Төрт 0–100 субиндекстің (сенім, төзімділік, қатысу, азаматтық бірегейлік) тең салмақты орташасы; әрқайсысына сұрақтардың жартысы, индекске төртеуі де керек.',
      'Mean of four 0–100 sub-indices (trust, tolerance, participation, civic identity) with equal weights; each needs half of its items answered, the index all four.',
    ),
  }),
  index({
    id: 'sci_trust',
    task: 'D1',
    columns: ['trust_gen10', 'conf_ngo'],
    name: l('Субиндекс доверия', 'Сенім субиндексі', 'Trust sub-index'),
    definition: l(
      'Среднее межличностного (4 вопроса) и институционального (10 институтов) доверия, 0–100.',
      'Тұлғааралық (4 сұрақ) және институционалдық (10 институт) сенімнің орташасы, 0–100.',
      'Mean of interpersonal (4 items) and institutional (10 institutions) trust, 0–100.',
    ),
  }),
  index({
    id: 'sci_tolerance',
    task: 'D1',
    columns: ['nb_migrants'],
    name: l('Субиндекс толерантности', 'Төзімділік субиндексі', 'Tolerance sub-index'),
    definition: l(
      '100 × (1 − доля групп, названных нежелательными соседями).',
      '100 × (1 − көрші болғысы келмейтін топтардың үлесі).',
      '100 × (1 − share of groups named as unwanted neighbours).',
    ),
  }),
  index({
    id: 'sci_participation',
    task: 'D1',
    columns: ['volunteered'],
    name: l('Субиндекс участия', 'Қатысу субиндексі', 'Participation sub-index'),
    definition: l(
      'Среднее: активное членство, волонтёрство за 12 месяцев, доля четырёх гражданских действий; 0–100.',
      'Орташа: белсенді мүшелік, 12 айдағы волонтерлік, төрт азаматтық әрекеттің үлесі; 0–100.',
      'Mean of active membership, volunteering in 12 months and the share of four civic actions; 0–100.',
    ),
  }),
  index({
    id: 'sci_identity',
    task: 'D1',
    columns: ['pride'],
    name: l('Субиндекс гражданской идентичности', 'Азаматтық бірегейлік субиндексі', 'Civic identity sub-index'),
    definition: l(
      'Среднее: гордость за страну, близость к Казахстану и к своему региону; 0–100.',
      'Орташа: елге мақтаныш, Қазақстанға және өз өңіріне жақындық; 0–100.',
      'Mean of national pride, closeness to Kazakhstan and to one’s region; 0–100.',
    ),
  }),
  share({
    id: 'trust_generalised',
    task: 'D1',
    headline: true,
    columns: ['trust_gen'],
    yes: 'trust_gen = 1',
    valid: 'trust_gen IN (1, 2)',
    name: l('Обобщённое доверие', 'Жалпы сенім', 'Generalised trust'),
    definition: l(
      'Доля ответивших «большинству людей можно доверять».',
      '«Көпшілік адамдарға сенуге болады» деп жауап бергендердің үлесі.',
      'Share answering “most people can be trusted”.',
    ),
  }),
  share({
    id: 'lifelong_learning_pct',
    task: 'D1',
    columns: ['lifelong_learning'],
    yes: 'lifelong_learning = 1',
    valid: 'lifelong_learning IN (0, 1)',
    name: l('Обучение в течение жизни', 'Өмір бойы оқу', 'Lifelong learning'),
    definition: l(
      'Доля учившихся за 12 месяцев вне формального образования.',
      '12 айда формалды білімнен тыс оқығандардың үлесі.',
      'Share who learned outside formal education in the last 12 months.',
    ),
  }),
  share({
    id: 'digital_skills_pct',
    task: 'D1',
    columns: ['digital_skills'],
    yes: 'digital_skills IN (3, 4)',
    valid: 'digital_skills IN (1, 2, 3, 4)',
    name: l('Цифровые навыки', 'Цифрлық дағдылар', 'Digital skills'),
    definition: l(
      'Доля с средним или продвинутым уровнем цифровых навыков.',
      'Цифрлық дағдысы орта немесе жоғары деңгейдегілердің үлесі.',
      'Share with intermediate or advanced digital skills.',
    ),
  }),
  share({
    id: 'aware_ngo_pct',
    task: 'P1',
    columns: ['heard_ngo'],
    yes: 'heard_ngo = 1',
    valid: 'heard_ngo IN (0, 1)',
    name: l('Осведомлённость о НПО', 'ҮЕҰ туралы хабардарлық', 'Awareness of NGOs'),
    definition: l(
      'Доля слышавших о неправительственных организациях.',
      'Үкіметтік емес ұйымдар туралы естігендердің үлесі.',
      'Share who have heard of non-governmental organisations.',
    ),
  }),
  share({
    id: 'trust_ngo',
    task: 'P1',
    headline: true,
    columns: ['conf_ngo'],
    yes: 'conf_ngo IN (1, 2)',
    valid: 'conf_ngo IN (1, 2, 3, 4)',
    name: l('Доверие к НПО', 'ҮЕҰ-ға сенім', 'Trust in NGOs'),
    definition: l(
      'Доля доверяющих НПО «полностью» или «в значительной мере».',
      'ҮЕҰ-ға «толық» немесе «едәуір» сенетіндердің үлесі.',
      'Share with “a great deal” or “quite a lot” of confidence in NGOs.',
    ),
  }),
  share({
    id: 'aware_centre',
    task: 'P1',
    headline: true,
    columns: ['aware_centre'],
    yes: 'aware_centre = 1',
    valid: 'aware_centre IN (0, 1)',
    name: l('Осведомлённость о ГРЦ', 'АРО туралы хабардарлық', 'Awareness of a resource centre'),
    definition: l(
      'Доля знающих о гражданском ресурсном центре в своём населённом пункте (спрашивается с 2023 г.).',
      'Өз елді мекеніндегі азаматтық ресурстық орталық туралы білетіндердің үлесі (2023 жылдан сұралады).',
      'Share who know of a civil resource centre in their locality (asked from 2023).',
    ),
  }),
  index({
    id: 'trust_civil_society',
    task: 'P1',
    columns: ['conf_ngo', 'conf_centres', 'conf_public_councils', 'conf_charities'],
    name: l(
      'Доверие к институтам гражданского общества',
      'Азаматтық қоғам институттарына сенім',
      'Trust in civil-society institutions',
    ),
    definition: l(
      'Среднее доверие (0–100) к НПО, ГРЦ, общественным советам и благотворительным организациям; нужна половина ответов.',
      'ҮЕҰ, АРО, қоғамдық кеңестер мен қайырымдылық ұйымдарына орташа сенім (0–100); жауаптардың жартысы керек.',
      'Mean confidence (0–100) in NGOs, resource centres, public councils and charities; half of the items needed.',
    ),
  }),
  share({
    id: 'involved_decisions_pct',
    task: 'P3',
    columns: ['act_hearing', 'act_akimat_meeting', 'act_petition'],
    yes: 'act_hearing = 1 OR act_akimat_meeting = 1 OR act_petition = 1',
    valid: 'act_hearing IN (0, 1) AND act_akimat_meeting IN (0, 1) AND act_petition IN (0, 1)',
    name: l('Участие в принятии решений', 'Шешім қабылдауға қатысу', 'Involvement in decision-making'),
    definition: l(
      'Доля участвовавших за 12 месяцев в публичных слушаниях, встрече с акиматом или петиции.',
      '12 айда қоғамдық тыңдауға, әкімдікпен кездесуге немесе петицияға қатысқандардың үлесі.',
      'Share who took part in a public hearing, an akimat meeting or a petition in the last 12 months.',
    ),
  }),
  share({
    id: 'used_centre_services',
    task: 'S1',
    headline: true,
    columns: SERVICES,
    yes: SERVICES.map((s) => `${s} = 1`).join(' OR '),
    valid: SERVICES.map((s) => `${s} IN (0, 1)`).join(' AND '),
    name: l('Охват услугами ГРЦ', 'АРО қызметтерімен қамту', 'Population covered by centre services'),
    definition: l(
      'Доля воспользовавшихся за 12 месяцев хотя бы одной услугой центра, кроме одного лишь информирования.',
      '12 айда орталықтың кемінде бір қызметін (тек ақпарат алудан басқа) пайдаланғандардың үлесі.',
      'Share who used at least one centre service in the last 12 months other than receiving information only.',
    ),
  }),
  share({
    id: 'satisfied_services_pct',
    task: 'I2',
    columns: ['svc_satisfaction'],
    yes: 'svc_satisfaction IN (4, 5)',
    valid: 'svc_satisfaction BETWEEN 1 AND 5',
    name: l('Удовлетворённость услугами ГРЦ', 'АРО қызметтеріне қанағаттану', 'Satisfaction with centre services'),
    definition: l(
      'Доля оценивших услуги центра на 4–5 из 5, среди пользователей услуг.',
      'Қызмет пайдаланушылар ішінде орталық қызметтерін 5-тен 4–5 деп бағалағандардың үлесі.',
      'Share rating the centre’s services 4–5 out of 5, among those who used them.',
    ),
  }),
  share({
    id: 'sq_consult_satisfied_pct',
    task: 'I2',
    columns: ['svc_satisfaction', 'svc_consult'],
    yes: 'svc_satisfaction IN (4, 5)',
    valid: 'svc_satisfaction BETWEEN 1 AND 5',
    domain: 'svc_consult = 1',
    name: l('Консультирование: удовлетворённость', 'Кеңес беру: қанағаттану', 'Consulting: satisfaction'),
    definition: l(
      'Доля удовлетворённых (4–5 из 5) среди получивших консультацию центра за 12 месяцев.',
      '12 айда орталықтан кеңес алғандар ішінде қанағаттанғандардың (5-тен 4–5) үлесі.',
      'Share satisfied (4–5 of 5) among those who received a centre consultation in the last 12 months.',
    ),
  }),
];
