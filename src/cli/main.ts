import { parseCli } from "./args";
import { CliInputError, CliUsageError } from "./errors";
import { HELP } from "./help";
import { processIo, type CliIo } from "./io";
import { cellsCommand } from "./commands/cells";
import { roadmapCommand } from "./commands/roadmap";
import { resultsCommand } from "./commands/results";

type Command = (positionals: string[], values: ReturnType<typeof parseCli>["values"], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  cells: cellsCommand,
  roadmap: roadmapCommand,
  results: resultsCommand,
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
    const command = COMMANDS[name];
    if (!command) throw new CliUsageError(`неизвестная команда «${name}»`);
    return await command(rest, values, io);
  } catch (error) {
    if (error instanceof CliUsageError) {
      io.err(`Ошибка вызова: ${error.message}\nСправка: npm run cli -- --help`);
      return 2;
    }
    if (error instanceof CliInputError) {
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
