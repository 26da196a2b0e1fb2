import * as fs from "node:fs";
import * as path from "node:path";
import { assembleRoadmap, type AssembleOptions } from "../../../src/core/roadmap";
import type { Activity, Roadmap } from "../../../src/core/roadmap/types";
import { cleanCellText, readDocumentText } from "../../../src/core/table";
import { interpretRoadmap } from "../../../src/core/validation";
import type { Period } from "../../../src/core/deadlines/types";
import { wordsOf } from "./seed-helpers";

/** Real published tables shared by the team (read-only, outside the repository), and the ones collected here. */
export const SHARED_REALWORLD = path.resolve(__dirname, "../../../../shared/realworld");
export const REALWORLD = path.resolve(__dirname, "../../fixtures/realworld");

export function realText(dir: string, slug: string): string {
  const file = fs.readdirSync(dir).find((f) => f.startsWith(slug) && !f.endsWith(".source.md"));
  if (!file) throw new Error(`no fixture ${slug} in ${dir}`);
  return fs.readFileSync(path.join(dir, file), "utf8");
}

export interface Imported {
  readonly roadmap: Roadmap;
  readonly text: string;
}

/** The import as the CLI runs it: the document's tables, the roadmap table, deadlines and parties read. */
export function importReal(dir: string, slug: string, opts: AssembleOptions & { period?: Period } = {}): Imported {
  const text = realText(dir, slug);
  const doc = readDocumentText(text, slug);
  const assembled = assembleRoadmap(doc, opts);
  const { roadmap } = interpretRoadmap(assembled, { documentText: text, ...(opts.period ? { period: opts.period } : {}) });
  return { roadmap, text };
}

export const byNumber = (r: Roadmap, number: string): Activity => {
  const a = r.activities.find((x) => x.number.replace(/\.$/, "") === number.replace(/\.$/, ""));
  if (!a) throw new Error(`no activity ${number}: ${r.activities.map((x) => x.number).join(", ")}`);
  return a;
};

function stringsIn(v: unknown, out: string[] = []): string[] {
  if (typeof v === "string") out.push(v);
  else if (Array.isArray(v)) for (const x of v) stringsIn(x, out);
  else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) if (k !== "message") stringsIn(x, out);
  return out;
}

/** Words of the input's table cells that the roadmap does not carry anywhere (fields, originals, headers, sections, findings' data). */
export function lostWords(r: Roadmap, text: string): string[] {
  const doc = readDocumentText(text);
  const table = doc.tables[r.table ?? 0];
  const have = new Set(stringsIn(r).flatMap(wordsOf));
  return table.cells.flatMap((row) => row.flatMap((c) => wordsOf(cleanCellText(c)))).filter((w) => !have.has(w));
}
