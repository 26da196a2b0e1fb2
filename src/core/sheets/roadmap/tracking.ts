import type { ActivityStatus } from "../../roadmap/types";
import { ACTIVITY_STATUSES } from "../../roadmap/types";
import { excelSerialToIso } from "../../workbook";
import { ACTIVITY_HEADERS } from "./columns";

/** What the user wrote into «Мероприятия» since the last run, by activity id. */
export interface ActivityTracking {
  readonly status?: ActivityStatus;
  readonly doneDate?: string;
  readonly evidence?: string;
  readonly note?: string;
  /** User-corrected dates (ISO) when they differ from the parsed ones. */
  readonly start?: string;
  readonly end?: string;
}

const DMY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})/;

/** "05.03.2024", "2024-03-05" or an Excel serial → ISO; undefined when not a date. */
export function readDateText(text: string): string | undefined {
  const t = text.trim();
  let m = DMY.exec(t);
  if (m) return `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}`;
  m = ISO.exec(t);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  if (/^\d{5}(\.\d+)?$/.test(t)) return excelSerialToIso(Number(t));
  return undefined;
}

/**
 * Read the user's edits back from the values of our «Мероприятия» sheet (any position of the
 * header row: the user may have inserted rows above it).
 */
export function readTracking(values: readonly (readonly string[])[]): Map<string, ActivityTracking> {
  const headerIndex = values.findIndex((row) => row.includes(ACTIVITY_HEADERS.id) && row.includes(ACTIVITY_HEADERS.status));
  const out = new Map<string, ActivityTracking>();
  if (headerIndex < 0) return out;
  const header = values[headerIndex].map((h) => h.trim());
  const col = (key: keyof typeof ACTIVITY_HEADERS) => header.indexOf(ACTIVITY_HEADERS[key]);
  const [idC, statusC, doneC, evidenceC, noteC, startC, endC] = (
    ["id", "status", "doneDate", "evidence", "note", "start", "end"] as const
  ).map(col);
  for (const row of values.slice(headerIndex + 1)) {
    const id = (row[idC] ?? "").trim();
    if (!id) continue;
    const status = (row[statusC] ?? "").trim().toLowerCase() as ActivityStatus;
    out.set(id, {
      status: ACTIVITY_STATUSES.includes(status) ? status : undefined,
      doneDate: doneC >= 0 ? readDateText(row[doneC] ?? "") : undefined,
      evidence: evidenceC >= 0 ? (row[evidenceC] ?? "").trim() || undefined : undefined,
      note: noteC >= 0 ? (row[noteC] ?? "").trim() || undefined : undefined,
      start: startC >= 0 ? readDateText(row[startC] ?? "") : undefined,
      end: endC >= 0 ? readDateText(row[endC] ?? "") : undefined,
    });
  }
  return out;
}
