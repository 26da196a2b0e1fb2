/**
 * Jest reporter for `npm run fuzz`: clears the previous figures, then prints one line per entry point
 * (inputs tried, exceptions, cells lost, other broken invariants, time) from the JSON the suites
 * wrote into test-artifacts/fuzz/, and saves the table as summary.md / summary.json for the README.
 */
/* global require, module, __dirname */
const fs = require("node:fs");
const path = require("node:path");

const DIR = path.resolve(__dirname, "../../test-artifacts/fuzz");
const SUMMARY = new Set(["summary.json"]);

function entries() {
  if (!fs.existsSync(DIR)) return [];
  return fs
    .readdirSync(DIR)
    .filter((f) => f.endsWith(".json") && !SUMMARY.has(f))
    .map((f) => JSON.parse(fs.readFileSync(path.join(DIR, f), "utf8")))
    .sort((a, b) => a.entry.localeCompare(b.entry));
}

function table(rows) {
  const head = ["entry point", "inputs", "exceptions", "cells checked", "cells lost", "other", "time, s", "seeds"];
  const body = rows.map((r) => [r.entry, r.tried, r.exceptions, r.cells, r.lost, r.problems, (r.ms / 1000).toFixed(r.ms < 10000 ? 2 : 1), r.seeds.join(" ")]);
  const all = [head, ...body].map((r) => r.map(String));
  const w = head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r) => "| " + r.map((c, i) => (i === 0 || i === 7 ? c.padEnd(w[i]) : c.padStart(w[i]))).join(" | ") + " |";
  return [line(all[0]), "|" + w.map((n, i) => (i === 0 || i === 7 ? ":" : "-") + "-".repeat(n) + (i === 0 || i === 7 ? "-" : ":")).join("|") + "|", ...all.slice(1).map(line)].join("\n");
}

class FuzzReporter {
  onRunStart() {
    // FUZZ_KEEP=1 re-runs one suite and keeps the other entries' figures in the summary.
    if (!fs.existsSync(DIR) || process.env.FUZZ_KEEP === "1") return;
    for (const f of fs.readdirSync(DIR)) if (f.endsWith(".json") || f.endsWith(".md") || f.endsWith(".txt")) fs.rmSync(path.join(DIR, f));
  }

  onRunComplete(_contexts, results) {
    const rows = entries();
    if (rows.length === 0) return;
    const failedTests = results ? results.numFailedTests + results.numRuntimeErrorTestSuites : 0;
    const md = table(rows);
    const failures = rows.flatMap((r) => r.failures.map((f) => `- ${r.entry}: ${f.split("\n").slice(0, 3).join(" ⏎ ")}`));
    const ok = failedTests === 0 && rows.every((r) => r.exceptions === 0 && r.lost === 0 && r.problems === 0 && r.failures.length === 0);
    const stamp = new Date().toISOString().slice(0, 16).replace("T", " ");
    const verdict = ok ? "all invariants held" : `INVARIANTS BROKEN${failedTests ? ` (${failedTests} failed tests)` : ""}`;
    const text = `Fuzz run ${stamp} UTC — ${verdict}\n\n${md}\n${failures.length ? "\nFailures:\n" + failures.join("\n") + "\n" : ""}`;
    process.stdout.write("\n" + text + "\n");
    fs.writeFileSync(path.join(DIR, "summary.md"), text);
    fs.writeFileSync(path.join(DIR, "summary.json"), JSON.stringify({ at: stamp, ok, entries: rows }, null, 1));
  }
}

module.exports = FuzzReporter;
