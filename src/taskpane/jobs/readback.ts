import type { ExcelHost } from "../../excel/host-types";
import type { DirectoryEntry, PartyKind } from "../../core/parties/types";
import { DIRECTORY_HEADERS, PARTY_KIND_RU, readTracking, type ActivityTracking, type SheetKeys } from "../../core/sheets/roadmap";

/** What the user changed on our sheets since the last write: statuses, dates, notes and the directory. */
export interface UserEdits {
  readonly tracking?: ReadonlyMap<string, ActivityTracking>;
  readonly directory?: readonly DirectoryEntry[];
  /** The user marked at least one entry «да»: names missing from the directory are then reported. */
  readonly directoryConfirmed?: boolean;
  /** Sheet names as they are in the workbook now (the user may have renamed them). */
  readonly activitiesSheet?: string;
  /** The title the sheets were made under (A1 of «Мероприятия») and their keys: a re-run updates the same sheets. */
  readonly title?: string;
  readonly keys?: SheetKeys;
}

const KIND_BY_RU = new Map<string, PartyKind>(
  Object.entries(PARTY_KIND_RU).map(([kind, ru]) => [ru.toLowerCase(), kind as PartyKind]),
);

function kindOf(text: string): PartyKind {
  const t = text.trim().toLowerCase();
  const exact = KIND_BY_RU.get(t);
  if (exact) return exact;
  // The user may type a short form («орган», «школа», «роль»).
  for (const [ru, kind] of KIND_BY_RU) if (t && ru.includes(t)) return kind;
  return "body";
}

/** «Ответственные» values (from A1) → the directory as the user edited it; rows without a name are skipped. */
export function readDirectory(values: readonly (readonly string[])[]): DirectoryEntry[] {
  const headerIndex = values.findIndex((row) => row[0]?.trim() === DIRECTORY_HEADERS[0] && row.includes(DIRECTORY_HEADERS[1]));
  if (headerIndex < 0) return [];
  const header = values[headerIndex].map((h) => h.trim());
  const col = (h: (typeof DIRECTORY_HEADERS)[number]) => header.indexOf(h);
  const [nameC, kindC, aliasC, expC, confC] = DIRECTORY_HEADERS.slice(0, 5).map(col);
  const out: DirectoryEntry[] = [];
  for (const row of values.slice(headerIndex + 1)) {
    const name = (row[nameC] ?? "").trim();
    if (!name) continue;
    const expansion = expC >= 0 ? (row[expC] ?? "").trim() : "";
    out.push({
      name,
      kind: kindOf(row[kindC] ?? ""),
      aliases: (aliasC >= 0 ? (row[aliasC] ?? "") : "").split(/[;\n]/).map((a) => a.trim()).filter(Boolean),
      ...(expansion ? { expansion } : {}),
      confirmed: confC >= 0 && /^(да|yes|\+|1|истина|true)$/i.test((row[confC] ?? "").trim()),
    });
  }
  return out;
}

/** Reads our «Мероприятия» and «Ответственные» back; an absent sheet means nothing to keep. */
export async function readUserEdits(host: ExcelHost, keys: SheetKeys): Promise<UserEdits> {
  const activities = await host.readOwnSheet(keys.activities);
  const directorySheet = await host.readOwnSheet(keys.directory);
  const directory = directorySheet ? readDirectory(directorySheet.values) : [];
  const title = activities?.values[0]?.[0]?.trim();
  return {
    ...(activities ? { tracking: readTracking(activities.values), activitiesSheet: activities.name, keys } : {}),
    ...(title ? { title } : {}),
    ...(directory.length ? { directory, directoryConfirmed: directory.some((e) => e.confirmed) } : {}),
  };
}
