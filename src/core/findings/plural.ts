/** Russian plural form: pluralRu(5, ["мероприятие", "мероприятия", "мероприятий"]) → "мероприятий". */
export function pluralRu(n: number, forms: readonly [string, string, string]): string {
  const abs = Math.abs(Math.trunc(n));
  const mod10 = abs % 10;
  const mod100 = abs % 100;
  if (mod10 === 1 && mod100 !== 11) return forms[0];
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return forms[1];
  return forms[2];
}

/** A count as people write it: an integer, thousands apart by a no-break space from five digits on («14 814»). */
export function formatCountRu(n: number): string {
  const digits = String(Math.abs(Math.trunc(n)));
  const grouped = digits.length > 4 ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0") : digits;
  return (n < 0 ? "-" : "") + grouped;
}

/**
 * "5 мероприятий", "1\u00a0400\u00a0814 участников": the one helper for a count with its noun, in the core, the pane
 * and the CLI alike.
 */
export function countRu(n: number, forms: readonly [string, string, string]): string {
  return `${formatCountRu(n)} ${pluralRu(n, forms)}`;
}
