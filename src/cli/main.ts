import { parseCli } from "./args";
import { CliInputError, CliUsageError } from "./errors";
import { PlanLimitError } from "../core/workbook/limits";
import { HELP } from "./help";
import { processIo, type CliIo } from "./io";

type Command = (positionals: string[], values: ReturnType<typeof parseCli>["values"], io: CliIo) => Promise<number>;

/** Loaded on demand: `--help` must not pay for ExcelJS and mammoth (district scripts call the CLI hundreds of times). */
const COMMANDS: Record<string, () => Promise<Command>> = {
  cells: async () => (await import("./commands/cells")).cellsCommand,
  roadmap: async () => (await import("./commands/roadmap")).roadmapCommand,
  results: async () => (await import("./commands/results")).resultsCommand,
  report: async () => (await import("./commands/report")).reportCommand,
  demo: async () => (await import("./commands/demo")).demoCommand,
  forms: async () => (await import("./commands/forms")).formsCommand,
};

/** Runs one CLI call; returns the exit code (0 read, 1 unreadable input, 2 usage). */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  try {
    const { values, positionals } = parseCli(argv);
    const [name, ...rest] = positionals;
    if (values.help || name === "help" || name === undefined) {
      io.out(HELP);
      return name === undefined && !values.help ? 2 : 0;
    }
    const load = COMMANDS[name];
    if (!load) throw new CliUsageError(`неизвестная команда «${name}»`);
    return await (await load())(rest, values, io);
  } catch (error) {
    if (error instanceof CliUsageError) {
      io.err(`Ошибка вызова: ${error.message}\nСправка: npm run cli -- --help`);
      return 2;
    }
    if (error instanceof CliInputError || error instanceof PlanLimitError) {
      io.err(error.message);
      return 1;
    }
    io.err(`Внутренняя ошибка: ${(error as Error).stack ?? String(error)}`);
    return 1;
  }
}

if (require.main === module) {
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
