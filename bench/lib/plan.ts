/** Formula cells anywhere in a plan (blocks, tables, …): every `{ f: "…" }` cell value. */
export function countFormulas(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + countFormulas(v), 0);
  if (value === null || typeof value !== "object") return 0;
  const o = value as Record<string, unknown>;
  // A formula cell is `{ f }` (maybe with a cached value); a conditional format's formula has more keys.
  if (typeof o.f === "string" && Object.keys(o).length <= 2) return 1;
  return Object.values(o).reduce((n: number, v) => n + countFormulas(v), 0);
}
