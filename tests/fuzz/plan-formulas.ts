/**
 * "No formula the plan did not make": every <f> in a rendered .xlsx must be one of the plan's own
 * `{ f }` cells, with `{{sheet:KEY}}` tokens standing for whatever (quoted) name the renderer chose.
 */
import { allFormulas, type FoundFormula } from "../helpers/xlsx-read";
import { asWritten } from "./invariants";

function planFormulas(v: unknown, out: string[] = []): string[] {
  if (Array.isArray(v)) for (const x of v) planFormulas(x, out);
  else if (v !== null && typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (typeof o.f === "string") out.push(o.f);
    for (const x of Object.values(o)) planFormulas(x, out);
  }
  return out;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Formulas too are written as the file can hold them (see asWritten). */
const storable = asWritten;

function matcherOf(f: string): RegExp {
  const parts = storable(f).replace(/^=/, "").split(/\{\{sheet:[a-zA-Z0-9_.-]+\}\}/);
  return new RegExp(`^${parts.map(escapeRe).join("(?:'(?:[^']|'')*'|[^\\s!'()]+)")}$`);
}

/** Formulas in the file that no `{ f }` of the plan accounts for (shared-formula children excepted). */
export async function foreignFormulas(plan: unknown, bytes: Uint8Array): Promise<FoundFormula[]> {
  const allowed = [...new Set(planFormulas(plan))].map(matcherOf);
  return (await allFormulas(bytes)).filter((f) => f.formula !== "" && !allowed.some((re) => re.test(storable(f.formula).replace(/^=/, ""))));
}
