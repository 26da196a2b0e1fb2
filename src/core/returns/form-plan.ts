import type { IsoDate } from "../deadlines/types";
import { ACTIVITY_STATUSES, type Activity, type Roadmap } from "../roadmap/types";
import { date, type Cell, type SheetPlan, type WorkbookPlan } from "../workbook";
import { formatDateRu } from "../util";
import {
  FIGURES_SHEET,
  FORM_META_SHEET,
  FORM_SHEET,
  FORM_VERSION,
  metaRows,
  roadmapFingerprint,
  type FormMeta,
} from "./form-meta";
import { activitiesForSchool } from "./participation";
import type { FigureRequest } from "./school-figures";

/** The form's columns, in order; a return is read by these headers, never by position. */
export const FORM_HEADERS = {
  id: "ID",
  number: "№",
  text: "Мероприятие",
  deadline: "Срок",
  status: "Статус",
  doneDate: "Дата выполнения",
  evidence: "Подтверждение",
  comment: "Комментарий",
} as const;
export type FormColumn = keyof typeof FORM_HEADERS;
const ORDER: readonly FormColumn[] = ["id", "number", "text", "deadline", "status", "doneDate", "evidence", "comment"];
const WIDTHS: Record<FormColumn, number> = {
  id: 7,
  number: 7,
  text: 60,
  deadline: 24,
  status: 16,
  doneDate: 14,
  evidence: 32,
  comment: 32,
};

/** Header row of the activities table on the form sheet (1-based). */
export const FORM_HEADER_ROW = 7;

export const FIGURE_HEADERS = {
  label: "Показатель",
  value: "Значение",
  comment: "Комментарий",
  key: "Код показателя",
} as const;

export interface SchoolFormInput {
  readonly roadmap: Pick<Roadmap, "title" | "activities">;
  readonly school: string;
  /** Every school the forms are made for: recorded in each form, so the returns tell who is expected to answer. */
  readonly schools: readonly string[];
  readonly created: IsoDate | null;
  /** Activities the user ticked in addition to those the school's parties imply. */
  readonly extraActivityIds?: ReadonlySet<string>;
  /** Figures the programme's targets need from the school (second sheet); none → no second sheet. */
  readonly figures?: readonly FigureRequest[];
}

function deadlineText(a: Activity): string {
  if (a.deadline.raw.trim()) return a.deadline.raw.trim();
  if (a.deadline.start && a.deadline.end) return `${formatDateRu(a.deadline.start)} – ${formatDateRu(a.deadline.end)}`;
  return "";
}

function activitiesSheet(input: SchoolFormInput, activities: readonly Activity[]): SheetPlan {
  const first = FORM_HEADER_ROW + 1;
  const last = FORM_HEADER_ROW + Math.max(activities.length, 1);
  const title = input.roadmap.title.trim() || "Дорожная карта";
  const rows: Cell[][] = activities.map((a) => [a.id, a.number, a.text, deadlineText(a), null, null, null, null]);
  return {
    key: "form.activities",
    name: FORM_SHEET,
    columnWidths: ORDER.map((c) => WIDTHS[c]),
    freeze: { rows: FORM_HEADER_ROW, columns: 0 },
    blocks: [
      {
        at: "A1",
        rows: [
          ["Отчёт о выполнении дорожной карты"],
          ["Школа:", input.school],
          ["Дорожная карта:", title],
          ["Форма сформирована:", input.created ? date(input.created) : ""],
          [
            "Как заполнить: выберите статус в списке, укажите дату выполнения, документ или ссылку, подтверждающие выполнение, " +
              "и при необходимости комментарий. Не меняйте столбец «ID»: по нему ответ сопоставляется с дорожной картой. " +
              "Строки можно сортировать; удалять строки не нужно — оставьте статус пустым.",
          ],
        ],
      },
    ],
    tables: [
      {
        name: "ОтчётШколы",
        at: `A${FORM_HEADER_ROW}`,
        columns: ORDER.map((c) => ({
          header: FORM_HEADERS[c],
          kind: c === "doneDate" ? ("date" as const) : ("text" as const),
          wrap: c === "text" || c === "evidence" || c === "comment" || c === "deadline",
        })),
        rows,
        style: "TableStyleLight9",
      },
    ],
    merges: ["B2:H2", "B3:H3", "A5:H5"],
    rowHeights: [
      { row: 3, height: 30 },
      { row: 5, height: 45 },
    ],
    formats: [
      { range: "A1", bold: true, fontSize: 14 },
      { range: "B2", bold: true },
      { range: "A2:A4", bold: true },
      { range: "B3", wrap: true, vertical: "top" },
      { range: "B4", numFmt: "dd.mm.yyyy", horizontal: "left" },
      { range: "A5", italic: true, wrap: true, vertical: "top" },
      { range: `A${first}:H${last}`, vertical: "top" },
      { range: `E${first}:H${last}`, locked: false, fill: "#FFF9E6" },
      { range: `F${first}:F${last}`, numFmt: "dd.mm.yyyy" },
    ],
    dataValidations: [
      {
        range: `E${first}:E${last}`,
        list: [...ACTIVITY_STATUSES],
        allowBlank: true,
        prompt: "Выберите статус мероприятия",
      },
    ],
    print: { orientation: "landscape", fitToWidth: true, titleRows: `${FORM_HEADER_ROW}:${FORM_HEADER_ROW}` },
    protect: true,
  };
}

function figuresSheet(figures: readonly FigureRequest[]): SheetPlan {
  const first = 4;
  const last = first + figures.length - 1;
  return {
    key: "form.figures",
    name: FIGURES_SHEET,
    columnWidths: [70, 14, 40, 12],
    blocks: [
      {
        at: "A1",
        rows: [["Показатели школы для целевых показателей программы"], ["Укажите числа на дату заполнения формы."]],
      },
    ],
    tables: [
      {
        name: "ПоказателиШколы",
        at: "A3",
        columns: [
          { header: FIGURE_HEADERS.label, kind: "text", wrap: true },
          { header: FIGURE_HEADERS.value, kind: "number" },
          { header: FIGURE_HEADERS.comment, kind: "text", wrap: true },
          // The key survives a school retyping a label; hidden, so no code meets the eye.
          { header: FIGURE_HEADERS.key, kind: "text", hidden: true },
        ],
        rows: figures.map((f) => [f.label, null, null, f.key]),
        style: "TableStyleLight9",
      },
    ],
    formats: [
      { range: "A1", bold: true, fontSize: 13 },
      { range: "A2", italic: true },
      { range: `B${first}:C${last}`, locked: false, fill: "#FFF9E6" },
    ],
    print: { orientation: "portrait", fitToWidth: true },
    protect: true,
  };
}

/** One school's monitoring form: its activities of the roadmap, input cells open, the rest protected. */
export function buildSchoolForm(input: SchoolFormInput): { plan: WorkbookPlan; activityIds: string[] } {
  const activities = activitiesForSchool(input.roadmap.activities, input.school, input.extraActivityIds);
  const meta: FormMeta = {
    version: FORM_VERSION,
    school: input.school,
    roadmap: input.roadmap.title,
    fingerprint: roadmapFingerprint(input.roadmap),
    created: input.created,
    activityIds: activities.map((a) => a.id),
    schools: [...input.schools],
  };
  const sheets: SheetPlan[] = [activitiesSheet(input, activities)];
  if (input.figures?.length) sheets.push(figuresSheet(input.figures));
  sheets.push({
    key: "form.meta",
    name: FORM_META_SHEET,
    hidden: true,
    columnWidths: [28, 80],
    blocks: [{ at: "A1", rows: metaRows(meta) }],
  });
  return { plan: { sheets, title: `${FORM_SHEET}: ${input.school}` }, activityIds: meta.activityIds };
}

/** A file name for a school's form: the school's name without characters file systems refuse. */
export function formFileName(school: string, used: Set<string> = new Set()): string {
  const base =
    school
      .replace(/[«»"“”„]/g, "")
      .replace(/[\\/:*?<>|]/g, " ")
      .replace(/\p{Cc}/gu, " ")
      .replace(/\s+/g, " ")
      .trim()
      .replace(/^\.+/, "")
      .slice(0, 100)
      .trim() || "Школа";
  let name = `${base}.xlsx`;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base} (${n}).xlsx`;
  used.add(name.toLowerCase());
  return name;
}
