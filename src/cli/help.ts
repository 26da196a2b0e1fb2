export const HELP = `Монитор дорожных карт — командная строка (без Excel)

Использование:
  npm run --silent cli -- roadmap ФАЙЛ [--period ГГГГ-ГГГГ] [--as-of ГГГГ-ММ-ДД] [--table N] [--list-tables] [--json] [--out КНИГА.xlsx]
  npm run --silent cli -- results ФАЙЛ|ПАПКА… [--as-of ГГГГ-ММ-ДД] [--assessment ЕГЭ] [--subject ПРЕДМЕТ] [--grade N] [--year ГГГГ]
                           [--columns "ЗАГОЛОВОК=роль;…"] [--json] [--out КНИГА.xlsx]
  npm run --silent cli -- report --roadmap ФАЙЛ… --results ФАЙЛ|ПАПКА… [--period …] [--as-of …] [--district НАЗВАНИЕ] [--targets ФАЙЛ] --out СВОД.xlsx [--note СПРАВКА.docx|.txt]
  npm run --silent cli -- report --roadmap ФАЙЛ --returns ПАПКА [--schools "Школа 1; Школа 2" | --schools-from ФАЙЛ] … --out СВОД.xlsx
  npm run --silent cli -- forms --roadmap ФАЙЛ [--schools "Школа 1; Школа 2" | --schools-from ФАЙЛ] [--targets ФАЙЛ] --out ПАПКА [--force]
  npm run --silent cli -- cells ФАЙЛ [--sheet ЛИСТ] [--json] [--out КНИГА.xlsx]
  npm run demo

Команды:
  roadmap   разобрать дорожную карту: мероприятия, сроки, ответственные, замечания
  results   прочитать таблицы результатов (ФИС ОКО, списки, ОГЭ/ЕГЭ) и рассчитать показатели
  report    свод по району, исполнение дорожных карт, аналитическая справка
  forms     формы отчёта для школ: по файлу .xlsx на школу с её мероприятиями дорожной карты
  cells     прочитать файл в ячейки (все таблицы документа) и при --out записать их в .xlsx
  demo      собрать книгу района из примеров samples/ в out/

Целевые показатели берутся из приказа (раздел «Целевые показатели» / «Основные показатели (индикаторы)» или
таблица «Показатель | значение»), а при --targets ФАЙЛ — из файла: по одному на строку или таблица со столбцом «Показатель».

Файлы: .tsv .txt (текст из Word/Excel, целый документ), .csv, .html (буфер обмена), .xlsx (--sheet ЛИСТ), .docx.
Что за файл, определяется по содержимому, а не по расширению; кодировка текста — сама
(UTF-8, UTF-16 «Юникод», Windows-1251, KOI8-R, CP866). Картинки, PDF, архивы и «zip-бомбы» не читаются (код 1).
results: --assessment/--subject/--grade/--year задают то, чего нет в таблице; --columns сопоставляет столбцы вручную
  (роли: school, class, participant, mark, journalMark, primaryScore, testScore, subject, participants, n2…n5, p2…p5,
  successRate, qualityRate, meanScore, meanMark, belowThreshold, belowThresholdShare, other).
Вместо списка файлов можно указать папку: берутся все подходящие файлы в ней (без вложенных папок),
каждый назван в выводе; остальные пропускаются с указанием причины.
--out и --note не заменяют существующий файл (для замены добавьте --force) и никогда не пишут поверх
входного файла; запись идёт во временный файл рядом, который затем переименовывается.
Коды выхода: 0 — файл прочитан (замечания не ошибка); 1 — файл нельзя прочитать (причина в stderr); 2 — неверный вызов.

Roadmap Monitor — headless CLI (no Excel needed)
  roadmap FILE   parse a roadmap table → JSON (--json) and/or a workbook (--out)
  results FILE…  read result sheets and compute indicators
  report         consolidated district workbook (--roadmap/--results may repeat) and the analytic note (--note)
  forms          one monitoring form per school (--schools or --schools-from) into the --out folder
  report --returns DIR   read the schools' filled forms back into the report
  cells FILE     read any supported file into cells; --out writes them to .xlsx
Options: --period YYYY-YYYY, --as-of YYYY-MM-DD (default: today), --table N, --list-tables, --sheet NAME, --json, --out FILE, --force (replace an existing output).
A folder may stand for a list of files (results, report --roadmap/--results).
Exit codes: 0 input read (findings are not errors), 1 input unreadable (reason on stderr), 2 wrong usage.
`;
