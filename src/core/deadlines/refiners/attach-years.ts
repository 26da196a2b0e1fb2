import { type Piece, type Refiner, type WindowPiece, hasYear, withYear } from "../pipeline";

/** Only commas, semicolons, «и» and spaces between list items let a year travel along the list. */
const LIST_GLUE = /^[\s,;и]*$/;

function yearless(p: Piece): p is WindowPiece {
  return p.type === "window" && !hasYear(p);
}

function isBareYear(p: Piece): p is WindowPiece {
  return p.type === "window" && p.unit === "year" && !p.range;
}

/** «Сентябрь, 2021»: a year written after a comma still belongs to the month before it. */
function absorbBareYears(pieces: readonly Piece[], text: string): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const prev = out[out.length - 1];
    if (prev && yearless(prev) && isBareYear(p) && /^[\s,]*$/.test(text.slice(prev.end, p.index))) {
      out[out.length - 1] = { ...withYear(prev, p.from.year as number, "to"), end: p.end };
    } else {
      out.push(p);
    }
  }
  return out;
}

/** «Май, июнь 2020 г.»: the year at the end of a list applies to the months before it (chronologically). */
function carryLeft(pieces: Piece[], text: string): Piece[] {
  const out = [...pieces];
  for (let i = out.length - 2; i >= 0; i--) {
    const p = out[i];
    const next = out[i + 1];
    if (!yearless(p) || next.type !== "window" || next.from.year === null) continue;
    if (!LIST_GLUE.test(text.slice(p.end, next.index))) continue;
    const year = p.to.month > next.from.month ? next.from.year - 1 : next.from.year;
    out[i] = withYear(p, year, "to");
  }
  return out;
}

/** «Декабрь 2021, январь»: a month after a dated one follows it in time. */
function carryRight(pieces: Piece[], text: string): Piece[] {
  const out = [...pieces];
  for (let i = 1; i < out.length; i++) {
    const p = out[i];
    const prev = out[i - 1];
    if (!yearless(p) || prev.type !== "window" || prev.to.year === null) continue;
    if (!LIST_GLUE.test(text.slice(prev.end, p.index))) continue;
    const year = p.from.month < prev.to.month ? prev.to.year + 1 : prev.to.year;
    out[i] = withYear(p, year, "from");
  }
  return out;
}

export const attachYearsRefiner: Refiner = {
  name: "AttachYearsRefiner",
  refine(pieces, ctx) {
    return carryRight(carryLeft(absorbBareYears(pieces, ctx.text), ctx.text), ctx.text);
  },
};
