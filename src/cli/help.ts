export const HELP = `Монитор дорожных карт — командная строка (без Excel)

Использование:
  npm run --silent cli -- roadmap ФАЙЛ [--period ГГГГ-ГГГГ] [--as-of ГГГГ-ММ-ДД] [--table N] [--list-tables] [--json] [--out КНИГА.xlsx]
  npm run --silent cli -- results ФАЙЛ|ПАПКА… [--as-of ГГГГ-ММ-ДД] [--json] [--out КНИГА.xlsx]
  npm run --silent cli -- report --roadmap ФАЙЛ|ПАПКА… --results ФАЙЛ|ПАПКА… [--period …] [--as-of …] [--district НАЗВАНИЕ] --out СВОД.xlsx [--note СПРАВКА.docx|.txt]
  npm run --silent cli -- cells ФАЙЛ [--sheet ЛИСТ] [--json] [--out КНИГА.xlsx]
  npm run demo

Команды:
  roadmap   разобрать дорожную карту: мероприятия, сроки, ответственные, замечания
  results   прочитать таблицы результатов (ФИС ОКО, списки, ОГЭ/ЕГЭ) и рассчитать показатели
  report    свод по району, исполнение дорожных карт, аналитическая справка
  cells     прочитать файл в ячейки (все таблицы документа) и при --out записать их в .xlsx
  demo      собрать книгу района из примеров samples/ в out/

Файлы: .tsv .txt (текст из Word/Excel, целый документ), .csv, .html (буфер обмена), .xlsx (--sheet ЛИСТ), .docx.
Кодировка текста определяется сама (UTF-8, UTF-8 с BOM, Windows-1251).
Вместо списка файлов можно указать папку: берутся все подходящие файлы в ней (без вложенных папок),
каждый назван в выводе; остальные пропускаются с указанием причины.
--out и --note не заменяют существующий файл (для замены добавьте --force) и никогда не пишут поверх
входного файла; запись идёт во временный файл рядом, который затем переименовывается.
Коды выхода: 0 — файл прочитан (замечания не ошибка); 1 — файл нельзя прочитать (причина в stderr); 2 — неверный вызов.

Roadmap Monitor — headless CLI (no Excel needed)
  roadmap FILE   parse a roadmap table → JSON (--json) and/or a workbook (--out)
  results FILE…  read result sheets and compute indicators
  report         consolidated district workbook (--roadmap/--results may repeat) and the analytic note (--note)
  cells FILE     read any supported file into cells; --out writes them to .xlsx
Options: --period YYYY-YYYY, --as-of YYYY-MM-DD (default: today), --table N, --list-tables, --sheet NAME, --json, --out FILE, --force (replace an existing output).
A folder may stand for a list of files (results, report --roadmap/--results).
Exit codes: 0 input read (findings are not errors), 1 input unreadable (reason on stderr), 2 wrong usage.
`;
