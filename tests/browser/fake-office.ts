import { buildSync } from "esbuild";
import { join } from "node:path";

/** tests/browser/fake-office-entry.ts as one browser script (IIFE), for page.addInitScript. */
export function fakeOfficeScript(): string {
  const out = buildSync({
    entryPoints: [join(__dirname, "fake-office-entry.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    write: false,
    logLevel: "silent",
  });
  return out.outputFiles[0].text;
}
