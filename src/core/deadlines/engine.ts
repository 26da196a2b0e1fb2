import { FILLER_WORDS } from "./constants";
import type { Configuration, ParseContext, Piece } from "./pipeline";

/** Same length as the input, so offsets found in it slice the raw text. */
export function normalizeDeadlineText(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/течении/g, "течение")
    .replace(/[‐‑‒–—―−]/g, "-")
    .replace(/[\t\u00a0\u2007\u202f\r]/g, " ");
}

export function runPipeline(config: Configuration, ctx: ParseContext): Piece[] {
  const found: Piece[] = [];
  for (const parser of config.parsers) {
    if (parser.quick && !parser.quick.test(ctx.text)) continue;
    const re = parser.pattern;
    re.lastIndex = 0;
    for (let m = re.exec(ctx.text); m !== null; m = re.exec(ctx.text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const piece = parser.extract(m, ctx);
      if (piece) found.push(piece);
    }
  }
  return config.refiners.reduce<Piece[]>((pieces, r) => r.refine(pieces, ctx), found);
}

const WORD = /[а-яa-z]+/g;

/** Words of the cell that no piece explains (fillers such as «г.», «и», «до» do not count). */
export function unexplainedWords(text: string, pieces: readonly Piece[]): { left: number; covered: number } {
  let rest = "";
  let last = 0;
  for (const p of pieces) {
    rest += text.slice(last, p.index) + " ";
    last = p.end;
  }
  rest += text.slice(last);
  const left = (rest.match(WORD) ?? []).filter((w) => !FILLER_WORDS.has(w)).length;
  const covered = pieces.reduce((n, p) => n + (text.slice(p.index, p.end).match(WORD) ?? []).length + 1, 0);
  return { left, covered };
}
