/**
 * The returns loop on an order's roadmap, shared by the core and LibreOffice tests: forms for three schools, filled
 * as schools fill them (one sorts its rows, one deletes a row and types comments, one never answers).
 * Fixture: tests/fixtures/returns/krasnoborsk-order-roadmap.tsv (written for these tests; see its README).
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { readDocumentText } from "../../../src/core/table";
import { runReportJob, runRoadmapJob } from "../../../src/core/pipeline";
import {
  buildSchoolForm,
  collectReturns,
  readReturn,
  type ParsedReturn,
  type NotAReturn,
} from "../../../src/core/returns";
import { renderXlsx, readXlsx } from "../../../src/xlsx";
import { fillForm } from "./fill";

export const AS_OF = "2025-07-01";
export const A = "МБОУ «Красноборская СОШ»";
export const B = "МБОУ «Черевковская СОШ»";
export const C = "МБОУ «Пермогорская ООШ»";
export const SCHOOLS = [A, B, C];

const text = readFileSync(path.join(__dirname, "../../fixtures/returns/krasnoborsk-order-roadmap.tsv"), "utf8");
export const roadmapJob = runRoadmapJob({
  document: readDocumentText(text, "krasnoborsk-order-roadmap.tsv"),
  period: null,
  asOf: AS_OF,
});
export const roadmap = roadmapJob.roadmap;

export async function formOf(school: string): Promise<Uint8Array> {
  return renderXlsx(buildSchoolForm({ roadmap, school, schools: SCHOOLS, created: "2025-06-01" }).plan);
}

export async function parse(
  name: string,
  bytes: Uint8Array,
  savedAt: string | null,
): Promise<ParsedReturn | NotAReturn> {
  return readReturn({ name, savedAt, tables: await readXlsx(bytes, { includeHidden: true }) });
}

/** The filled files, the collected returns and the district report over them. */
export async function schoolLoop() {
  const aOld = await fillForm(await formOf(A), { "1.2": { status: "в работе" } });
  const a = await fillForm(
    await formOf(A),
    {
      "1.2": { status: "выполнено", doneDate: new Date(Date.UTC(2025, 1, 20)) },
      "1.4": { status: "Выполнено.", doneDate: "30.04.2025" },
      "2.1": { status: "в работе" },
      "2.2": { status: "в работе" },
      "3.1": { status: "выполнено", evidence: "Приказ № 45 от 12.05.2025" },
      "3.3": { status: "в процессе" },
    },
    { sort: true },
  );
  const b = await fillForm(
    await formOf(B),
    {
      "1.2": { status: "Выполнено.", doneDate: "15.02.2025" },
      "1.4": {
        status: "не выполнено",
        comment: "Самодиагностика перенесена на сентябрь: болезнь заместителя директора",
      },
      "2.1": {
        status: "выполнено",
        doneDate: new Date(Date.UTC(2025, 5, 10)),
        evidence: "https://cherevkovo.example/kpk",
        comment: "-2 учителя не прошли КПК",
      },
      "2.3": { status: "в работе", doneDate: "в течение года" },
      "3.1": { status: "выполнено" },
    },
    { deleteIds: ["2.2"] },
  );
  const notAReturn = await renderXlsx({
    sheets: [
      {
        key: "x",
        name: "Результаты",
        blocks: [
          {
            at: "A1",
            rows: [
              ["ОО", "Кол-во уч."],
              ["СОШ № 1", 25],
            ],
          },
        ],
      },
    ],
  });
  const returns = [
    await parse("Красноборская (черновик).xlsx", aOld, "2025-06-10T08:00:00Z"),
    await parse("отчет красноборская.xlsx", a, "2025-06-20T08:00:00Z"),
    await parse("Черевково_ДК.xlsx", b, "2025-06-25T08:00:00Z"),
    await parse("Результаты ВПР.xlsx", notAReturn, null),
  ];
  const collected = collectReturns({ roadmap, expectedSchools: null, returns });
  const report = runReportJob({
    district: "Красноборский муниципальный округ",
    asOf: AS_OF,
    roadmaps: [{ job: roadmapJob, school: null }],
    results: null,
    returns: collected,
  });
  return { files: { aOld, a, b }, collected, report };
}
