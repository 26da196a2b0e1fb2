import { finding, type Finding } from "../findings";
import { readMark } from "../results/numbers";
import { mergeKeys, normalizeGrade, readPreamble } from "../results/preamble";
import { classifyEntity } from "../results/school-key";
import type { AssessmentKey } from "../results/types";
import type { SourceTable } from "../table/types";
import { findTaskLayout, type TaskLayout } from "./layout";
import {
  DEFAULT_TASK_SETTINGS,
  type MarkBoundaries,
  type SchoolTaskFigures,
  type TaskAnalysis,
  type TaskFigures,
  type TaskFlag,
  type TaskLevel,
  type TaskSettings,
} from "./types";

/** «МБОУ «СОШ №2 г.Энска»(edu990201)» → name and code; codes sch… before 2022, edu… since. */
const CODED = /^(.*?)\s*\(\s*((?:edu|sch)\d+)\s*\)\s*$/i;
const GROUP_COUNT = /кол-?во\s+участников\s*:?\s*(\d+)/i;
const ABSENT = /отсутств|не\s+явил|неявк/i;
const NOT_ATTEMPTED = /^[xх]$/i;

export function splitCoded(raw: string): { name: string; code: string | null } {
  const m = CODED.exec(raw.trim());
  return m ? { name: m[1].trim(), code: m[2].toLowerCase() } : { name: raw.trim(), code: null };
}

/** Running sums of one school (or the district): everything the figures need, in typed arrays. */
class Acc {
  participants = 0;
  readonly sums: Float64Array;
  readonly counts: Int32Array;
  readonly histogram = new Map<number, number>();
  lowered2 = 0;
  raised2 = 0;
  withJournal = 0;
  lowered = 0;
  confirmed = 0;
  raised = 0;
  constructor(tasks: number) {
    this.sums = new Float64Array(tasks);
    this.counts = new Int32Array(tasks);
  }
}

interface SchoolAcc {
  readonly name: string;
  readonly code: string | null;
  declared: number | null;
  declaredRow: number;
  readonly acc: Acc;
}

/** A score cell: a number within 0…max, «X» (not attempted, 0 points), or a bad value (null). Fast path for digits. */
function readScore(raw: string, max: number): number | null | undefined {
  if (raw.length === 1) {
    const d = raw.charCodeAt(0) - 48;
    if (d >= 0 && d <= 9) return d <= max ? d : null;
  }
  const t = raw.trim();
  if (t === "") return undefined;
  if (NOT_ATTEMPTED.test(t)) return 0;
  const n = Number(t.replace(",", "."));
  return Number.isFinite(n) && n >= 0 && n <= max ? n : null;
}

function boundariesOf(markMin: Map<number, number>): MarkBoundaries {
  const out: MarkBoundaries = {};
  for (const m of [3, 4, 5] as const) if (markMin.has(m)) out[String(m) as "3" | "4" | "5"] = markMin.get(m)!;
  return out;
}

function peaksOf(
  histogram: ReadonlyMap<number, number>,
  boundaries: MarkBoundaries,
  participants: number,
  s: TaskSettings,
): number[] {
  if (participants < s.smallSample) return [];
  const at = (score: number) => histogram.get(score) ?? 0;
  return Object.values(boundaries)
    .filter((b): b is number => b !== undefined && b > 0)
    .filter((b) => {
      // Against the larger neighbour, not their mean: a school whose scores simply start at the boundary has an
      // empty score below it and must not look «pushed»; pupils lifted over the line leave the score below thin
      // and the one at the line standing above both.
      const here = at(b);
      const around = Math.max(at(b - 1), at(b + 1), 1);
      return here >= s.peakMinPupils && here >= s.peakRatio * around;
    });
}

/** The mastery threshold of a task's level (a task with no level is held to the basic one). */
export function thresholdOf(level: TaskLevel | null, s: TaskSettings): number {
  return level === "П" || level === "В" ? s.advancedThreshold : s.basicThreshold;
}

/**
 * Below the threshold, and how far: «below» is under the grey zone, «grey» within it (the wording is hedged).
 * Compared in rounded per-mille so that 0.25 against 0.30 − 0.05 does not fall on the wrong side by a float.
 */
export function masteryBand(mastery: number | null, level: TaskLevel | null, s: TaskSettings): "below" | "grey" | null {
  if (mastery === null) return null;
  const m = Math.round(mastery * 1e6);
  const t = Math.round(thresholdOf(level, s) * 1e6);
  if (m >= t) return null;
  return m >= t - Math.round(s.greyZone * 1e6) ? "grey" : "below";
}

function figuresOf(
  acc: Acc,
  layout: TaskLayout,
  boundaries: MarkBoundaries,
  s: TaskSettings,
  top: number,
): TaskFigures {
  const tasks: Record<string, number | null> = {};
  const problem: string[] = [];
  const borderline: string[] = [];
  let clearlyBelow = false;
  layout.tasks.forEach((t, i) => {
    const n = acc.counts[i];
    const mastery = n > 0 && t.maxScore > 0 ? acc.sums[i] / (t.maxScore * n) : null;
    tasks[t.task] = mastery === null ? null : Math.round(mastery * 1e6) / 1e6;
    const band = masteryBand(mastery, t.level, s);
    if (band) problem.push(t.task);
    if (band === "grey") borderline.push(t.task);
    if (band === "below") clearlyBelow = true;
  });
  // Every primary score from 0 to the top, zeros included: the chart's categories are the whole scale.
  const histogram: Record<string, number> = {};
  const scores = new Set<number>([...acc.histogram.keys()]);
  for (let v = 0; v <= top; v++) scores.add(v);
  for (const score of [...scores].sort((a, b) => a - b)) histogram[String(score)] = acc.histogram.get(score) ?? 0;
  const sample = acc.participants < s.smallSample ? "small" : acc.participants < s.mediumSample ? "medium" : "full";
  const peaks = peaksOf(acc.histogram, boundaries, acc.participants, s);
  const flags: TaskFlag[] = [];
  if (sample !== "small") {
    if (clearlyBelow) flags.push("tasks.below-threshold");
    if (peaks.length) flags.push("objectivity.boundary-peak");
    const gaps = acc.lowered2 + acc.raised2;
    if (acc.withJournal > 0 && gaps >= 2 && gaps / acc.withJournal >= s.gap2Share) flags.push("objectivity.gap2");
  }
  return {
    participants: acc.participants,
    tasks,
    scoreHistogram: histogram,
    markGaps: { lowered2: acc.lowered2, raised2: acc.raised2 },
    marks: { withJournal: acc.withJournal, lowered: acc.lowered, confirmed: acc.confirmed, raised: acc.raised },
    boundaries,
    peaks,
    problemTasks: problem,
    borderlineTasks: borderline,
    flags,
    sample,
  };
}

const MAX_CELL_FINDINGS = 200;

const norm = (s: string): string => s.toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ").trim();

/** Mastery per task from a reference row: percentages («71», «71,4 %») or fractions when every value is ≤ 1. */
function readReferenceRow(row: readonly string[], layout: TaskLayout): (number | null)[] | null {
  const raw = layout.tasks.map((t) => (row[t.column] ?? "").trim());
  const values = raw.map((c) => {
    const n = Number(c.replace("%", "").replace(",", ".").trim());
    return c !== "" && Number.isFinite(n) && n >= 0 ? n : null;
  });
  if (values.every((v) => v === null)) return null;
  const percent = raw.some((c) => c.includes("%")) || values.some((v) => v !== null && v > 1);
  return values.map((v) =>
    v === null || (percent && v > 100) ? null : Math.round((percent ? v / 100 : v) * 1e6) / 1e6,
  );
}

/** Subject abbreviations of ФИС ОКО sheet names: «МА 5 Индивидуальные результаты». */
const SHEET_SUBJECTS: Readonly<Record<string, string>> = {
  МА: "Математика",
  РУ: "Русский язык",
  ОМ: "Окружающий мир",
  БИ: "Биология",
  ИС: "История",
  ГЕ: "География",
  ОБ: "Обществознание",
  ФИ: "Физика",
  ХИ: "Химия",
  АН: "Английский язык",
  НЕ: "Немецкий язык",
  ФР: "Французский язык",
  ЛИ: "Литература",
  ИН: "Информатика",
};

function sheetHint(sheet: string): Partial<AssessmentKey> {
  const m = /^\s*([А-ЯЁ]{2})\s+(\d{1,2})\s+индивидуальн/i.exec(sheet);
  if (!m) return {};
  const subject = SHEET_SUBJECTS[m[1].toUpperCase()];
  return { ...(subject ? { subject } : {}), grade: normalizeGrade(m[2]) };
}

/**
 * Per-task analysis of one per-pupil export: mastery per task (Σ scores / (max × participants with a value)),
 * primary-score histograms, mark boundaries and peaks at them, pupils whose two marks differ by two or more.
 * An absent pupil is no participant; a bad value is a finding at its cell and the pupil's other figures count.
 */
export function analyseTaskExport(
  table: SourceTable,
  opts: { settings?: Partial<TaskSettings>; hint?: Partial<AssessmentKey> } = {},
): TaskAnalysis | null {
  const layout = findTaskLayout(table);
  if (!layout) return null;
  const s: TaskSettings = { ...DEFAULT_TASK_SETTINGS, ...opts.settings };
  const rows = table.cells;
  const sheet = table.origin.sheet ?? "";
  const at = (r: number) => table.origin.firstRow + r;
  const findings: Finding[] = [];
  let cellFindings = 0;
  const cellFinding = (r: number, c: number, message: string) => {
    if (cellFindings++ < MAX_CELL_FINDINGS)
      findings.push(
        finding("tasks.invalid-score", "warning", message, { row: at(r), column: table.origin.firstColumn + c, sheet }),
      );
  };
  const n = layout.tasks.length;
  const district = new Acc(n);
  const schools = new Map<string, SchoolAcc>();
  const markMin = new Map<number, number>();
  const observedMax = new Float64Array(n);
  const unknownMax = new Set(layout.maxUnknown);
  let current: SchoolAcc | null = null;
  let region: (number | null)[] | null = null;
  const firstTaskColumn = Math.min(...layout.tasks.map((t) => t.column));
  const municipalities = new Set<string>();
  let lastMunicipality: string | null = null;
  let [lastSchool, lastName, lastCode, lastCurrent]: [SchoolAcc | null, string, string, SchoolAcc | null] = [
    null,
    "",
    "",
    null,
  ];
  const headerRow = rows[layout.headerRow];
  const headerParticipant = layout.participant >= 0 ? (headerRow[layout.participant] ?? "") : null;
  const headerTasks = new Map(layout.tasks.map((t) => [t.column, norm(headerRow[t.column] ?? "")]));
  let absent = 0;
  const schoolOf = (name: string, code: string | null): SchoolAcc => {
    const key = code ?? name.toLowerCase();
    let sch = schools.get(key);
    if (!sch) {
      sch = { name, code, declared: null, declaredRow: 0, acc: new Acc(n) };
      schools.set(key, sch);
    }
    return sch;
  };
  // Unknown maxima first: the largest score in each such column (a finding says so).
  if (unknownMax.size) {
    for (let r = layout.headerRow + 1; r < rows.length; r++) {
      layout.tasks.forEach((t, i) => {
        if (!unknownMax.has(t.task)) return;
        const v = Number((rows[r][t.column] ?? "").replace(",", "."));
        if (Number.isFinite(v) && v > observedMax[i] && v <= 20) observedMax[i] = v;
      });
    }
  }
  const tasks = layout.tasks.map((t, i) => (unknownMax.has(t.task) ? { ...t, maxScore: observedMax[i] } : t));
  for (const t of layout.maxUnknown) {
    findings.push(
      finding(
        "tasks.max-unknown",
        "info",
        `${sheet ? `Лист «${sheet}»: ` : ""}максимальный балл задания ${t} в таблице не указан — принят наибольший балл участников (${observedMax[layout.tasks.findIndex((x) => x.task === t)]}).`,
        { sheet },
      ),
    );
  }

  for (let r = layout.headerRow + 1; r < rows.length; r++) {
    const row = rows[r];
    // Cheap count of filled cells (stops at 4): a pupil row has many, group and reference rows few. A million
    // rows go through here, so no allocation and no regex on the common path.
    let filledCount = 0;
    for (let c = 0; c < row.length && filledCount < 4; c++) if (row[c] !== "" && row[c].trim() !== "") filledCount++;
    if (filledCount === 0) continue;
    const participantCell = layout.participant >= 0 ? (row[layout.participant] ?? "") : "";
    if (filledCount <= 3 || participantCell.trim() === "" || participantCell === headerParticipant) {
      const filled = row.filter((c) => c !== "" && c.trim() !== "");
      // «МБОУ «…»(edu123456) | Кол-во участников: 27»: the school of the rows below, never a pupil.
      const group = filled.length <= 3 ? row.find((c) => GROUP_COUNT.test(c)) : undefined;
      if (group !== undefined || (filled.length === 1 && CODED.test(filled[0]))) {
        const coded = splitCoded(filled.find((c) => !GROUP_COUNT.test(c)) ?? group!.replace(GROUP_COUNT, ""));
        current = schoolOf(coded.name, coded.code);
        const count = group ? GROUP_COUNT.exec(group) : null;
        if (count) {
          current.declared = Number(count[1]);
          current.declaredRow = r;
        }
        continue;
      }
      if (/^макс/i.test(filled[0]) || /уровень\s+сложности/i.test(filled[0])) continue;
      // The header again (a pasted export that repeats it on each printed page).
      if (layout.tasks.every((t) => norm(row[t.column] ?? "") === headerTasks.get(t.column))) continue;
      // «Энская обл. | 71 | 64 | …»: a reference row under the pupils gives the region's mastery per task.
      const lead =
        row
          .slice(0, firstTaskColumn)
          .find((c) => c.trim() !== "")
          ?.trim() ?? "";
      if (lead && !CODED.test(lead) && classifyEntity(lead) === "reference") {
        region = readReferenceRow(row, layout) ?? region;
        continue;
      }
    }
    const variantCell = layout.variant >= 0 ? (row[layout.variant] ?? "") : "";
    if (variantCell.length > 2 && ABSENT.test(variantCell)) {
      absent++;
      continue;
    }
    const markRead = layout.mark >= 0 ? readMark(row[layout.mark]) : { kind: "empty" as const };
    if (markRead.kind === "absent") {
      absent++;
      continue;
    }
    // The school: its name column (code glued on), else its code, else the group row above. Rows of one school
    // come together, so the previous row's answer is reused while its cells are the same strings.
    const nameRaw = layout.schoolName >= 0 ? (row[layout.schoolName] ?? "") : "";
    const codeRaw = layout.schoolCode >= 0 ? (row[layout.schoolCode] ?? "") : "";
    let sch: SchoolAcc | null;
    if (lastSchool && nameRaw === lastName && codeRaw === lastCode && current === lastCurrent) sch = lastSchool;
    else {
      sch = current;
      const nameCell = nameRaw.trim();
      const codeCell = codeRaw.trim();
      if (nameCell || codeCell) {
        const coded = splitCoded(nameCell || codeCell);
        const code = coded.code ?? (/^(edu|sch)\d+$/i.test(codeCell) ? codeCell.toLowerCase() : null);
        const known = code ? schools.get(code) : undefined;
        sch = known ?? schoolOf(nameCell ? coded.name : ((current as SchoolAcc | null)?.name ?? codeCell), code);
      }
      if (!sch) sch = schoolOf("Без указания школы", null);
      [lastSchool, lastName, lastCode, lastCurrent] = [sch, nameRaw, codeRaw, current];
    }
    const acc = sch.acc;
    if (layout.municipality >= 0) {
      const m = row[layout.municipality] ?? "";
      if (m !== lastMunicipality) {
        lastMunicipality = m;
        if (m.trim()) municipalities.add(norm(m));
      }
    }
    acc.participants++;
    district.participants++;
    let primary = 0;
    for (let i = 0; i < n; i++) {
      const t = tasks[i];
      const raw = row[t.column] ?? "";
      const score = readScore(raw, t.maxScore);
      if (score === undefined) continue;
      if (score === null) {
        cellFinding(
          r,
          t.column,
          `${sheet ? `Лист «${sheet}», ` : ""}строка ${at(r)}: в задании ${t.task} значение «${raw.trim()}» (максимум ${t.maxScore}) — задание не учтено, остальные баллы участника учтены.`,
        );
        continue;
      }
      acc.sums[i] += score;
      acc.counts[i]++;
      district.sums[i] += score;
      district.counts[i]++;
      primary += score;
    }
    const stated = layout.primaryScore >= 0 ? Number((row[layout.primaryScore] ?? "").replace(",", ".")) : NaN;
    const score = Number.isFinite(stated) && (row[layout.primaryScore] ?? "").trim() !== "" ? stated : primary;
    acc.histogram.set(score, (acc.histogram.get(score) ?? 0) + 1);
    district.histogram.set(score, (district.histogram.get(score) ?? 0) + 1);
    if (markRead.kind === "mark") {
      const m = markRead.mark;
      if (m >= 3 && (!markMin.has(m) || score < markMin.get(m)!)) markMin.set(m, score);
      const journal = layout.journalMark >= 0 ? readMark(row[layout.journalMark]) : null;
      if (journal?.kind === "mark") {
        for (const a of [acc, district]) {
          a.withJournal++;
          if (m < journal.mark) a.lowered++;
          else if (m === journal.mark) a.confirmed++;
          else a.raised++;
          if (m - journal.mark <= -2) a.lowered2++;
          if (m - journal.mark >= 2) a.raised2++;
        }
      }
    }
  }
  if (cellFindings > MAX_CELL_FINDINGS) {
    findings.push(
      finding(
        "tasks.invalid-score",
        "warning",
        `${sheet ? `Лист «${sheet}»: ` : ""}ещё ${cellFindings - MAX_CELL_FINDINGS} неверных значений в заданиях не перечислены.`,
        { sheet },
      ),
    );
  }
  const boundaries = boundariesOf(markMin);
  // The preamble first, the sheet's name («МА 5 …») where the preamble is silent, the caller's hint over both.
  const pre = readPreamble(layout.preamble);
  const fromSheet = sheetHint(sheet);
  const key = mergeKeys(
    { ...pre, subject: pre.subject ?? fromSheet.subject ?? null, grade: pre.grade ?? fromSheet.grade ?? null },
    opts.hint ?? {},
  );
  let seenTop = 0;
  for (const v of district.histogram.keys()) if (Number.isInteger(v) && v > seenTop) seenTop = v;
  const top = Math.min(
    200,
    Math.max(
      seenTop,
      key.maxScore ?? 0,
      tasks.reduce((a, t) => a + t.maxScore, 0),
    ),
  );
  const schoolFigures: SchoolTaskFigures[] = [...schools.values()]
    .filter((sch) => sch.acc.participants > 0 || sch.declared)
    .map((sch) => {
      if (sch.declared !== null && sch.declared !== sch.acc.participants) {
        findings.push(
          finding(
            "tasks.declared-count",
            "warning",
            `${sheet ? `Лист «${sheet}», ` : ""}строка ${at(sch.declaredRow)}: у «${sch.name}» указано участников ${sch.declared}, а строк участников ${sch.acc.participants}${absent ? " (отсутствовавшие не считаются)" : ""}.`,
            { row: at(sch.declaredRow), sheet },
          ),
        );
      }
      return {
        school: sch.name,
        schoolCode: sch.code,
        declared: sch.declared,
        ...figuresOf(sch.acc, { ...layout, tasks }, boundaries, s, top),
      };
    });
  const districtFigures = figuresOf(district, { ...layout, tasks }, boundaries, s, top);
  return {
    assessment: key.assessment ?? "ВПР",
    subject: key.subject,
    grade: key.grade,
    year: key.year,
    maxPrimaryScore: key.maxScore,
    tasks: tasks.map((t, i) => ({
      task: t.task,
      maxScore: t.maxScore,
      level: t.level,
      district: districtFigures.tasks[t.task] ?? null,
      region: region?.[i] ?? null,
    })),
    municipalities: municipalities.size,
    schools: schoolFigures,
    district: districtFigures,
    findings,
    source: sheet,
  };
}
