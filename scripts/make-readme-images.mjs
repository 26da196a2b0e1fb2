#!/usr/bin/env node
// README images: the first printed page of «Свод по району» from the demo workbook.
// Run after `npm run demo`:  node scripts/make-readme-images.mjs [out/district-report.xlsx]
// Needs LibreOffice (soffice) and poppler-utils (pdftoppm); prints what it wrote.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import JSZip from "jszip";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const workbook = path.resolve(process.argv[2] ?? path.join(root, "out", "district-report.xlsx"));
const imagesDir = path.join(root, "docs", "images");
const SOFFICE = process.env.SOFFICE_PATH ?? "/usr/bin/soffice";
const SHEET = "Свод по району";
const RU_LOCALE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>ru-RU</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>ru-RU</value></prop></item>
</oor:items>
`;

function need(file, hint) {
  if (!existsSync(file)) {
    console.error(`Нет ${file}: ${hint}`);
    process.exit(1);
  }
}

/** Hide every other sheet, so LibreOffice prints only the summary (with its charts and print setup). */
async function onlySheetVisible(bytes, name) {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("xl/workbook.xml").async("string");
  const escaped = name.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
  const patched = xml.replace(/<sheet\b[^>]*\/>/g, (tag) => {
    const plain = tag.replace(/\sstate="[^"]*"/, "");
    return tag.includes(`name="${escaped}"`) ? plain : plain.replace(/\/>$/, ' state="hidden"/>');
  });
  if (patched === xml && !xml.includes(`name="${escaped}"`)) throw new Error(`В книге нет листа «${name}»`);
  // LibreOffice prints a hidden sheet that has a print range: drop the other sheets' print ranges.
  const keep = [...xml.matchAll(/<sheet\b[^>]*\/>/g)].findIndex((m) => m[0].includes(`name="${escaped}"`));
  const withoutAreas = patched.replace(/<definedName name="_xlnm\.Print_Area" localSheetId="(\d+)">[^<]*<\/definedName>/g, (tag, id) => (Number(id) === keep ? tag : ""));
  zip.file("xl/workbook.xml", withoutAreas);
  return zip.generateAsync({ type: "uint8array" });
}

need(workbook, "сначала выполните npm run demo");
need(SOFFICE, "установите LibreOffice (apt-get install libreoffice-calc-nogui) или задайте SOFFICE_PATH");
const work = await mkdtemp(path.join(tmpdir(), "rm-readme-images-"));
try {
  const summary = path.join(work, "report.xlsx");
  await writeFile(summary, await onlySheetVisible(await readFile(workbook), SHEET));
  // A throwaway profile: never touches the user's LibreOffice settings, never meets a locked profile.
  // Its locale is ru-RU, so numbers print as a Russian Excel shows them (72,5 %, not 72.5%).
  await mkdir(path.join(work, "profile", "user"), { recursive: true });
  await writeFile(path.join(work, "profile", "user", "registrymodifications.xcu"), RU_LOCALE);
  const profile = `file://${path.join(work, "profile")}`;
  execFileSync(SOFFICE, [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", work, summary], { stdio: "ignore", timeout: 120000 });
  await mkdir(imagesDir, { recursive: true });
  const target = path.join(imagesDir, "report-page-1");
  execFileSync("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", path.join(work, "report.pdf"), target], { stdio: "inherit" });
  console.log(`Записано: ${target}.png`);
} finally {
  await rm(work, { recursive: true, force: true });
}
