/**
 * Header/footer text for Excel's header language. Text is literal ("&" doubled, since it starts a
 * code); the plan asks for the page number and page count with `{{page}}` and `{{pages}}`.
 * @example "Свод · стр. {{page}} из {{pages}}" → "Свод · стр. &P из &N"
 */
export function headerFooterCode(text: string): string {
  return text.replace(/&/g, "&&").replace(/\{\{page\}\}/g, "&P").replace(/\{\{pages\}\}/g, "&N");
}
