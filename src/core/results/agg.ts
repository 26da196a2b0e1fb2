import { classifyEntity, isMunicipalityCode, normalizeSchoolName, splitSchoolCode, type EntityKind } from "./school-key";
import type { AssessmentKey, ResultLayout, ResultTable, SchoolCounts, StatedFigures } from "./types";
import type { Preamble } from "./preamble";

/**
 * Mutable running totals of one school (or reference row) while a block is read. Plain numeric fields,
 * so a million student rows add to a few hundred of these without allocating per row.
 */
export class SchoolAgg {
  n2 = 0; n3 = 0; n4 = 0; n5 = 0;
  absent = 0; scoreSum = 0; scoreCount = 0; below = 0; belowBase = 0; belowKnown = false;
  lowered = 0; confirmed = 0; raised = 0; objectivityKnown = false;
  marksKnown = false;
  statedParticipants: number | null = null;
  statedSuccess: number | null = null;
  statedQuality: number | null = null;
  statedMeanScore: number | null = null;
  statedMeanMark: number | null = null;
  statedBelow: number | null = null;
  statedBelowShare: number | null = null;
  statedPassed: number | null = null;
  readonly rows: number[] = [];
  constructor(
    readonly school: string,
    readonly code: string | null,
    readonly key: string,
    readonly kind: EntityKind,
  ) {}

  get markTotal(): number {
    return this.n2 + this.n3 + this.n4 + this.n5;
  }

  /** The figures the row states, as written (null fields left out). */
  private stated(): StatedFigures | undefined {
    const out: Record<string, number> = {};
    const put = (k: keyof StatedFigures, v: number | null) => v !== null && (out[k] = v);
    put("participants", this.statedParticipants);
    put("successRate", this.statedSuccess);
    put("qualityRate", this.statedQuality);
    put("meanScore", this.statedMeanScore);
    put("meanMark", this.statedMeanMark);
    put("belowThreshold", this.statedBelow);
    put("belowThresholdShare", this.statedBelowShare);
    put("passed", this.statedPassed);
    return Object.keys(out).length ? (out as StatedFigures) : undefined;
  }

  toCounts(): SchoolCounts {
    const marks = this.marksKnown ? { "2": this.n2, "3": this.n3, "4": this.n4, "5": this.n5 } : null;
    const participants = marks ? this.markTotal : this.scoreCount || (this.statedParticipants ?? 0);
    const fromStated: (keyof StatedFigures)[] = [];
    let scoreSum = this.scoreSum, scoreCount = this.scoreCount;
    // A summary states its mean score: weighted by its participants it sums into the district like scores do.
    if (!scoreCount && this.statedMeanScore !== null && participants > 0) {
      scoreSum = this.statedMeanScore * participants;
      scoreCount = participants;
      fromStated.push("meanScore");
    }
    let below = this.belowKnown ? { belowThreshold: this.below, belowThresholdBase: this.belowBase || participants } : null;
    if (!below && participants > 0) {
      const passed = this.statedPassed ?? (this.statedSuccess !== null ? Math.round(this.statedSuccess * participants) : null);
      const n = this.statedBelow ?? (this.statedBelowShare !== null ? Math.round(this.statedBelowShare * participants) : passed !== null ? participants - passed : null);
      if (n !== null && n >= 0 && n <= participants) {
        below = { belowThreshold: n, belowThresholdBase: participants };
        fromStated.push(this.statedBelow !== null || this.statedBelowShare !== null ? "belowThreshold" : this.statedPassed !== null ? "passed" : "successRate");
      }
    }
    if (!marks) {
      if (this.statedSuccess !== null) fromStated.push("successRate");
      if (this.statedQuality !== null) fromStated.push("qualityRate");
      if (this.statedMeanMark !== null) fromStated.push("meanMark");
    }
    const stated = this.stated();
    return {
      school: this.school, schoolCode: this.code, schoolKey: this.key, participants, marks,
      ...(scoreCount ? { scoreSum, scoreCount } : {}),
      ...(below ?? {}),
      objectivity: this.objectivityKnown ? { lowered: this.lowered, confirmed: this.confirmed, raised: this.raised } : null,
      statedSuccessRate: this.statedSuccess, statedQualityRate: this.statedQuality,
      statedParticipants: this.statedParticipants, absent: this.absent, sourceRows: this.rows,
      ...(stated ? { stated } : {}),
      ...(fromStated.length ? { fromStated: [...new Set(fromStated)] } : {}),
    };
  }
}

export function keyString(k: AssessmentKey): string {
  return `${lower(k.assessment)}|${lower(k.subject)}|${lower(k.grade)}|${lower(k.year)}`;
}
const lower = (x: string | null) => (x ?? "").toLowerCase();

/** One assessment's entities, with its own cache of raw name cells (a name means one entity per group). */
export class Group {
  readonly entities = new Map<string, SchoolAgg>();
  /** Raw cell text → entity: the same spelling repeats on every student row, so normalise it once. */
  private readonly names = new Map<string, SchoolAgg>();
  constructor(readonly key: Preamble) {}

  /** The entity for a name cell; `fresh` tells whether it is new in this group (for duplicate checks). */
  entity(raw: string, kind?: EntityKind): { agg: SchoolAgg; fresh: boolean } {
    const cached = this.names.get(raw);
    if (cached) return { agg: cached, fresh: false };
    const { code, name } = splitSchoolCode(raw);
    const key = normalizeSchoolName(name) || (code ?? "");
    let agg = this.entities.get(key);
    const fresh = !agg;
    if (!agg) {
      agg = new SchoolAgg(name, code, key, kind ?? (isMunicipalityCode(code) ? "district" : code ? "school" : classifyEntity(name)));
      this.entities.set(key, agg);
    }
    this.names.set(raw, agg);
    return { agg, fresh };
  }

  /** The entity's totals alone: the per-row path, with no result object per call. */
  aggOf(raw: string): SchoolAgg {
    return this.names.get(raw) ?? this.entity(raw).agg;
  }
}

/** The rows of one block, grouped by assessment (a table may carry several in Предмет / Год columns). */
export class BlockBuilder {
  private readonly groups = new Map<string, Group>();
  private last: Group | null = null;

  constructor(readonly layout: ResultLayout, readonly source: string) {}

  /** Keys equal by keyString share a group (the first key seen names it); the same key object skips the lookup. */
  group(key: Preamble): Group {
    if (this.last && this.last.key === key) return this.last;
    const ks = keyString(key);
    let g = this.groups.get(ks);
    if (!g) this.groups.set(ks, (g = new Group(key)));
    return (this.last = g);
  }

  finish(): ResultTable[] {
    return [...this.groups.values()].map(({ key, entities }) => {
      const all = [...entities.values()];
      const district = all.filter((e) => e.kind === "district");
      return {
        assessment: key.assessment, subject: key.subject, grade: key.grade, year: key.year,
        layout: this.layout, maxScore: key.maxScore, source: this.source,
        schools: all.filter((e) => e.kind === "school").map((e) => e.toCounts()),
        references: all.filter((e) => e.kind !== "school").map((e) => e.toCounts()),
        statedDistrict: district.length ? district[district.length - 1].toCounts() : null,
      };
    });
  }
}
