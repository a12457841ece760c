* The data and dictionary of labelled.sav (included by make-sav.sps).
DATA LIST LIST /id (F4.0) region (A40) q1 (F2.0) trust (F2.0) income (F8.2) visited (DATE11).
BEGIN DATA
1 "Абайская область" 1 2 150000.50 01-MAR-2025
2 "г. Алматы" 2 98 . 15-MAR-2025
3 "Жамбылская обл." 1 4 98000 02-APR-2025
4 "Nur-Sultan" 99 1 120500.25 30-APR-2025
5 "Шымкент" 2 3 87000 .
END DATA.
VARIABLE LABELS id 'Номер анкеты' /region 'Область' /q1 'Обращались ли вы в ресурсный центр?' /trust 'Доверие к НКО' /income 'Доход домохозяйства, тенге' /visited 'Дата визита'.
VALUE LABELS q1 1 'Да' 2 'Нет' 98 'Затрудняюсь ответить' 99 'Отказ'
  /trust 1 'Полностью доверяю' 2 'Скорее доверяю' 3 'Скорее не доверяю' 4 'Совсем не доверяю' 98 'Затрудняюсь ответить'.
MISSING VALUES q1 trust (98, 99).
VARIABLE LEVEL id (SCALE) /q1 (NOMINAL) /trust (ORDINAL) /income (SCALE).
