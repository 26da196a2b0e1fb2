import { type Piece, type Refiner, type WindowPiece, hasYear } from "../pipeline";

const RANGE_GLUE = /^\s*(?:-|по|до)\s*$/;
const RANGE_UNITS = new Set(["day", "month", "quarter", "half", "schoolQuarter"]);

function isRangeEnd(p: Piece | undefined): p is WindowPiece {
  return p !== undefined && p.type === "window" && RANGE_UNITS.has(p.unit) && !p.range;
}

function pointKey(p: WindowPiece["from"], fallbackDay: number): number {
  return (p.year ?? 0) * 10000 + p.month * 100 + (p.day ?? fallbackDay);
}

/** Joins «январь» «-» «февраль 2020» (and «с 1 марта по 15 мая 2022») into one window, settling years from either end. */
function merge(a: WindowPiece, b: WindowPiece): WindowPiece {
  let fromYear = a.from.year;
  let toYear = b.to.year;
  if (fromYear === null && toYear !== null) fromYear = a.from.month > b.to.month ? toYear - 1 : toYear;
  if (toYear === null && fromYear !== null) toYear = b.to.month < a.from.month ? fromYear + 1 : fromYear;
  const merged: WindowPiece = {
    type: "window",
    unit: a.unit === b.unit ? a.unit : "month",
    from: { ...a.from, year: fromYear },
    to: { ...b.to, year: toYear },
    wrap: fromYear === null && b.to.month < a.from.month,
    range: true,
    index: a.index,
    end: b.end,
  };
  const inverted = hasYear(merged) && pointKey(merged.from, 1) > pointKey(merged.to, 31);
  return inverted ? { ...merged, inverted } : merged;
}

export const mergeRangesRefiner: Refiner = {
  name: "MergeRangesRefiner",
  refine(pieces, ctx) {
    const out: Piece[] = [];
    for (const p of pieces) {
      const prev = out[out.length - 1];
      if (isRangeEnd(prev) && isRangeEnd(p) && RANGE_GLUE.test(ctx.text.slice(prev.end, p.index))) {
        out[out.length - 1] = merge(prev, p);
      } else {
        out.push(p);
      }
    }
    return out;
  },
};
