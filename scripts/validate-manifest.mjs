// `npm run validate`: checks manifest.xml with Microsoft's validation service (office-addin-manifest),
// and, when that service cannot be reached (no network on the district's intranet or in CI), with an offline
// structural check of our own. It always says which of the two it did.
//   node scripts/validate-manifest.mjs [--manifest FILE] [--root DIR] [--offline] [--json]
// Exit code: 0 valid, 1 invalid.
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { ROOT, checkOffline } from "./manifest-checks.mjs";

const ONLINE_TIMEOUT_MS = 20000;

async function checkOnline(manifestPath) {
  const { validateManifest } = await import("office-addin-manifest");
  const timeout = new Promise((_, reject) =>
    setTimeout(() => reject(new Error("timed out")), ONLINE_TIMEOUT_MS).unref(),
  );
  const result = await Promise.race([validateManifest(manifestPath), timeout]);
  if (!result.report)
    throw new Error(`service answered HTTP ${result.status ?? "?"} ${result.statusText ?? ""}`.trim());
  const issues = (list) =>
    (list ?? []).map((i) => ({ code: i.code ?? i.title ?? "service", message: i.content ?? String(i.title) }));
  return { valid: result.isValid, errors: issues(result.report.errors), warnings: issues(result.report.warnings) };
}

async function main() {
  const { values } = parseArgs({
    options: {
      manifest: { type: "string" },
      root: { type: "string" },
      offline: { type: "boolean" },
      json: { type: "boolean" },
    },
  });
  const manifestPath = resolve(values.manifest ?? join(ROOT, "manifest.xml"));
  let report;
  if (!values.offline) {
    try {
      report = { mode: "online", ...(await checkOnline(manifestPath)) };
    } catch (err) {
      report = { reason: `validation service unavailable (${String(err.message ?? err).split("\n")[0]})` };
    }
  }
  if (!report?.mode) {
    const errors = await checkOffline(manifestPath, resolve(values.root ?? ROOT));
    report = {
      mode: "offline",
      reason: report?.reason ?? "--offline given",
      valid: errors.length === 0,
      errors,
      warnings: [],
    };
  }
  if (values.json) console.log(JSON.stringify(report));
  else printReport(manifestPath, report);
  process.exitCode = report.valid ? 0 : 1;
}

function printReport(manifestPath, report) {
  const how =
    report.mode === "online"
      ? "Microsoft's validation service (office-addin-manifest)"
      : `the OFFLINE structural check (${report.reason}); run again with network access for the full service check`;
  console.log(`Checked ${manifestPath} with ${how}.`);
  for (const e of report.errors) console.log(`  error ${e.code}: ${e.message}`);
  for (const w of report.warnings) console.log(`  warning ${w.code}: ${w.message}`);
  console.log(report.valid ? "The manifest is valid." : "The manifest is NOT valid.");
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
