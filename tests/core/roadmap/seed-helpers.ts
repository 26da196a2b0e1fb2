import * as fs from "node:fs";
import * as path from "node:path";
import { readDocumentText, type SourceDocument } from "../../../src/core/table";

/** The real orders of ../shared/seeds (read-only, outside the repository). */
export const SEEDS_DIR = path.resolve(__dirname, "../../../../shared/seeds");
export const FIXTURES_DIR = path.resolve(__dirname, "../../fixtures/roadmaps");

export function seedText(name: string): string {
  return fs.readFileSync(path.join(SEEDS_DIR, name), "utf8");
}

export function seedDocument(name: string): SourceDocument {
  return readDocumentText(seedText(name), name);
}

export function fixtureText(name: string): string {
  return fs.readFileSync(path.join(FIXTURES_DIR, name), "utf8");
}

/** Words of two or more letters: what «nothing lost» is checked on. */
export function wordsOf(text: string): string[] {
  return text.match(/\p{L}{2,}/gu) ?? [];
}
