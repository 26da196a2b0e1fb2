/**
 * The task pane bundle: size of dist/taskpane*.js (raw and gzip), and the time from navigation to the
 * first rendered Russian text in Debian's headless Chromium, dist/ served on localhost, every request
 * to another host blocked. Built with webpack only when dist/ is missing; no browser is downloaded.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { median } from "../lib/stats";
import type { Metric, RunOptions, Workload } from "../lib/types";
import { serveDir } from "../lib/serve";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const missing = (message: string) => Object.assign(new Error(message), { code: "MODULE_MISSING" });

function paneScripts(dist: string): string[] {
  return existsSync(dist) ? readdirSync(dist).filter((f) => /^taskpane.*\.js$/.test(f)) : [];
}

function ensureBuilt(opts: RunOptions): string {
  const dist = process.env.BENCH_DIST ?? path.join(opts.root, "dist");
  if (paneScripts(dist).length) return dist;
  if (!existsSync(path.join(opts.root, "webpack.config.js"))) throw missing("нет dist/taskpane*.js и нет webpack.config.js");
  opts.log("dist/ нет: npx webpack --mode production");
  const res = spawnSync("npx", ["webpack", "--mode", "production"], { cwd: opts.root, encoding: "utf8", timeout: 600_000 });
  if (res.status !== 0 || !paneScripts(dist).length) throw new Error(`сборка webpack не удалась: ${(res.stderr || res.stdout || "").split("\n").slice(-3).join(" ")}`);
  return dist;
}

/** Milliseconds from navigation start until the page shows Cyrillic text (the shell rendered). */
async function firstRenders(url: string, runs: number): Promise<{ ms: number[]; blocked: number }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  let blocked = 0;
  const ms: number[] = [];
  try {
    for (let i = -1; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.route("**/*", (route) => {
        const host = new URL(route.request().url()).hostname;
        if (host === "localhost" || host === "127.0.0.1") return route.continue();
        blocked++;
        return route.abort();
      });
      await page.goto(url, { waitUntil: "commit" });
      const handle = await page.waitForFunction(() => (/[А-Яа-яЁё]{3}/.test(document.body?.innerText ?? "") ? performance.now() : 0), undefined, { timeout: 30_000, polling: "raf" });
      const t = (await handle.jsonValue()) as number;
      if (i >= 0) ms.push(t);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { ms, blocked };
}

const workload: Workload = {
  title: "Панель задач: размер JS и первая отрисовка",
  async run(opts) {
    if (!existsSync(CHROMIUM)) throw missing(`нет ${CHROMIUM}`);
    const dist = ensureBuilt(opts);
    const files = paneScripts(dist);
    const raw = files.reduce((n, f) => n + readFileSync(path.join(dist, f)).length, 0);
    const gz = files.reduce((n, f) => n + gzipSync(readFileSync(path.join(dist, f)), { level: 9 }).length, 0);
    const page = ["taskpane.html", "index.html"].find((f) => existsSync(path.join(dist, f)));
    const metrics: Metric[] = [
      { name: "bundle.rawKB", label: `JS панели (${files.join(", ")})`, value: raw / 1024, unit: "KB" },
      { name: "bundle.gzipKB", label: "  то же, gzip -9", value: gz / 1024, unit: "KB" },
    ];
    if (!page) throw missing("нет dist/taskpane.html");
    const server = await serveDir(dist);
    try {
      const { ms, blocked } = await firstRenders(`${server.url}/${page}`, opts.runs);
      metrics.push({ name: "bundle.firstRenderMs", label: "первая отрисовка в headless Chromium", value: median(ms), unit: "ms", note: `медиана ${ms.length} после разогрева; внешних запросов заблокировано: ${blocked}` });
      metrics.push({ name: "bundle.externalRequests", label: "  запросов не на localhost (заблокированы)", value: blocked, unit: "count" });
    } finally {
      await server.close();
    }
    return metrics;
  },
};
export default workload;
