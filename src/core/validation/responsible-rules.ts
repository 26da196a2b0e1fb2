import type { Activity } from "../roadmap/types";
import type { Finding } from "../findings";
import { matcherFor } from "../parties";
import type { DirectoryEntry } from "../parties/types";
import { activityFinding } from "./where";

export interface ResponsibleOptions {
  readonly directory: readonly DirectoryEntry[];
  readonly directoryConfirmed: boolean;
  readonly maxParties: number;
}

export function responsibleFindings(a: Activity, opts: ResponsibleOptions): Finding[] {
  if (!a.responsible.length) return [activityFinding("responsible.missing", "warning", a)];
  const out: Finding[] = [];
  const matcher = matcherFor(opts.directory);
  for (const p of a.responsible) {
    if (opts.directoryConfirmed && !matcher.lookup(p.name) && !matcher.lookup(p.raw)) {
      out.push(activityFinding("responsible.unknown", "warning", a, { party: p.name }, { party: p.name }));
    }
    if (p.kind === "person") out.push(activityFinding("responsible.person", "info", a, { party: p.name }, { party: p.name }));
  }
  if (a.responsible.length > opts.maxParties) {
    out.push(activityFinding("responsible.too-many", "info", a, { count: a.responsible.length, max: opts.maxParties }, { count: a.responsible.length }));
  }
  return out;
}
