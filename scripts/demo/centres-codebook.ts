import type { Localized } from '../../src/core/lang';
import { type Values, type Variable, YESNO, l } from './codebook';

const v = (name: string, label: Localized, level: Variable['level'] = 'scale', values?: Values): Variable => ({
  name,
  label,
  level,
  ...(values ? { values } : {}),
});
const yes = (name: string, label: Localized) => v(name, label, 'nominal', YESNO);

/** Network levels of the umbrella principle (spec section 1). */
export const LEVEL_VALUES: Values = {
  republican: l('Республиканский', 'Республикалық', 'Republican'),
  regional: l('Региональный', 'Өңірлік', 'Regional'),
  district: l('Районный/городской', 'Аудандық/қалалық', 'District/city'),
  rural: l('Сельский', 'Ауылдық', 'Rural'),
};

/** Codebook of the registry of resource centres (fields the KPI rubric, premises, staffing and financing need). */
export const CENTRES_CODEBOOK: Variable[] = [
  v('centre_id', l('Идентификатор центра', 'Орталық идентификаторы', 'Centre id'), 'id'),
  v('name', l('Название', 'Атауы', 'Name'), 'id'),
  v('level', l('Уровень сети', 'Желі деңгейі', 'Network level'), 'ordinal', LEVEL_VALUES),
  v('region', l('Регион', 'Өңір', 'Region'), 'nominal'),
  v('district', l('Район (КАТО)', 'Аудан (ӘАОЖ)', 'District (KATO)'), 'nominal'),
  v('model', l('Модель работы', 'Жұмыс моделі', 'Operating model'), 'nominal', {
    expert: l('Экспертная', 'Сараптамалық', 'Expert'),
    mentor: l('Менторская', 'Тәлімгерлік', 'Mentor'),
  }),
  v('founded', l('Год создания', 'Құрылған жылы', 'Year founded')),
  v('staff_total', l('Сотрудников всего', 'Барлық қызметкерлер', 'Staff, total')),
  v('staff_permanent', l('Постоянных сотрудников', 'Тұрақты қызметкерлер', 'Permanent staff')),
  v(
    'staff_permanent_years',
    l('Стаж постоянного состава, лет', 'Тұрақты құрамның өтілі, жыл', 'Years the permanent staff has been in place'),
  ),
  yes('staff_growing', l('Штат растёт', 'Штат өсуде', 'Staff growing')),
  v(
    'specialists_match',
    l(
      'Соответствие специалистов объёму услуг',
      'Мамандардың қызмет көлеміне сәйкестігі',
      'Specialists match the service volume',
    ),
    'ordinal',
    {
      1: l('Полностью', 'Толық', 'Fully'),
      2: l('Частично', 'Ішінара', 'Partly'),
      3: l('Нехватка', 'Жетіспеушілік', 'Shortage'),
    },
  ),
  v(
    'training_per_year',
    l('Обучение персонала, раз в год', 'Қызметкерлерді оқыту, жылына', 'Staff training sessions a year'),
  ),
  yes('mentoring', l('Система наставничества', 'Тәлімгерлік жүйесі', 'Mentoring system')),
  yes('knowledge_transfer', l('Система передачи знаний', 'Білім беру жүйесі', 'Knowledge-transfer system')),
  yes('funding_state_order', l('Финансирование: ГСЗ', 'Қаржыландыру: МӘТ', 'Funding: state social order')),
  yes('funding_grants', l('Финансирование: гранты', 'Қаржыландыру: гранттар', 'Funding: grants')),
  yes('funding_paid', l('Финансирование: платные услуги', 'Қаржыландыру: ақылы қызметтер', 'Funding: paid services')),
  yes('funding_other', l('Финансирование: другие источники', 'Қаржыландыру: басқа көздер', 'Funding: other sources')),
  v('premises', l('Помещение', 'Үй-жай', 'Premises'), 'nominal', {
    own: l('Собственное', 'Меншікті', 'Own'),
    ppp: l('ГЧП', 'МЖӘ', 'Public-private partnership'),
    rented: l('Арендованное', 'Жалға алынған', 'Rented'),
  }),
  v('area_m2', l('Площадь, м²', 'Ауданы, м²', 'Area, m²')),
  yes(
    'equip_office_internet',
    l('Оргтехника и интернет', 'Кеңсе техникасы және интернет', 'Office equipment and internet'),
  ),
  yes(
    'equip_photo_video',
    l('Профессиональная фото/видеотехника', 'Кәсіби фото/бейне техника', 'Professional photo/video equipment'),
  ),
  yes('equip_projector', l('Проектор и экран', 'Проектор және экран', 'Projector and screen')),
  yes('equip_sufficient', l('Оснащение достаточно', 'Жабдық жеткілікті', 'Equipment sufficient')),
  v(
    'services_offered',
    l(
      'Категорий услуг Стандарта (из 7)',
      'Стандарт қызмет санаттары (7-ден)',
      'Service categories of the Standard offered (of 7)',
    ),
  ),
  yes(
    'can_launch_new',
    l('Ресурсы для запуска новых услуг', 'Жаңа қызметтерді іске қосу ресурстары', 'Resources to launch new services'),
  ),
  v(
    'proposals_made',
    l(
      'Предложений в программы/законы внесено',
      'Бағдарламалар/заңдарға ұсыныстар енгізілді',
      'Proposals to programmes/laws submitted',
    ),
  ),
  v('proposals_adopted', l('Предложений принято', 'Ұсыныстар қабылданды', 'Proposals adopted')),
  yes('expertise_recognised', l('Экспертиза признана', 'Сараптама танылған', 'Expertise recognised')),
  yes(
    'strategy_events',
    l('Участие в стратегических мероприятиях', 'Стратегиялық іс-шараларға қатысу', 'Takes part in strategy events'),
  ),
  v(
    'manager_pm_years',
    l(
      'Опыт руководителя в управлении проектами, лет',
      'Басшының жобаларды басқару тәжірибесі, жыл',
      'Manager: project-management experience, years',
    ),
  ),
  v(
    'manager_ngo_years',
    l('Опыт руководителя в НПО, лет', 'Басшының ҮЕҰ-дағы тәжірибесі, жыл', 'Manager: NGO experience, years'),
  ),
  yes(
    'manager_higher_ed',
    l('Руководитель с высшим образованием', 'Жоғары білімді басшы', 'Manager has higher education'),
  ),
  ...(
    [
      ['administrator', l('Администратор', 'Әкімші', 'Administrator')],
      [
        'ngo_consultant',
        l('Консультант по развитию НПО', 'ҮЕҰ дамыту жөніндегі кеңесші', 'NGO-development consultant'),
      ],
      ['accountant', l('Бухгалтер', 'Бухгалтер', 'Accountant')],
      ['trainer', l('Тренер', 'Тренер', 'Trainer')],
      ['analyst', l('Специалист по исследованиям', 'Зерттеу маманы', 'Research-analytical specialist')],
      ['pr', l('PR-специалист', 'PR маманы', 'PR specialist')],
    ] as Array<[string, Localized]>
  ).map(([role, label]) =>
    yes(`role_${role}`, l(`В штате: ${label.ru}`, `Штатта: ${label.kk}`, `On staff: ${label.en}`)),
  ),
  v('funding_months', l('Срок финансирования, месяцев', 'Қаржыландыру мерзімі, ай', 'Funding length, months')),
  yes('multi_year_contract', l('Многолетний договор', 'Көпжылдық шарт', 'Multi-year contract')),
];

export const SERVICE_LOG_CODEBOOK: Variable[] = [
  v('log_id', l('Идентификатор записи', 'Жазба идентификаторы', 'Log id'), 'id'),
  v('centre_id', l('Центр', 'Орталық', 'Centre'), 'id'),
  v('date', l('Дата', 'Күні', 'Date'), 'scale'),
  v('category', l('Категория услуги', 'Қызмет санаты', 'Service category'), 'nominal', {
    research: l('Исследовательско-аналитические', 'Зерттеу-талдау', 'Research and analysis'),
    centre_org: l('Организация центров', 'Орталықтарды ұйымдастыру', 'Centre organisation'),
    events: l('Мероприятия', 'Іс-шаралар', 'Events'),
    info_method: l('Информационно-методические', 'Ақпараттық-әдістемелік', 'Information and methodology'),
    consulting: l('Консультационные', 'Кеңес беру', 'Consulting'),
    training: l('Обучающие', 'Оқыту', 'Training'),
    technical: l('Технические', 'Техникалық', 'Technical'),
  }),
  v('type', l('Вид услуги', 'Қызмет түрі', 'Service type'), 'nominal'),
  ...(['ngo', 'initiative', 'citizens', 'youth', 'vulnerable'] as const).map((g) =>
    v(
      `clients_${g}`,
      {
        ngo: l('Клиенты: НПО', 'Клиенттер: ҮЕҰ', 'Clients: NGOs'),
        initiative: l('Клиенты: инициативные группы', 'Клиенттер: бастамашыл топтар', 'Clients: initiative groups'),
        citizens: l('Клиенты: граждане', 'Клиенттер: азаматтар', 'Clients: citizens'),
        youth: l('Клиенты: молодёжь', 'Клиенттер: жастар', 'Clients: youth'),
        vulnerable: l('Клиенты: уязвимые группы', 'Клиенттер: осал топтар', 'Clients: vulnerable groups'),
      }[g],
    ),
  ),
  v('channel', l('Канал', 'Арна', 'Channel'), 'nominal', {
    in_person: l('Очно', 'Бетпе-бет', 'In person'),
    phone: l('Телефон', 'Телефон', 'Phone'),
    online: l('Онлайн', 'Онлайн', 'Online'),
  }),
];

export const TRAINING_CODEBOOK: Variable[] = [
  v('eval_id', l('Идентификатор анкеты', 'Сауалнама идентификаторы', 'Evaluation id'), 'id'),
  v('centre_id', l('Центр', 'Орталық', 'Centre'), 'id'),
  v('training_id', l('Обучение', 'Оқыту', 'Training'), 'id'),
  v('date', l('Дата', 'Күні', 'Date'), 'scale'),
  v('format', l('Формат', 'Формат', 'Format'), 'nominal'),
  v('pre_score', l('Входной тест (0–100)', 'Кіру тесті (0–100)', 'Entry test score (0–100)')),
  v('post_score', l('Выходной тест (0–100)', 'Шығу тесті (0–100)', 'Exit test score (0–100)')),
  v('satisfaction', l('Удовлетворённость (1–5)', 'Қанағаттану (1–5)', 'Satisfaction (1–5)'), 'ordinal'),
];
