import type { Piece, Refiner } from "../pipeline";

/**
 * Several parsers may read the same words («Декабрь2021» is a month and holds a year).
 * The longest reading wins; on a tie the parser listed first in the configuration wins
 * (the engine emits pieces in configuration order and the sort is stable).
 */
export const dropOverlapsRefiner: Refiner = {
  name: "DropOverlapsRefiner",
  refine(pieces) {
    const byLength = [...pieces].sort((a, b) => b.end - b.index - (a.end - a.index));
    const kept: Piece[] = [];
    for (const p of byLength) {
      if (!kept.some((k) => p.index < k.end && k.index < p.end)) kept.push(p);
    }
    return kept.sort((a, b) => a.index - b.index);
  },
};
