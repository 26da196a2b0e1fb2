/**
 * The one writer of the CLI (src/cli/output.ts): never replace a file unless asked, never an input,
 * temp file + rename so a failure leaves the old file whole, Russian reasons for every path error.
 */
import { execFileSync } from "node:child_process";
import { existsSync, linkSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { CliInputError } from "../../src/cli/errors";
import { type OutputFs, checkOutputTarget, nodeOutputFs, writeOutputFile } from "../../src/cli/output";
import { makeTempDir } from "../cli/run-cli";

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await makeTempDir("rm-files-out-")));
afterAll(() => cleanup());

const at = (name: string) => path.join(dir, name);
const target = (file: string, replace = false, inputs: string[] = []) => ({ file, replace, inputs });
/** No temporary file is left beside the target. */
const temps = (folder = dir) => readdirSync(folder).filter((f) => f.endsWith(".tmp"));

async function refusal(run: Promise<unknown>): Promise<string> {
  try {
    await run;
  } catch (error) {
    expect(error).toBeInstanceOf(CliInputError);
    const message = (error as Error).message;
    expect(message).toMatch(/[А-Яа-яЁё]{4}/);
    expect(message).not.toMatch(/\n\s+at /);
    return message;
  }
  throw new Error("expected a refusal");
}

describe("writeOutputFile", () => {
  it("writes a new file and leaves no temporary file", async () => {
    await writeOutputFile(target(at("new.xlsx")), "данные");
    expect(readFileSync(at("new.xlsx"), "utf8")).toBe("данные");
    expect(temps()).toEqual([]);
  });

  it("does not replace an existing file without --force, and says how", async () => {
    writeFileSync(at("old.xlsx"), "старое");
    const message = await refusal(writeOutputFile(target(at("old.xlsx")), "новое"));
    expect(message).toContain("--force");
    expect(readFileSync(at("old.xlsx"), "utf8")).toBe("старое");
    expect(temps()).toEqual([]);
  });

  it("replaces it with --force and keeps its permissions", async () => {
    writeFileSync(at("mode.xlsx"), "старое", { mode: 0o640 });
    await writeOutputFile(target(at("mode.xlsx"), true), "новое");
    expect(readFileSync(at("mode.xlsx"), "utf8")).toBe("новое");
    expect(execFileSync("stat", ["-c", "%a", at("mode.xlsx")], { encoding: "utf8" }).trim()).toBe("640");
  });

  it("never writes over an input, even with --force: same name, another spelling, a symlink, a hard link", async () => {
    writeFileSync(at("k.xlsx"), "исходные");
    symlinkSync(at("k.xlsx"), at("k-link.xlsx"));
    linkSync(at("k.xlsx"), at("k-hard.xlsx"));
    const spellings = [at("k.xlsx"), path.join(dir, ".", "k.xlsx"), at("k-link.xlsx"), at("k-hard.xlsx")];
    for (const out of spellings) {
      const message = await refusal(writeOutputFile(target(out, true, [at("k.xlsx")]), "затёрто"));
      expect(message).toContain("входной файл");
    }
    expect(readFileSync(at("k.xlsx"), "utf8")).toBe("исходные");
  });

  it.each([
    ["a folder", () => dir, /это папка/],
    ["a device (/dev/full)", () => "/dev/full", /не обычный файл/],
    ["a missing parent folder", () => at("нет-папки/свод.xlsx"), /папки .* нет/],
    ["a file standing for the folder", () => at("new.xlsx/свод.xlsx"), /файл, а не папка/],
  ])("refuses %s with a Russian reason (also with --force)", async (_name, file, reason) => {
    expect(await refusal(writeOutputFile(target(file(), true), "x"))).toMatch(reason);
  });

  /** A file system that fails one call the way a full or read-only disk does. */
  function failing(call: "write" | "sync" | "open" | "rename" | "link", code: string): OutputFs {
    const fail = () => Promise.reject(Object.assign(new Error(`${code}: simulated`), { code }));
    return {
      ...nodeOutputFs,
      open: async (p, flags, mode) => {
        if (call === "open") return fail();
        const handle = await nodeOutputFs.open(p, flags, mode);
        return {
          writeFile: (data) => (call === "write" ? handle.writeFile(String(data).slice(0, 3)).then(fail) : handle.writeFile(data)),
          sync: () => (call === "sync" ? fail() : handle.sync()),
          close: () => handle.close(),
        };
      },
      rename: (a, b) => (call === "rename" ? fail() : nodeOutputFs.rename(a, b)),
      link: (a, b) => (call === "link" ? fail() : nodeOutputFs.link(a, b)),
    };
  }

  it.each([
    ["write", "ENOSPC", /нет места/],
    ["sync", "ENOSPC", /нет места/],
    ["write", "EDQUOT", /квота/],
    ["open", "EACCES", /нет прав/],
    ["open", "EROFS", /только для чтения/],
    ["rename", "EIO", /ввода-вывода/],
    ["rename", "EBUSY", /открыт в другой программе/],
    ["rename", "EPERM", /открыт в другой программе/],
  ] as const)("a failing %s (%s) leaves the old file whole and no temporary file", async (call, code, reason) => {
    writeFileSync(at("keep.xlsx"), "целый старый файл");
    const message = await refusal(writeOutputFile(target(at("keep.xlsx"), true), "новое содержимое", failing(call, code)));
    expect(message).toMatch(reason);
    expect(message).toContain("не изменён");
    expect(readFileSync(at("keep.xlsx"), "utf8")).toBe("целый старый файл");
    expect(temps()).toEqual([]);
  });

  it("on a file system without hard links (EPERM) still writes a new file", async () => {
    await writeOutputFile(target(at("fat.xlsx")), "на флешке", failing("link", "EPERM"));
    expect(readFileSync(at("fat.xlsx"), "utf8")).toBe("на флешке");
    expect(temps()).toEqual([]);
  });

  it("checks a target before the work: checkOutputTarget refuses what writeOutputFile would", async () => {
    writeFileSync(at("busy.xlsx"), "x");
    await refusal(checkOutputTarget(target(at("busy.xlsx"))));
    await expect(checkOutputTarget(target(at("busy.xlsx"), true))).resolves.toEqual({ existingMode: expect.any(Number) });
    await expect(checkOutputTarget(target(at("free.xlsx")))).resolves.toEqual({ existingMode: null });
  });
});

/** A real full disk: a 64 KB tmpfs (needs root; skipped where mounting is not allowed). */
function mountTinyTmpfs(folder: string): boolean {
  try {
    mkdirSync(folder, { recursive: true });
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", folder], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

describe("a full disk (tmpfs)", () => {
  let mounted = false;
  let disk: string;
  beforeAll(() => {
    disk = at("tiny-disk");
    mounted = mountTinyTmpfs(disk);
  });
  afterAll(() => {
    if (mounted) execFileSync("umount", [disk]);
  });

  it("ENOSPC: exit reason in Russian, the old workbook whole, no temporary file left", async () => {
    if (!mounted) {
      console.warn("tmpfs cannot be mounted here: the simulated ENOSPC tests above stand in");
      return;
    }
    const file = path.join(disk, "свод.xlsx");
    writeFileSync(file, "старый свод");
    const big = new Uint8Array(200 * 1024).fill(65);
    const message = await refusal(writeOutputFile(target(file, true), big));
    expect(message).toMatch(/нет места/);
    expect(readFileSync(file, "utf8")).toBe("старый свод");
    expect(temps(disk)).toEqual([]);
    expect(existsSync(file)).toBe(true);
  });
});

describe("property: whatever the situation, no user file is lost", () => {
  it("an input never changes; an existing file changes only with --force; a failure changes nothing", async () => {
    const fc = (await import("fast-check")).default;
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          exists: fc.boolean(),
          isInput: fc.boolean(),
          viaLink: fc.boolean(),
          replace: fc.boolean(),
          failAt: fc.constantFrom(null, "write", "sync", "rename", "link"),
        }),
        async ({ exists, isInput, viaLink, replace, failAt }) => {
          const folder = at(`prop-${n++}`);
          mkdirSync(folder);
          const input = path.join(folder, "вход.tsv");
          writeFileSync(input, "вход");
          const out = isInput ? (viaLink ? path.join(folder, "ссылка.tsv") : input) : path.join(folder, "свод.xlsx");
          if (isInput && viaLink) symlinkSync(input, out);
          if (!isInput && exists) writeFileSync(out, "старое");
          const fs: OutputFs = failAt
            ? {
                ...nodeOutputFs,
                open: async (p, flags, mode) => {
                  const h = await nodeOutputFs.open(p, flags, mode);
                  const fail = () => Promise.reject(Object.assign(new Error("x"), { code: "ENOSPC" }));
                  return { writeFile: (d) => (failAt === "write" ? fail() : h.writeFile(d)), sync: () => (failAt === "sync" ? fail() : h.sync()), close: () => h.close() };
                },
                rename: (a, b) => (failAt === "rename" ? Promise.reject(Object.assign(new Error("x"), { code: "EIO" })) : nodeOutputFs.rename(a, b)),
                link: (a, b) => (failAt === "link" ? Promise.reject(Object.assign(new Error("x"), { code: "EIO" })) : nodeOutputFs.link(a, b)),
              }
            : nodeOutputFs;
          let ok = true;
          try {
            await writeOutputFile({ file: out, replace, inputs: [input] }, "новое", fs);
          } catch (error) {
            expect(error).toBeInstanceOf(CliInputError);
            ok = false;
          }
          expect(readFileSync(input, "utf8")).toBe("вход");
          if (!isInput && exists && !replace) expect(readFileSync(out, "utf8")).toBe("старое");
          if (!ok && !isInput && exists) expect(readFileSync(out, "utf8")).toBe("старое");
          if (ok) expect(readFileSync(out, "utf8")).toBe("новое");
          expect(temps(folder)).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
