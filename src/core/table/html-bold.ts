import { decodeEntities } from "./entities";

const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b([^>]*)>/g;
const VOID = new Set(["br", "img", "hr", "meta", "link", "input", "col", "wbr", "source"]);
const BOLD_TAGS = new Set(["b", "strong", "th", "h1", "h2", "h3", "h4", "h5", "h6"]);

function explicitWeight(attrs: string): boolean | undefined {
  const m = /font-weight\s*:\s*([a-z0-9]+)/i.exec(attrs);
  if (!m) return undefined;
  const w = m[1].toLowerCase();
  return w === "bold" || w === "bolder" || (/^\d+$/.test(w) && Number(w) >= 600);
}

function visibleLength(text: string): number {
  return decodeEntities(text).replace(/\s+/g, "").length;
}

/** Characters of a cell's HTML in bold and in all: a row is a section candidate when all its text is bold. */
export function boldShare(html: string, inheritedBold = false): { bold: number; total: number } {
  const stack: { name: string; bold: boolean }[] = [];
  let bold = 0;
  let total = 0;
  let last = 0;
  const count = (text: string) => {
    const n = visibleLength(text);
    total += n;
    if (stack.length ? stack[stack.length - 1].bold : inheritedBold) bold += n;
  };
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    count(html.slice(last, m.index));
    last = m.index + m[0].length;
    const name = (m[2] ?? "").toLowerCase();
    if (!name || VOID.has(name) || m[0].endsWith("/>")) continue;
    if (m[1] === "/") {
      const at = stack.map((e) => e.name).lastIndexOf(name);
      if (at >= 0) stack.length = at;
      continue;
    }
    const parent = stack.length ? stack[stack.length - 1].bold : inheritedBold;
    stack.push({ name, bold: explicitWeight(m[3] ?? "") ?? (BOLD_TAGS.has(name) || parent) });
  }
  count(html.slice(last));
  return { bold, total };
}
