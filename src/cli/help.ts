export const HELP = `Монитор дорожных карт — командная строка (без Excel)

Использование:
  npm run --silent cli -- roadmap ФАЙЛ [--period ГГГГ-ГГГГ] [--as-of ГГГГ-ММ-ДД] [--table N] [--list-tables] [--json] [--out КНИГА.xlsx]
  npm run --silent cli -- results ФАЙЛ… [--as-of ГГГГ-ММ-ДД] [--json] [--out КНИГА.xlsx]
  npm run --silent cli -- report --roadmap ФАЙЛ… --results ФАЙЛ… [--period …] [--as-of …] [--district НАЗВАНИЕ] --out СВОД.xlsx [--note СПРАВКА.docx|.txt]
  npm run --silent cli -- cells ФАЙЛ [--sheet ЛИСТ] [--json] [--out КНИГА.xlsx]
  npm run demo

Команды:
  roadmap   разобрать дорожную карту: мероприятия, сроки, ответственные, замечания
  results   прочитать таблицы результатов (ФИС ОКО, списки, ОГЭ/ЕГЭ) и рассчитать показатели
  report    свод по району, исполнение дорожных карт, аналитическая справка
  cells     прочитать файл в ячейки (все таблицы документа) и при --out записать их в .xlsx
  demo      собрать книгу района из примеров samples/ в out/

Файлы: .tsv .txt (текст из Word/Excel, целый документ), .csv, .html (буфер обмена), .xlsx (--sheet ЛИСТ), .docx.
Что за файл, определяется по содержимому, а не по расширению; кодировка текста — сама
(UTF-8, UTF-16 «Юникод», Windows-1251, KOI8-R, CP866). Картинки, PDF, архивы и «zip-бомбы» не читаются (код 1).
Коды выхода: 0 — файл прочитан (замечания не ошибка); 1 — файл нельзя прочитать (причина в stderr); 2 — неверный вызов.

Roadmap Monitor — headless CLI (no Excel needed)
  roadmap FILE   parse a roadmap table → JSON (--json) and/or a workbook (--out)
  results FILE…  read result sheets and compute indicators
  report         consolidated district workbook (--roadmap/--results may repeat) and the analytic note (--note)
  cells FILE     read any supported file into cells; --out writes them to .xlsx
Options: --period YYYY-YYYY, --as-of YYYY-MM-DD (default: today), --table N, --list-tables, --sheet NAME, --json, --out FILE.
Exit codes: 0 input read (findings are not errors), 1 input unreadable (reason on stderr), 2 wrong usage.
`;
