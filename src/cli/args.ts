import { parseArgs } from "node:util";
import { CliUsageError } from "./errors";

export const OPTIONS = {
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  out: { type: "string", short: "o" },
  period: { type: "string" },
  "as-of": { type: "string" },
  sheet: { type: "string" },
  table: { type: "string" },
  "list-tables": { type: "boolean" },
  roadmap: { type: "string", multiple: true },
  results: { type: "string", multiple: true },
  district: { type: "string" },
  note: { type: "string" },
  targets: { type: "string" },
} as const;

/** node:util parseArgs speaks English; the CLI answers in Russian and keeps the option's name. */
function parseErrorRu(message: string): string {
  const option = /(--[\w-]+)/.exec(message)?.[1] ?? /'(-[^' ,]+)/.exec(message)?.[1] ?? "";
  if (/^Unknown option/i.test(message)) return `неизвестный параметр ${option}`;
  if (/argument missing/i.test(message)) return `у параметра ${option} нет значения`;
  if (/does not take an argument/i.test(message)) return `параметр ${option} не принимает значения`;
  if (/Unexpected argument/i.test(message)) return `лишний аргумент: ${message}`;
  return message;
}

export type CliValues = ReturnType<typeof parseCli>["values"];

export function parseCli(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliUsageError(parseErrorRu((error as Error).message));
  }
}

export function parsePeriodArg(text: string | undefined): { start: string; end: string } | null {
  if (!text) return null;
  const m = /^(\d{4})(?:\s*[-–]\s*(\d{4}))?$/.exec(text.trim());
  if (!m) throw new CliUsageError(`--period: ожидается ГГГГ-ГГГГ или ГГГГ, получено «${text}»`);
  const end = m[2] ?? m[1];
  if (Number(end) < Number(m[1])) throw new CliUsageError(`--period: конец ${end} раньше начала ${m[1]}`);
  return { start: `${m[1]}-01-01`, end: `${end}-12-31` };
}

export function parseAsOfArg(text: string | undefined, today: () => Date = () => new Date()): string {
  if (!text) {
    const d = today();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m || Number.isNaN(Date.parse(text))) throw new CliUsageError(`--as-of: ожидается дата ГГГГ-ММ-ДД, получено «${text}»`);
  return text.trim();
}

export function parseTableArg(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) throw new CliUsageError(`--table: ожидается номер таблицы (0, 1, …), получено «${text}»`);
  return Number(text);
}
