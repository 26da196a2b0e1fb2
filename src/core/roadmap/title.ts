import { htmlToText } from "../table";

const MAX_TITLE = 300;
const HEADING = /^\s*(?:#{1,6}\s|\*\*|__|<b>|<strong>|<h\d)/i;
const ROADMAP_WORDS = /дорожн\S* карт|план\S* мероприятий|план-график|программ/i;
const ROADMAP_NAME = /дорожн\S* карт|план\S* мероприятий|план-график/i;

function plain(text: string): string {
  const stripped = htmlToText(text.replace(/\n/g, "<br>"))
    .replace(/[*_#]{2,}|^#+\s*/gm, "")
    .replace(/\s+/g, " ")
    .trim();
  return stripped.length > MAX_TITLE ? `${stripped.slice(0, MAX_TITLE - 1)}…` : stripped;
}

/** Paragraphs (runs of non-empty lines) from the end of a text, at most `limit`. */
function lastParagraphs(text: string, limit: number): string[] {
  const out: string[] = [];
  let current: string[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = lines.length - 1; i >= 0 && out.length < limit; i--) {
    if (lines[i].trim() === "") {
      if (current.length) out.push(current.reverse().join("\n"));
      current = [];
    } else current.push(lines[i]);
  }
  if (current.length && out.length < limit) out.push(current.reverse().join("\n"));
  return out;
}

/**
 * The roadmap's title from the text before its table: the heading right above it («**План мероприятий
 * («Дорожная карта») …**»), with a short heading above that («### Дорожная карта») put in front.
 */
export function titleFromContext(context: string | undefined): string {
  if (!context || context.trim() === "") return "";
  const [paragraph, before] = lastParagraphs(context, 2);
  if (!paragraph) return "";
  const last = fromRoadmapName(paragraph.split("\n")).join("\n");
  const title = plain(last);
  if (before && HEADING.test(before) && plain(before).length <= 60 && !ROADMAP_NAME.test(title.slice(0, 60))) {
    return plain(`${before} ${last}`);
  }
  return title;
}

/**
 * Title lines from the one that names the plan («План-график», «Дорожная карта», «Программа»): an approval
 * block above it («УТВЕРЖДАЮ», «директор …», a signature line) is not the title. All lines when none names it.
 */
export function fromRoadmapName(lines: readonly string[]): string[] {
  const at = lines.findIndex((l) => ROADMAP_WORDS.test(l));
  return at > 0 ? lines.slice(at) : [...lines];
}

/** The title from the rows above a table's header (pasted with the table): see fromRoadmapName. */
export function titleFromPreamble(preamble: string): string {
  const lines = preamble.split("\n").filter((l) => l.trim() !== "");
  if (lines.length === 0) return "";
  const at = lines.findIndex((l) => ROADMAP_WORDS.test(l));
  return at < 0 ? lines[0] : plain(lines.slice(at).join("\n"));
}

/** Without a heading above the table: the first line of the document that names a roadmap or a programme. */
export function titleFromText(text: string): string {
  const limit = Math.min(text.length, 20000);
  for (const line of text.slice(0, limit).split(/\r?\n/)) {
    if (!line.includes("\t") && ROADMAP_WORDS.test(line)) return plain(line);
  }
  return "";
}
