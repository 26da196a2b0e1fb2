/** Russian number formatting for messages and the analytic note: decimal comma, NBSP thousands. */
export function formatNumberRu(value: number, fractionDigits = 1): string {
  const fixed = value.toFixed(fractionDigits);
  const [int, frac] = fixed.split(".");
  const sign = int.startsWith("-") ? "-" : "";
  const digits = sign ? int.slice(1) : int;
  const grouped = digits.length > 4 ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0") : digits;
  return sign + grouped + (frac ? "," + frac : "");
}

/** 0.724 → "72,4 %" */
export function formatPercentRu(fraction: number, fractionDigits = 1): string {
  return `${formatNumberRu(fraction * 100, fractionDigits)}\u00a0%`;
}

/** "2024-03-05" → "05.03.2024" */
export function formatDateRu(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}.${m}.${y}`;
}
