/**
 * Privacy guarantee (issue 10): the add-in makes no network request at run time. School and student
 * data never leave the workbook. This scans what we ship in dist/ — our own bundles, not Microsoft's
 * office.js runtime in dist/office-js — for any API that can send data, and for outside addresses
 * other than inert XML/JSON-schema namespace strings and library error-doc links.
 */
import * as fs from "fs";
import * as path from "path";
import { execFileSync } from "child_process";

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");

function ensureBuilt(): string[] {
  const bundles = () => (fs.existsSync(DIST) ? fs.readdirSync(DIST).filter((f) => f.endsWith(".js")) : []);
  if (!bundles().some((f) => f.startsWith("taskpane"))) {
    execFileSync(process.execPath, [path.join(ROOT, "node_modules/webpack/bin/webpack.js"), "--mode", "production"], { cwd: ROOT, stdio: "ignore" });
  }
  return bundles().map((f) => path.join(DIST, f));
}

// importScripts only as a call: webpack's runtime and the setImmediate polyfill merely test whether it exists.
const SENDING_APIS = /\bfetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts\s*\(|navigator\.serviceWorker/;
/**
 * Strings that look like addresses but are never requested: XML namespaces (the .xlsx writer's
 * OOXML schemas), schema ids, and library documentation links in comments and error text.
 */
const INERT = [/^https?:\/\/www\.w3\.org\//, /^https?:\/\/json-schema\.org\//, /^http:\/\/schemas\.openxmlformats\.org\//, /^http:\/\/schemas\.microsoft\.com\/office\//, /^http:\/\/purl\.org\/dc\//, /^https:\/\/github\.com\//, /^https:\/\/[a-z0-9-]+\.github\.io\//, /^https:\/\/aka\.ms\/griffel/, /^https:\/\/github\.com\/microsoft\/griffel/, /^https:\/\/reactjs\.org\/docs\/error-decoder/, /^https:\/\/react\.dev\/errors/];

describe("the shipped bundle cannot send data anywhere", () => {
  const bundles = ensureBuilt();

  it("has our task pane bundle", () => {
    expect(bundles.some((b) => path.basename(b).startsWith("taskpane"))).toBe(true);
  });

  it.each(bundles.map((b) => [path.basename(b), b]))("%s uses no network API", (_name, file) => {
    const text = fs.readFileSync(file, "utf8");
    const hit = SENDING_APIS.exec(text);
    expect(hit ? text.slice(Math.max(0, hit.index - 80), hit.index + 80) : null).toBeNull();
  });

  it.each(bundles.map((b) => [path.basename(b), b]))("%s names no outside address but inert ones", (_name, file) => {
    const urls = fs.readFileSync(file, "utf8").match(/https?:\/\/[A-Za-z0-9.\-]+[^\s"'`)]*/g) ?? [];
    const outside = urls.filter((u) => !/^https?:\/\/(localhost|127\.0\.0\.1)/.test(u) && !INERT.some((re) => re.test(u)));
    expect(outside).toEqual([]);
  });

  it("the task pane page loads office.js from our own files and sets a Content-Security-Policy", () => {
    const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
    expect(html).toMatch(/Content-Security-Policy/);
    expect(html).not.toMatch(/appsforoffice\.microsoft\.com/);
    const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) expect(src).not.toMatch(/^(https?:)?\/\//);
  });

  it("depends on no analytics or telemetry package at run time", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
    const runtime = Object.keys(pkg.dependencies ?? {});
    expect(runtime.filter((d) => /analytics|telemetry|usage-data|applicationinsights|sentry|segment|mixpanel|gtag/i.test(d))).toEqual([]);
  });
});
