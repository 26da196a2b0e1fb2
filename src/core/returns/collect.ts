import { finding, type Finding } from "../findings";
import type { Activity, ActivityStatus, Roadmap } from "../roadmap/types";
import { formatDateRu } from "../util";
import { roadmapFingerprint } from "./form-meta";
import { activitiesForSchool, namesSchool, schoolMatchKey } from "./participation";
import type { FigureEntry, NotAReturn, ParsedReturn, ReturnEntry } from "./read-return";

/** One activity as a school reported it (or did not). */
export interface SchoolActivity {
  readonly id: string;
  readonly number: string;
  readonly section: string;
  /** The roadmap's text (a school's edit of it is a finding, not the text). */
  readonly text: string;
  readonly deadline: Activity["deadline"];
  readonly responsible: Activity["responsible"];
  readonly responsibleRaw: string;
  readonly status?: ActivityStatus;
  readonly doneDate?: string;
  /** The school's «Подтверждение», verbatim. */
  readonly evidence?: string;
  /** The school's «Комментарий», verbatim (with a non-date «Дата выполнения» appended, so nothing is lost). */
  readonly note?: string;
  /** The row of the return it came from; undefined when the school did not report it. */
  readonly returnRow?: number;
}

export interface CollectedSchool {
  readonly school: string;
  readonly received: boolean;
  readonly file: string | null;
  readonly savedAt: string | null;
  readonly activities: readonly SchoolActivity[];
  readonly figures: readonly FigureEntry[];
  readonly findings: readonly Finding[];
}

export interface CollectedReturns {
  readonly schools: readonly CollectedSchool[];
  /** Files that are not returns (or not for this roadmap), with the reason in words. */
  readonly skipped: readonly NotAReturn[];
  readonly findings: readonly Finding[];
}

export interface CollectInput {
  readonly roadmap: Pick<Roadmap, "title" | "activities">;
  /** The schools expected to answer; null: those the forms were made for, as the returns record them. */
  readonly expectedSchools: readonly string[] | null;
  readonly returns: readonly (ParsedReturn | NotAReturn)[];
}

/**
 * School names seen in one collection, found by their match key first (one map look-up: forms record every
 * school's name, so 100 returns bring 10,000 names) and only then by the looser «one name inside the other».
 */
class SchoolList {
  readonly names: string[] = [];
  private readonly byKey = new Map<string, string>();

  find(name: string): string | undefined {
    return this.byKey.get(schoolMatchKey(name)) ?? this.names.find((n) => namesSchool(n, name));
  }

  add(name: string): string {
    const found = this.find(name);
    if (found) return found;
    const trimmed = name.trim();
    this.names.push(trimmed);
    this.byKey.set(schoolMatchKey(trimmed), trimmed);
    return trimmed;
  }
}

/** Later save wins; a return with no known save time loses to one with a time; equal → the later file in the list. */
function newer(a: ParsedReturn, b: ParsedReturn): boolean {
  if (a.savedAt && b.savedAt) return a.savedAt >= b.savedAt;
  return a.savedAt !== null || b.savedAt === null;
}

const when = (r: ParsedReturn): string =>
  r.savedAt ? `сохранён ${formatDateRu(r.savedAt.slice(0, 10))}` : "дата сохранения неизвестна";

function expectedSchoolsOf(input: CollectInput, returns: readonly ParsedReturn[]): SchoolList {
  const list = new SchoolList();
  const add = (name: string) => void (name.trim() && list.add(name));
  if (input.expectedSchools) input.expectedSchools.forEach(add);
  else {
    for (const r of returns) r.meta?.schools.forEach(add);
    for (const r of returns) if (r.school) add(r.school);
  }
  return list;
}

function mergeEntry(a: Activity, e: ReturnEntry | undefined): SchoolActivity {
  const base: SchoolActivity = {
    id: a.id,
    number: a.number,
    section: a.section,
    text: a.text,
    deadline: a.deadline,
    responsible: a.responsible,
    responsibleRaw: a.responsibleRaw,
  };
  if (!e) return base;
  const notes = [
    e.comment,
    e.doneDateRaw && !e.doneDate ? `Дата выполнения: ${e.doneDateRaw}` : "",
    e.statusRaw && !e.status ? `Статус: ${e.statusRaw}` : "",
  ].filter(Boolean);
  return {
    ...base,
    status: e.status ?? undefined,
    doneDate: e.doneDate ?? undefined,
    evidence: e.evidence || undefined,
    note: notes.length ? notes.join("\n") : undefined,
    returnRow: e.row,
  };
}

/** One school's return matched against the roadmap by activity ID, with a finding for every change the school made. */
function matchReturn(
  roadmap: CollectInput["roadmap"],
  school: string,
  r: ParsedReturn,
): { activities: SchoolActivity[]; findings: Finding[] } {
  const findings: Finding[] = [...r.findings];
  const byId = new Map(roadmap.activities.map((a) => [a.id, a]));
  const entries = new Map<string, ReturnEntry>();
  const where = `«${r.file}» (${school})`;
  for (const e of r.entries) {
    if (!byId.has(e.id)) {
      findings.push(
        finding(
          "returns.unknown-id",
          "warning",
          `${where}, строка ${e.row}: мероприятия с ID «${e.id}» нет в дорожной карте — строка не учтена.`,
          { row: e.row, sheet: r.sheet },
        ),
      );
      continue;
    }
    const previous = entries.get(e.id);
    if (previous) {
      findings.push(
        finding(
          "returns.duplicate-id",
          "warning",
          `${where}: мероприятие ${e.id} указано дважды (строки ${previous.row} и ${e.row}) — учтена строка ${e.status || !previous.status ? e.row : previous.row}.`,
          { row: e.row, sheet: r.sheet, activityId: e.id },
        ),
      );
      if (!e.status && previous.status) continue;
    }
    entries.set(e.id, e);
    const text = byId.get(e.id)!.text;
    if (e.text && e.text.replace(/\s+/g, " ").trim() !== text.replace(/\s+/g, " ").trim()) {
      findings.push(
        finding(
          "returns.text-changed",
          "info",
          `${where}, строка ${e.row}: текст мероприятия ${e.id} изменён школой; в своде — текст дорожной карты.`,
          { row: e.row, sheet: r.sheet, activityId: e.id },
        ),
      );
    }
  }
  if (r.meta && r.meta.fingerprint !== roadmapFingerprint(roadmap)) {
    findings.push(
      finding(
        "returns.other-edition",
        "info",
        `${where}: форма сделана по другой редакции дорожной карты; ответ сопоставлен по ID мероприятий.`,
        { sheet: r.sheet },
      ),
    );
  }
  // The form's own list of activities when the file keeps it; else what the school's parties imply.
  const formIds =
    r.meta?.activityIds.filter((id) => byId.has(id)) ??
    activitiesForSchool(roadmap.activities, school).map((a) => a.id);
  const ids = [...formIds, ...[...entries.keys()].filter((id) => !formIds.includes(id))];
  const deleted = formIds.filter((id) => !entries.has(id));
  if (deleted.length) {
    findings.push(
      finding(
        "returns.rows-deleted",
        "warning",
        `${where}: удалены строки мероприятий ${deleted.join(", ")} — по ним нет ответа школы.`,
        { sheet: r.sheet, data: { ids: deleted.join(", ") } },
      ),
    );
  }
  return { activities: ids.map((id) => mergeEntry(byId.get(id)!, entries.get(id))), findings };
}

/**
 * The roadmap the returns belong to: the one whose title the forms record, else the first (the district's own).
 * Shared by the CLI and the pane, so both attach the same returns to the same roadmap.
 */
export function roadmapOfReturns<R extends Pick<Roadmap, "title">>(roadmaps: readonly R[], returns: readonly (ParsedReturn | NotAReturn)[]): R | null {
  const titles = returns.flatMap((r) => (r.kind === "return" && r.meta ? [r.meta.roadmap.trim()] : []));
  return roadmaps.find((m) => titles.includes(m.title.trim())) ?? roadmaps[0] ?? null;
}

/** Each school a results report names, once, in the order first named (the forms' school list). */
export function schoolsOfReport(report: { readonly assessments: readonly { readonly schools: readonly { readonly school: string }[] }[] }): string[] {
  const names = new Set<string>();
  for (const a of report.assessments) for (const s of a.schools) names.add(s.school);
  return [...names];
}

/**
 * The schools' returns for one roadmap: each matched to its school, the newer of two from one school kept, files
 * that are not returns named and skipped, schools that sent nothing listed with the activities they were given.
 */
export function collectReturns(input: CollectInput): CollectedReturns {
  const parsed = input.returns.filter((r): r is ParsedReturn => r.kind === "return");
  const skipped = input.returns.filter((r): r is NotAReturn => r.kind === "not-a-return");
  const findings: Finding[] = [];
  const roadmapIds = new Set(input.roadmap.activities.map((a) => a.id));
  const forThisRoadmap: ParsedReturn[] = [];
  for (const r of parsed) {
    const overlap = r.entries.filter((e) => roadmapIds.has(e.id)).length;
    if (r.entries.length > 0 && overlap === 0) {
      skipped.push({
        kind: "not-a-return",
        file: r.file,
        reason: `форма относится к другой дорожной карте («${r.meta?.roadmap || "без названия"}»)`,
      });
    } else if (!r.school) {
      skipped.push({ kind: "not-a-return", file: r.file, reason: "в форме не указана школа" });
    } else forThisRoadmap.push(r);
  }
  for (const s of skipped)
    findings.push(finding("returns.skipped", "warning", `Файл «${s.file}» пропущен: ${s.reason}.`));

  const list = expectedSchoolsOf(input, forThisRoadmap);
  const chosen = new Map<string, ParsedReturn>();
  const extraFindings = new Map<string, Finding[]>();
  for (const r of forThisRoadmap) {
    let school = list.find(r.school!);
    if (!school) {
      school = list.add(r.school!);
      findings.push(
        finding(
          "returns.unexpected-school",
          "info",
          `Ответ «${r.file}» прислала школа «${school}», которой нет в списке ожидаемых; ответ учтён.`,
        ),
      );
    }
    const current = chosen.get(school);
    if (current) {
      const [win, lose] = newer(r, current) ? [r, current] : [current, r];
      const f = finding(
        "returns.duplicate",
        "warning",
        `От школы «${school}» два ответа: «${lose.file}» (${when(lose)}) и «${win.file}» (${when(win)}) — учтён более новый «${win.file}».`,
      );
      extraFindings.set(school, [...(extraFindings.get(school) ?? []), f]);
      findings.push(f);
      chosen.set(school, win);
    } else chosen.set(school, r);
  }

  const collected: CollectedSchool[] = list.names.map((school) => {
    const r = chosen.get(school);
    if (!r) {
      const activities = activitiesForSchool(input.roadmap.activities, school).map((a) => mergeEntry(a, undefined));
      return { school, received: false, file: null, savedAt: null, activities, figures: [], findings: [] };
    }
    const matched = matchReturn(input.roadmap, school, r);
    return {
      school,
      received: true,
      file: r.file,
      savedAt: r.savedAt,
      activities: matched.activities,
      figures: r.figures,
      findings: [...(extraFindings.get(school) ?? []), ...matched.findings],
    };
  });
  const missing = collected.filter((s) => !s.received).map((s) => `«${s.school}»`);
  if (missing.length) findings.push(finding("returns.missing", "warning", `Не прислали ответ: ${missing.join(", ")}.`));
  return { schools: collected, skipped, findings: [...findings, ...collected.flatMap((s) => s.findings)] };
}
