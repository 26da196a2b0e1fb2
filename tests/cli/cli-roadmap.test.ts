/**
 * `roadmap FILE --json` end to end: the four real orders, a table written here that no one tuned the
 * parser to, Windows-1251 and BOM copies, --list-tables / --table. The JSON is checked against the
 * contract schema (./contract.ts), then against counts and cross-field invariants.
 */
import { readFile, writeFile } from "node:fs/promises";
import * as path from "node:path";
import * as iconv from "iconv-lite";
import { roadmapJsonSchema, type RoadmapJson } from "./contract";
import { makeTempDir, runCliProcess, seed, SEEDS_DIR, warmUpCli } from "./run-cli";
import { describeWithInputs } from "../helpers/inputs";

let dir = "";
let cleanup: () => Promise<void> = async () => undefined;
beforeAll(async () => {
  await warmUpCli();
  ({ dir, cleanup } = await makeTempDir("rm-cli-roadmap-"));
});
afterAll(() => cleanup());

async function roadmapJson(file: string, extra: string[] = []): Promise<RoadmapJson & { table?: unknown }> {
  const run = await runCliProcess(["roadmap", file, "--json", ...extra], { cwd: dir });
  expect(run.stderr).toBe(""); // findings never go to stderr
  expect(run.code).toBe(0);
  const parsed = roadmapJsonSchema.safeParse(JSON.parse(run.stdout));
  if (!parsed.success) throw new Error(`${path.basename(file)}: JSON breaks the contract: ${JSON.stringify(parsed.error.issues.slice(0, 5))}`);
  return { ...parsed.data, table: JSON.parse(run.stdout).table };
}

/** Invariants that hold for any roadmap, whatever the input. */
function expectConsistent(json: RoadmapJson): void {
  const ids = json.activities.map((a) => a.id);
  expect(new Set(ids).size).toBe(ids.length);
  const listed = json.sections.flatMap((s) => s.activityIds);
  expect(new Set(listed).size).toBe(listed.length);
  for (const id of listed) expect(ids).toContain(id);
  for (const section of json.sections) {
    for (const id of section.activityIds) expect(json.activities.find((a) => a.id === id)?.section).toBe(section.title);
  }
  const roles = json.columns.map((c) => c.role);
  expect(roles).toContain("activity");
  for (const a of json.activities) {
    const d = a.deadline;
    if (d.start && d.end) expect(d.start <= d.end).toBe(true);
    // Windows lie inside the period, unless the date itself is outside it — then a finding must say so
    // (the deadlines module keeps «Декабрь 2021» in a 2022 programme as its own window).
    const outsideFlagged = json.findings.some((f) => f.code === "deadline.outside-period" && f.activityId === a.id);
    for (const w of d.occurrences) {
      expect(w.start <= w.end).toBe(true);
      if (!outsideFlagged) expect({ id: a.id, inside: w.start >= json.period.start && w.end <= json.period.end }).toEqual({ id: a.id, inside: true });
    }
    if (d.kind === "missing") expect(d.raw.trim()).toBe("");
  }
  for (const f of json.findings) if (f.activityId) expect(ids).toContain(f.activityId);
}

const SEEDS: [string, number, number][] = [
  ["podporozhye-2020-2021.txt", 45, 3],
  ["bodaibo-2020-2023.txt", 37, 5],
  ["kuzovatovo-2022.txt", 20, 3],
  ["regional-resources-2020.txt", 16, 1],
];

describeWithInputs("the four real orders", [SEEDS_DIR], () => {
  it.each(SEEDS)("%s → %i activities in %i sections, contract-shaped", async (name, activities, sections) => {
    const json = await roadmapJson(seed(name), ["--as-of", "2021-03-01"]);
    expect(json.activities).toHaveLength(activities);
    expect(json.sections).toHaveLength(sections);
    expectConsistent(json);
    expect(json.activities.filter((a) => a.deadline.kind !== "missing").length).toBeGreaterThan(activities / 2);
  });

  it("--list-tables on the Бодайбо order lists several tables and marks the roadmap", async () => {
    const text = await runCliProcess(["roadmap", seed("bodaibo-2020-2023.txt"), "--list-tables"], { cwd: dir });
    expect(text.code).toBe(0);
    expect(text.stdout.trim().split("\n").length).toBeGreaterThan(1);
    expect(text.stdout).toMatch(/дорожная карта/);
    const run = await runCliProcess(["roadmap", seed("bodaibo-2020-2023.txt"), "--list-tables", "--json"], { cwd: dir });
    const tables = JSON.parse(run.stdout).tables as { index: number; looksLikeRoadmap: boolean; activityCount: number }[];
    expect(tables.length).toBeGreaterThan(1);
    const roadmaps = tables.filter((t) => t.looksLikeRoadmap);
    expect(roadmaps.length).toBeGreaterThanOrEqual(1);
    const best = roadmaps.reduce((a, b) => (b.activityCount > a.activityCount ? b : a));
    expect(best.activityCount).toBe(37);
    // The default import is that table, and the JSON says which.
    const json = await roadmapJson(seed("bodaibo-2020-2023.txt"), ["--as-of", "2021-03-01"]);
    const table = json.table as number | { index: number };
    expect(typeof table === "number" ? table : table.index).toBe(best.index);
  });

  it("--table N imports another table of the same document", async () => {
    const run = await runCliProcess(["roadmap", seed("bodaibo-2020-2023.txt"), "--list-tables", "--json"], { cwd: dir });
    const tables = JSON.parse(run.stdout).tables as { index: number; looksLikeRoadmap: boolean; activityCount: number }[];
    const other = tables.find((t) => !t.looksLikeRoadmap && t.activityCount > 0);
    expect(other).toBeDefined();
    const json = await roadmapJson(seed("bodaibo-2020-2023.txt"), ["--table", String(other!.index), "--as-of", "2021-03-01"]);
    expect(json.activities).toHaveLength(other!.activityCount);
    expect(json.activities.length).not.toBe(37);
  });

  it.each(SEEDS.map(([name]) => [name]))("%s: Windows-1251 and UTF-8 with BOM give the same activities as UTF-8", async (name) => {
    const text = await readFile(seed(name), "utf8");
    const cp1251 = path.join(dir, `cp1251-${name}`);
    const bom = path.join(dir, `bom-${name}`);
    await writeFile(cp1251, iconv.encode(text, "win1251"));
    await writeFile(bom, "\uFEFF" + text, "utf8");
    // One after another: parallel launchers could race on rebuilding a stale build/cli.cjs.
    const plain = await roadmapJson(seed(name), ["--as-of", "2021-03-01"]);
    const fromCp1251 = await roadmapJson(cp1251, ["--as-of", "2021-03-01"]);
    const fromBom = await roadmapJson(bom, ["--as-of", "2021-03-01"]);
    expect(fromCp1251.activities).toEqual(plain.activities);
    expect(fromBom.activities).toEqual(plain.activities);
    expect(fromCp1251.period).toEqual(plain.period);
  });
});

/** A roadmap in another office's words: columns named differently, «Раздел N.» rows, a recurring and a vague deadline. */
const UNSEEN = [
  "Содержание мероприятия\tОтветственный исполнитель\tСрок\t№ п/п\tОжидаемый результат",
  "Раздел 1. Диагностика",
  "Проведение стартовой диагностики учащихся 5-х классов\tОтдел образования\tсентябрь 2025 г.\t1.1.\tАналитическая справка",
  "Анализ результатов ВПР по школам\tМетодист РМК\tдо 15 мая 2026 г.\t1.2.\tПротокол совещания",
  "Раздел 2. Методическое сопровождение",
  "Семинар для учителей математики\tРуководители ОО\tежеквартально\t2.1.\tПрограмма семинара",
  "Посещение уроков молодых педагогов\tЗаместители директоров\tв течение года\t2.2.\t",
].join("\n");

describe("a roadmap no one tuned the parser to", () => {
  let json: RoadmapJson;
  beforeAll(async () => {
    await writeFile(path.join(dir, "чужая карта.tsv"), UNSEEN + "\n", "utf8");
    json = await roadmapJson("чужая карта.tsv", ["--period", "2025-2026", "--as-of", "2025-10-01"]);
  });

  it("finds every column's role whatever the order", () => {
    expect(json.columns.map((c) => c.role)).toEqual(["activity", "responsible", "deadline", "number", "result"]);
    expect(json.period).toEqual({ start: "2025-01-01", end: "2026-12-31" });
    expectConsistent(json);
  });

  it("assembles four activities in two sections with their rows", () => {
    expect(json.sections.map((s) => s.activityIds.length)).toEqual([2, 2]);
    expect(json.activities.map((a) => a.text)).toEqual([
      "Проведение стартовой диагностики учащихся 5-х классов",
      "Анализ результатов ВПР по школам",
      "Семинар для учителей математики",
      "Посещение уроков молодых педагогов",
    ]);
    expect(json.activities.map((a) => a.sourceRows)).toEqual([[3], [4], [6], [7]]);
    expect(json.activities[0].responsible.map((p) => p.name)).toEqual(["Отдел образования"]);
  });

  it("reads the deadlines inside the period", () => {
    const [first, second, third] = json.activities.map((a) => a.deadline);
    expect(first).toMatchObject({ kind: "date", start: "2025-09-01", end: "2025-09-30" });
    expect(second.end).toBe("2026-05-15");
    expect(third.kind).toBe("recurring");
    expect(third.occurrences.length).toBeGreaterThanOrEqual(8); // every quarter of two years
  });

  it("reports the missing result and the overdue deadline as findings on the right activities", () => {
    const byCode = (code: string) => json.findings.filter((f) => f.code === code).map((f) => f.activityId);
    expect(byCode("result.missing")).toEqual([json.activities[3].id]);
    expect(byCode("deadline.overdue")).toEqual([json.activities[0].id]);
  });
});
