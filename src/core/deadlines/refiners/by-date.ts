import type { Refiner } from "../pipeline";

const BY_BEFORE = /(?:^|[^а-яё])(?:до|к|не позднее)\s*$/;

/** «до 15 мая 2022», «До 04.06.2022», «не позднее 1 марта»: a date to finish by. */
export const byDateRefiner: Refiner = {
  name: "ByDateRefiner",
  refine(pieces, ctx) {
    return pieces.map((p, i) => {
      if (p.type !== "window" || p.range) return p;
      const from = i > 0 ? pieces[i - 1].end : 0;
      return BY_BEFORE.test(ctx.text.slice(from, p.index)) ? { ...p, by: true } : p;
    });
  },
};
