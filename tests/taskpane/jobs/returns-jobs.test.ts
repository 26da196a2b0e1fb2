/**
 * «Ответы школ» in the pane: forms from the imported roadmap (one workbook per school where Excel can create
 * workbooks, else a sheet per school), the filled forms loaded from files, and the report built with them.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { createPaneJobs } from "../../../src/taskpane/jobs";
import type { JobProgress, PickedFile, RoadmapForm } from "../../../src/taskpane/types";
import { readXlsx } from "../../../src/xlsx";
import type { WorkbookPlan } from "../../../src/core/workbook";
import { fakeHost } from "../fake-host";
import { schoolLoop, SCHOOLS } from "../../core/returns/loop";

const progress = (): JobProgress => ({ report: () => undefined, isCancelled: () => false });
const roadmapText = readFileSync(path.join(__dirname, "../../fixtures/returns/krasnoborsk-order-roadmap.tsv"), "utf8");
const form: RoadmapForm = {
  pasted: { kind: "text", content: roadmapText },
  periodStart: "",
  periodEnd: "",
  asOf: "2025-07-01",
};
const picked = (name: string, bytes: Uint8Array, when: string): PickedFile => ({
  name,
  lastModified: Date.parse(when),
  bytes: async () => bytes,
});
const reader = async () => readXlsx;

describe("school returns in the pane", () => {
  it("opens one new workbook per school where Excel can, else writes a sheet per school", async () => {
    const opened: WorkbookPlan[] = [];
    const { host } = fakeHost();
    const withCreate = {
      ...host,
      features: () => ({ ...host.features(), createWorkbook: true }),
      renderPlanInNewWorkbook: async (plan: WorkbookPlan) => void opened.push(plan),
    };
    const jobs = createPaneJobs(withCreate, reader);
    await jobs.importRoadmapPasted(form, progress());
    const outcome = await jobs.makeSchoolForms({ schools: SCHOOLS, asOf: "2025-06-01" }, progress());
    expect(opened).toHaveLength(3);
    expect(outcome.summary).toContain("Создано 3 формы (каждая в новой книге");

    const rendered: WorkbookPlan[] = [];
    const old = fakeHost();
    const jobs2 = createPaneJobs(
      { ...old.host, renderPlan: async (plan) => (rendered.push(plan), old.host.renderPlan(plan)) },
      reader,
    );
    await jobs2.importRoadmapPasted(form, progress());
    await jobs2.makeSchoolForms({ schools: SCHOOLS, asOf: "2025-06-01" }, progress());
    expect(rendered).toHaveLength(1);
    const names = rendered[0].sheets.map((s) => s.name);
    expect(names).toEqual([
      "Отчёт МБОУ Красноборская СОШ",
      "Отчёт МБОУ Черевковская СОШ",
      "Отчёт МБОУ Пермогорская ООШ",
    ]);
    expect(new Set(rendered[0].sheets.flatMap((s) => (s.tables ?? []).map((t) => t.name))).size).toBe(3);
  });

  it("loads the filled forms, names a file that is not one, and reports with them", async () => {
    const { files } = await schoolLoop();
    const rendered: WorkbookPlan[] = [];
    const { host } = fakeHost();
    const jobs = createPaneJobs(
      { ...host, renderPlan: async (plan) => (rendered.push(plan), host.renderPlan(plan)) },
      reader,
    );
    await jobs.importRoadmapPasted(form, progress());
    const loaded = await jobs.loadReturns(
      {
        files: [
          picked("Красноборская.xlsx", files.a, "2025-06-20"),
          picked("Черевково.xlsx", files.b, "2025-06-25"),
          picked("Результаты.pdf", new Uint8Array([37, 80, 68, 70]), "2025-06-25"),
        ],
      },
      progress(),
    );
    expect(loaded.summary).toBe(
      "Прочитано 2 ответа школ; пропущено 1 файл (не формы отчёта). Нажмите «Сформировать свод».",
    );
    expect(loaded.findings?.[0].message).toContain("Результаты.pdf");
    const report = await jobs.buildReport({ asOf: "2025-07-01", newWorkbook: false }, progress());
    expect(report.summary).toContain("ответы 2 из 3 школ");
    expect(rendered.at(-1)!.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(["Ответы школ", "Статусы по школам", "Комментарии школ"]),
    );
  });
});

describe("the methodologist's edits in the district workbook", () => {
  it("stand over the schools' answers on the next report, with the school's answer kept", async () => {
    const { files } = await schoolLoop();
    const rendered: WorkbookPlan[] = [];
    const { host } = fakeHost();
    // What the sheets hold now: as rendered, with one status typed over by the methodologist.
    const grid = (key: string): string[][] | null => {
      const sheet = rendered.at(-1)?.sheets.find((s) => s.key === key);
      if (!sheet) return null;
      const rows: string[][] = [];
      for (const b of sheet.blocks ?? [])
        b.rows.forEach(
          (r, i) =>
            (rows[Number(b.at.slice(1)) - 1 + i] = r.map((c) =>
              typeof c === "string" || typeof c === "number" ? String(c) : "",
            )),
        );
      return Array.from(rows, (r) => r ?? []);
    };
    let edit: ((g: string[][]) => void) | null = null;
    const jobs = createPaneJobs(
      {
        ...host,
        renderPlan: async (plan) => (rendered.push(plan), host.renderPlan(plan)),
        readOwnSheet: async (key) => {
          const values = grid(key);
          if (values && key === "report.returnsMatrix" && edit) edit(values);
          return values ? { key, name: key, values } : null;
        },
      },
      reader,
    );
    await jobs.importRoadmapPasted(form, progress());
    await jobs.loadReturns({ files: [picked("Черевково.xlsx", files.b, "2025-06-25")] }, progress());
    await jobs.buildReport({ asOf: "2025-07-01", newWorkbook: false }, progress());
    const matrix = grid("report.returnsMatrix")!;
    const row = matrix.findIndex((r) => r[0] === "МБОУ «Черевковская СОШ»");
    const col = matrix[2].indexOf("1.4");
    expect(matrix[row][col]).toBe("не выполнено");
    edit = (g) => (g[row][col] = "перенесено");
    const again = await jobs.buildReport({ asOf: "2025-07-01", newWorkbook: false }, progress());
    edit = null;
    expect(grid("report.returnsMatrix")![row][col]).toBe("перенесено");
    expect(again.findings?.some((f) => f.code === "returns.district-edit" && f.message.includes("«перенесено»"))).toBe(
      true,
    );
    const comments = rendered.at(-1)!.sheets.find((s) => s.key === "report.returnsComments")!;
    const line = comments.tables![0].rows.find((r) => r[1] === "1.4")!;
    expect(line[3]).toBe("перенесено");
    expect(String(line[6])).toContain("Ранее: «не выполнено» (школа, файл «Черевково.xlsx»");
  });
});
