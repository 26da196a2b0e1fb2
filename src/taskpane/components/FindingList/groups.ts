import { findingKindRu } from "../../../core/findings";
import type { PaneFinding } from "../../types";

export interface FindingGroup {
  /** «Срок истёк» */
  readonly kind: string;
  readonly findings: readonly PaneFinding[];
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/**
 * Findings by kind, the groups ordered by their worst severity, then by size: errors first, the big
 * «Срок истёк» of an old plan next, the rare kinds last. Order inside a group is kept.
 */
export function groupFindings(findings: readonly PaneFinding[]): FindingGroup[] {
  const byKind = new Map<string, PaneFinding[]>();
  for (const f of findings) {
    const kind = findingKindRu(f.code);
    const list = byKind.get(kind);
    if (list) list.push(f);
    else byKind.set(kind, [f]);
  }
  const worst = (g: readonly PaneFinding[]) => Math.min(...g.map((f) => SEVERITY_RANK[f.severity]));
  return [...byKind.entries()]
    .map(([kind, list]) => ({ kind, findings: list }))
    .sort((a, b) => worst(a.findings) - worst(b.findings) || b.findings.length - a.findings.length || a.kind.localeCompare(b.kind, "ru"));
}

/** Findings whose kind, message or place contains the filter text (case-insensitive). */
export function filterFindings(findings: readonly PaneFinding[], text: string): readonly PaneFinding[] {
  const q = text.trim().toLocaleLowerCase("ru");
  if (!q) return findings;
  return findings.filter((f) => `${findingKindRu(f.code)} ${f.message} ${f.activityId ?? ""}`.toLocaleLowerCase("ru").includes(q));
}
