"""Writes the Excel files of the import corpus with openpyxl (run: /usr/bin/python3 scripts/import-corpus/make-xlsx.py).

two-sheets.xlsx: a survey extract whose header spans two rows with merged cells, dates and numbers, and a second
sheet of regions. xlsform.xlsx: a KoboToolbox/ODK questionnaire (survey, choices, settings) in ru/kk/en whose export
is kobo-export.csv. Fixed contents; openpyxl writes fixed timestamps below so the files are reproducible enough.
"""
import datetime
from openpyxl import Workbook

D = 'test/fixtures/import/'

wb = Workbook()
ws = wb.active
ws.title = 'Анкета'
ws.append(['Область', 'Возраст', 'Доход', None, 'Дата'])
ws.append([None, None, '2024', '2025', None])
ws.merge_cells('C1:D1')
ws.merge_cells('A1:A2')
ws.merge_cells('B1:B2')
ws.merge_cells('E1:E2')
ws.append(['Акмолинская область', 34, 1234.5, 1300, datetime.date(2025, 12, 31)])
ws.append(['г. Алматы', 27, 98000, None, datetime.date(2026, 1, 15)])
ws.append(['=SUM(1,2)', 61, 12.75, 13, datetime.date(2026, 2, 2)])
ws2 = wb.create_sheet('Регионы')
ws2.append(['code', 'name'])
ws2.append(['KZ-11', 'Акмолинская область'])
ws2.append(['KZ-75', 'Алматы'])
wb.properties.created = wb.properties.modified = datetime.datetime(2026, 1, 1)
wb.save(D + 'two-sheets.xlsx')

wb = Workbook()
s = wb.active
s.title = 'survey'
s.append(['type', 'name', 'label::Russian (ru)', 'label::Kazakh (kk)', 'label::English (en)', 'required'])
rows = [
    ['start', 'start', None, None, None, None],
    ['end', 'end', None, None, None, None],
    ['select_one regions', 'region', 'Область', 'Облыс', 'Region', 'yes'],
    ['integer', 'age', 'Возраст', 'Жасы', 'Age', 'yes'],
    ['begin_group', 'grp_services', 'Услуги', 'Қызметтер', 'Services', None],
    ['select_multiple services', 'services', 'Какими услугами вы пользовались?', 'Қандай қызметтерді пайдаландыңыз?', 'Which services did you use?', None],
    ['select_one trust', 'trust', 'Доверяете ли вы НКО?', 'ҮЕҰ-ға сенесіз бе?', 'Do you trust NGOs?', None],
    ['end_group', None, None, None, None, None],
    ['text', 'comment', 'Комментарий', 'Пікір', 'Comment', None],
    ['note', 'thanks', 'Спасибо!', 'Рақмет!', 'Thank you!', None],
]
for r in rows:
    s.append(r)
c = wb.create_sheet('choices')
c.append(['list_name', 'name', 'label::Russian (ru)', 'label::Kazakh (kk)', 'label::English (en)'])
for r in [
    ['regions', 'KZ-11', 'Акмолинская область', 'Ақмола облысы', 'Akmola Region'],
    ['regions', 'KZ-75', 'Алматы', 'Алматы', 'Almaty'],
    ['regions', 'KZ-79', 'Шымкент', 'Шымкент', 'Shymkent'],
    ['services', 'legal', 'Юридическая консультация', 'Заң кеңесі', 'Legal advice'],
    ['services', 'grants', 'Помощь с грантами', 'Грант көмегі', 'Help with grants'],
    ['services', 'training', 'Обучение', 'Оқыту', 'Training'],
    ['trust', '1', 'Да', 'Иә', 'Yes'],
    ['trust', '2', 'Скорее да', 'Көбіне иә', 'Rather yes'],
    ['trust', '3', 'Нет', 'Жоқ', 'No'],
    ['trust', '98', 'Затрудняюсь ответить', 'Жауап беру қиын', "Don't know"],
]:
    c.append(r)
st = wb.create_sheet('settings')
st.append(['form_title', 'form_id', 'default_language'])
st.append(['Потребности НКО 2026', 'ngo_needs_2026', 'Russian (ru)'])
wb.properties.created = wb.properties.modified = datetime.datetime(2026, 1, 1)
wb.save(D + 'xlsform.xlsx')
