/** Dates and arguments: every date validated, parseArgs's English in Russian, one file where one is read. */
import fc from "fast-check";
import { parseAsOfArg, parseCli, parsePeriodArg, singleFileArg, validIsoDate } from "../../src/cli/args";
import { CliUsageError } from "../../src/cli/errors";

function usage(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CliUsageError);
    return (error as Error).message;
  }
  throw new Error("expected a usage error");
}

describe("date arguments", () => {
  it.each(["2024-02-30", "2023-02-29", "2024-04-31", "2024-13-01", "2024-00-10", "2024-01-00", "0000-01-01", "9999-12-31"])(
    "--as-of %s is not a date: usage error in Russian",
    (text) => expect(usage(() => parseAsOfArg(text))).toMatch(/--as-of: такой даты нет в календаре/),
  );
  it.each(["2024-02-29", "2023-12-31", "2025-01-01"])("--as-of %s is a date", (text) => expect(parseAsOfArg(text)).toBe(text));
  it("keeps the format message for text that is no date at all", () => {
    expect(usage(() => parseAsOfArg("30.02.2024"))).toMatch(/ожидается дата ГГГГ-ММ-ДД/);
  });
  it("checks every day of four years against the calendar", () => {
    for (let t = Date.UTC(2023, 0, 1); t < Date.UTC(2027, 0, 1); t += 86400000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      expect(validIsoDate(iso)).toBe(iso);
    }
    expect(validIsoDate("2100-02-29")).toBeNull();
    expect(validIsoDate("2000-02-29")).toBe("2000-02-29");
  });
  it.each(["0000-2025", "2023-3000", "1066"])("--period %s: years outside the range are usage errors", (text) => {
    expect(usage(() => parsePeriodArg(text))).toMatch(/--period: год/);
  });
});

describe("parseArgs messages in Russian", () => {
  it.each([
    [["roadmap", "--out"], /у параметра --out нет значения/],
    [["roadmap", "a.tsv", "--out", "--json"], /у параметра --out нет значения: за ним сразу идёт другой параметр/],
    [["report", "--roadmap", "--out", "x.xlsx"], /--roadmap нет значения.*--roadmap=-ЗНАЧЕНИЕ/s],
    [["roadmap", "a.tsv", "--json=да"], /параметр --json не принимает значения/],
    [["roadmap", "a.tsv", "--as-off", "2024-01-01"], /неизвестный параметр --as-off\. Может быть, --as-of\?/],
    [["roadmap", "a.tsv", "--frce"], /Может быть, --force\?/],
    [["roadmap", "-x"], /неизвестный параметр -x/],
  ])("%j", (argv, message) => {
    const text = usage(() => parseCli(argv));
    expect(text).toMatch(message);
    expect(text).not.toMatch(/ambiguous|Unknown option|argument missing|Did you forget/);
  });
});

describe("one file where a command reads one", () => {
  it("a second positional is a usage error naming it", () => {
    expect(usage(() => singleFileArg(["a.tsv", "b.tsv"], "roadmap", "файл"))).toMatch(/roadmap: команда читает один файл.*«b\.tsv»/);
    expect(usage(() => singleFileArg([], "roadmap", "файл с дорожной картой"))).toBe("roadmap: укажите файл с дорожной картой");
    expect(singleFileArg(["a.tsv"], "roadmap", "файл")).toBe("a.tsv");
  });
});

describe("properties", () => {
  it("validIsoDate accepts exactly the dates the calendar has", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const iso = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
        const real = new Date(Date.UTC(y, m - 1, d));
        const exists = m >= 1 && m <= 12 && d >= 1 && real.getUTCMonth() === m - 1 && real.getUTCDate() === d;
        expect(validIsoDate(iso)).toBe(exists ? iso : null);
      }),
      { numRuns: 2000 },
    );
  });

  it("any argv either parses or is a Russian usage error, never an English one or a crash", () => {
    const token = fc.oneof(
      fc.constantFrom("roadmap", "--out", "-o", "--json", "--as-of", "--as-off", "--roadmap", "--force", "--", "-", "-x", "--json=1", "--out=", "--period", "a.tsv", "-h"),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 8 }), (argv) => {
        try {
          parseCli(argv);
        } catch (error) {
          expect(error).toBeInstanceOf(CliUsageError);
          expect((error as Error).message).toMatch(/[а-яё]/);
          expect((error as Error).message).not.toMatch(/Unknown option|ambiguous|argument missing|does not take/);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
