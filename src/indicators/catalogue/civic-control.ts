import { REPORTS, entry, per10k, perRegion } from './atameken-parts';
import { type Entry, l } from './types';

const DONE = "status = 'done'";

/** Civic control: reports filed, solved by state bodies or by citizens themselves, the share done, time to resolution. */
export const CIVIC_CONTROL_ENTRIES: Entry[] = [
  entry(
    REPORTS,
    {
      id: 'reports_filed',
      task: 'P3',
      columns: ['date_filed'],
      name: l(
        'Обращения граждан (гражданский контроль)',
        'Азаматтардың өтініштері (азаматтық бақылау)',
        "Citizens' reports (civic control)",
      ),
      definition: l(
        'Обращения, поданные за год; помесячная динамика — разрез «месяц» вместе с годом. Группа с 1–4 обращениями не показывается (защита персональных данных).',
        'Жыл ішінде берілген өтініштер; айлық динамика — жылмен бірге «ай» бөлінісі. 1–4 өтініші бар топ көрсетілмейді (дербес деректерді қорғау).',
        'Reports filed in the year; the monthly series is the month breakdown with the year. A group of 1–4 reports is not shown (privacy).',
      ),
    },
    'count',
    { kind: 'count' },
  ),
  entry(
    perRegion(REPORTS),
    {
      id: 'reports_filed_per_10k',
      task: 'P3',
      columns: ['date_filed'],
      name: l(
        'Обращения граждан на 10 000 жителей',
        '10 000 тұрғынға азаматтардың өтініштері',
        "Citizens' reports per 10,000 residents",
      ),
      definition: per10k(
        l('Обращения, поданные за год,', 'Жыл ішінде берілген өтініштер', 'Reports filed in the year'),
      ),
    },
    'per_10k',
    { kind: 'rate', per: 10000 },
  ),
  entry(
    REPORTS,
    {
      id: 'reports_solved_state',
      task: 'P3',
      columns: ['status', 'solved_by'],
      name: l(
        'Проблемы, решённые госорганами',
        'Мемлекеттік органдар шешкен мәселелер',
        'Problems solved by state bodies',
      ),
      definition: l(
        'Обращения года подачи со статусом «выполнено», решённые госорганом.',
        'Берілген жылдың «орындалды» мәртебесі бар, мемлекеттік орган шешкен өтініштері.',
        'Reports filed in the year, done, and solved by a state body.',
      ),
    },
    'count',
    { kind: 'count', where: `${DONE} AND solved_by = 'state_body'` },
  ),
  entry(
    REPORTS,
    {
      id: 'reports_solved_citizens',
      task: 'P3',
      columns: ['status', 'solved_by'],
      name: l(
        'Проблемы, решённые самими гражданами',
        'Азаматтардың өздері шешкен мәселелер',
        'Problems solved by citizens themselves',
      ),
      definition: l(
        'Обращения года подачи со статусом «выполнено», решённые самими гражданами.',
        'Берілген жылдың «орындалды» мәртебесі бар, азаматтардың өздері шешкен өтініштері.',
        'Reports filed in the year, done, and solved by the citizens themselves.',
      ),
    },
    'count',
    { kind: 'count', where: `${DONE} AND solved_by = 'citizens'` },
  ),
  entry(
    REPORTS,
    {
      id: 'reports_done_pct',
      task: 'P3',
      columns: ['status'],
      name: l('Доля выполненных обращений', 'Орындалған өтініштер үлесі', 'Share of reports done'),
      definition: l(
        'Доля обращений года подачи со статусом «выполнено» на дату выгрузки (у недавних обращений ниже: они ещё в работе).',
        'Берілген жылдың өтініштерінің жүктеп алу күнгі «орындалды» мәртебесі бар үлесі (жақындағылар үшін төмен: олар әлі жұмыста).',
        'Share of the reports filed in the year that are done on the data’s end date (lower for recent ones: they are still in work).',
      ),
    },
    'percent',
    { kind: 'row_share', yes: DONE },
  ),
  entry(
    REPORTS,
    {
      id: 'reports_median_days',
      task: 'P3',
      columns: ['date_filed', 'date_done'],
      name: l('Медианное время решения обращения', 'Өтінішті шешудің медианалық уақыты', 'Median time to resolution'),
      definition: l(
        'Медиана дней от подачи до выполнения по Каплану–Мейеру с 95% интервалом (как survival::survfit в R: лог-преобразование). Обращения, ещё не выполненные, не отбрасываются, а цензурируются на последней дате выгрузки. Если в работе больше половины, медианы нет.',
        'Берілген күннен орындалғанға дейінгі күндердің Каплан–Мейер бойынша медианасы, 95% аралығымен (R-дағы survival::survfit сияқты: лог түрлендіру). Әлі орындалмаған өтініштер алынып тасталмайды, деректердің соңғы күнінде цензураланады. Жартысынан көбі жұмыста болса, медиана жоқ.',
        'Median days from filing to done, by Kaplan–Meier, with its 95% interval (as R survival::survfit, log transformation). Reports still in work are not dropped: they are censored at the data’s latest date. Where more than half are still in work there is no median.',
      ),
    },
    'days',
    { kind: 'km_median', start: 'date_filed', end: 'date_done' },
    'lower',
  ),
];
