/** Output channels, injectable for tests. Findings go to stdout (JSON), never to stderr. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  today(): Date;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : text + "\n"),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : text + "\n"),
  today: () => new Date(),
};
