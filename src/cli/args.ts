import { parseArgs } from "node:util";
import { CliUsageError } from "./errors";

/**
 * Every option of every command. To add one: declare it here (node:util parseArgs syntax), mention it in
 * help.ts, and read it in the command with a parse…Arg function below that throws CliUsageError in Russian.
 */
export const OPTIONS = {
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  out: { type: "string", short: "o" },
  force: { type: "boolean" },
  period: { type: "string" },
  "as-of": { type: "string" },
  sheet: { type: "string" },
  table: { type: "string" },
  "list-tables": { type: "boolean" },
  roadmap: { type: "string", multiple: true },
  results: { type: "string", multiple: true },
  district: { type: "string" },
  note: { type: "string" },
  returns: { type: "string", multiple: true },
  schools: { type: "string" },
  "schools-from": { type: "string" },
  targets: { type: "string" },
  assessment: { type: "string" },
  subject: { type: "string" },
  grade: { type: "string" },
  year: { type: "string" },
  columns: { type: "string" },
} as const;

const OPTION_NAMES = Object.keys(OPTIONS);

/** The closest option name, for «может быть, --as-of?» (edit distance ≤ 2). */
function closestOption(given: string): string | null {
  const bare = given.replace(/^-+/, "").replace(/=.*$/, "").toLowerCase();
  let best: string | null = null;
  let bestDistance = 3;
  for (const name of OPTION_NAMES) {
    const d = editDistance(bare, name);
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

/** node:util parseArgs speaks English; the CLI answers in Russian and names the option as the user wrote it. */
export function parseErrorRu(error: { code?: string; message: string }): string {
  const message = error.message;
  const quoted = /'(-[^' ,]+)/.exec(message)?.[1] ?? "";
  const long = /(--[\w-]+)/.exec(message)?.[1] ?? quoted;
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" || /^Unknown option/i.test(message)) {
    const near = closestOption(quoted);
    const hint = near ? ` Может быть, --${near}?` : "";
    return `неизвестный параметр ${quoted}.${hint} Имя файла, начинающееся с «-», пишите после «--»: -- ${quoted}`;
  }
  if (/argument is ambiguous/i.test(message)) {
    return `у параметра ${quoted} нет значения: за ним сразу идёт другой параметр. Если значение начинается с «-», пишите ${long}=-ЗНАЧЕНИЕ`;
  }
  if (/argument missing/i.test(message)) return `у параметра ${long} нет значения`;
  if (/does not take an argument/i.test(message)) return `параметр ${long} не принимает значения`;
  if (/Unexpected argument/i.test(message)) return `лишний аргумент ${quoted}`;
  return `не удалось разобрать параметры (${message.split("\n")[0]})`;
}

export type CliValues = ReturnType<typeof parseCli>["values"];

export function parseCli(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliUsageError(parseErrorRu(error as { code?: string; message: string }));
  }
}

/** Commands that read one file: a second positional is a mistake (a forgotten option name, a stray space). */
export function singleFileArg(positionals: readonly string[], command: string, what: string): string {
  const [file, ...extra] = positionals;
  if (!file) throw new CliUsageError(`${command}: укажите ${what}`);
  if (extra.length) {
    throw new CliUsageError(`${command}: команда читает один файл, а указано ещё: ${extra.map((e) => `«${e}»`).join(", ")}. Если в имени пробел, возьмите его в кавычки`);
  }
  return file;
}

/** Commands without positionals (demo). */
export function noPositionals(positionals: readonly string[], command: string): void {
  if (positionals.length) throw new CliUsageError(`${command}: лишний аргумент «${positionals[0]}»`);
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

/** A real calendar date «ГГГГ-ММ-ДД» (2024-02-30 is not), or null. */
export function validIsoDate(text: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < MIN_YEAR || y > MAX_YEAR || mo < 1 || mo > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

function checkYear(option: string, year: string, text: string): void {
  const y = Number(year);
  if (y < MIN_YEAR || y > MAX_YEAR) throw new CliUsageError(`${option}: год ${year} вне ${MIN_YEAR}–${MAX_YEAR} (получено «${text}»)`);
}

/**
 * «2023-2025» or «2023»: calendar years; «2023/2024» or «2023/2024-2025/2026»: school years
 * (1 September – 31 August), as DESIGN.md says.
 */
export function parsePeriodArg(text: string | undefined): { start: string; end: string; kind?: "school" } | null {
  if (text === undefined) return null;
  const t = text.trim();
  const school = /^(\d{4})\s*\/\s*(\d{4})(?:\s*[-–]\s*(\d{4})\s*\/\s*(\d{4}))?$/.exec(t);
  if (school) {
    const [first, last] = [Number(school[1]), Number(school[3] ?? school[1])];
    checkYear("--period", school[1], text);
    checkYear("--period", String(last + 1), text);
    const pairs: [number, number][] = [[first, Number(school[2])], [last, Number(school[4] ?? school[2])]];
    const bad = pairs.find(([a, b]) => b !== a + 1);
    if (bad) throw new CliUsageError(`--period: учебный год ${bad[0]}/${bad[1]} должен состоять из двух соседних лет (например, 2023/2024)`);
    if (last < first) throw new CliUsageError(`--period: конец ${last}/${last + 1} раньше начала ${first}/${first + 1}`);
    return { start: `${first}-09-01`, end: `${last + 1}-08-31`, kind: "school" };
  }
  const m = /^(\d{4})(?:\s*[-–]\s*(\d{4}))?$/.exec(t);
  if (!m) throw new CliUsageError(`--period: ожидается ГГГГ-ГГГГ (календарные годы) или ГГГГ/ГГГГ (учебный год), получено «${text}»`);
  const end = m[2] ?? m[1];
  checkYear("--period", m[1], text);
  checkYear("--period", end, text);
  if (Number(end) < Number(m[1])) throw new CliUsageError(`--period: конец ${end} раньше начала ${m[1]}`);
  return { start: `${m[1]}-01-01`, end: `${end}-12-31` };
}

export function parseAsOfArg(text: string | undefined, today: () => Date = () => new Date()): string {
  if (text === undefined) {
    const d = today();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text.trim())) throw new CliUsageError(`--as-of: ожидается дата ГГГГ-ММ-ДД, получено «${text}»`);
  const iso = validIsoDate(text);
  if (!iso) throw new CliUsageError(`--as-of: такой даты нет в календаре: «${text}» (ГГГГ-ММ-ДД, год ${MIN_YEAR}–${MAX_YEAR})`);
  return iso;
}

export function parseTableArg(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) throw new CliUsageError(`--table: ожидается номер таблицы (0, 1, …), получено «${text}»`);
  return Number(text);
}
