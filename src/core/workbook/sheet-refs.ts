/**
 * Cross-sheet references by key. The renderer may give a sheet another name than the plan wanted
 * («Мероприятия (2)» when the user already has a «Мероприятия»), so formulas, links, conditional
 * formats and chart ranges that point at another sheet write `{{sheet:KEY}}` instead of a name;
 * the renderer substitutes the quoted actual name with `resolveSheetRefs`.
 *
 * @example sheetToken("rmab12cd.activities") + "!$I$5:$I$40" → "'Мероприятия (2)'!$I$5:$I$40"
 */
const TOKEN = /\{\{sheet:([a-zA-Z0-9_.-]+)\}\}/g;

export function sheetToken(sheetKey: string): string {
  return `{{sheet:${sheetKey}}}`;
}

/** `{{sheet:KEY}}!A1` */
export function keyRef(sheetKey: string, ref: string): string {
  return `${sheetToken(sheetKey)}!${ref}`;
}

export function resolveSheetRefs(text: string, nameOfKey: (key: string) => string | undefined): string {
  if (!text.includes("{{sheet:")) return text;
  return text.replace(TOKEN, (whole, key: string) => {
    const name = nameOfKey(key);
    return name === undefined ? whole : `'${name.replace(/'/g, "''")}'`;
  });
}
