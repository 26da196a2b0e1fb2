/**
 * The built task pane in a real browser (Debian's Chromium through playwright-core; no browser is downloaded):
 * it must render in Russian with no console errors and make no request outside localhost, both in a plain
 * browser (the «open it in Excel» message) and with a stand-in Office (the full shell).
 */
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type Page } from "playwright-core";
import { DIST, ROOT, ensureBuilt, serveDist } from "./serve-dist";
import { describeWithInputs } from "../helpers/inputs";

const CHROMIUM = "/usr/bin/chromium";
const ARTIFACTS = join(ROOT, "test-artifacts");
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--lang=ru-RU",
];
// A missing browser fails the test (tests/helpers/inputs.ts): it never skips quietly.
const describeBrowser = (name: string, body: () => void) => describeWithInputs(name, [CHROMIUM], body);

/** Replaces office.js: Excel says it is ready; the workbook calls are not needed to draw the shell. */
const FAKE_OFFICE = `
  window.Office = {
    onReady: function () { return Promise.resolve({ host: "Excel", platform: "PC" }); },
    context: {
      requirements: { isSetSupported: function () { return true; } },
      document: { settings: { get: function () { return null; }, set: function () {}, saveAsync: function (cb) { if (cb) cb({ status: "succeeded" }); } } },
    },
  };
  window.Excel = { run: function () { return Promise.reject(new Error("Тестовая среда: книги Excel нет.")); } };
`;

interface Session {
  page: Page;
  outside: string[];
  errors: string[];
  officeJsRequests: number;
}

describeBrowser("task pane in headless Chromium", () => {
  let browser: Browser;
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    ensureBuilt();
    ({ server, origin } = await serveDist());
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, 300000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  async function open(fakeOffice: boolean): Promise<Session> {
    const context = await browser.newContext({ viewport: { width: 320, height: 720 }, locale: "ru-RU" });
    const session: Session = { page: await context.newPage(), outside: [], errors: [], officeJsRequests: 0 };
    await context.route("**/*", async (route) => {
      const url = new URL(route.request().url());
      const local = url.hostname === "127.0.0.1" || url.hostname === "localhost";
      if (!local && url.protocol !== "data:") {
        session.outside.push(url.href);
        return route.abort();
      }
      if (fakeOffice && url.pathname.endsWith("/office.js")) {
        return route.fulfill({
          contentType: "text/javascript",
          body: "/* the test's stand-in Office is already on window */",
        });
      }
      return route.continue();
    });
    if (fakeOffice) await context.addInitScript(FAKE_OFFICE);
    session.page.on("console", (m) => m.type() === "error" && session.errors.push(m.text()));
    session.page.on("pageerror", (e) => session.errors.push(String(e)));
    session.page.on("request", (r) => new URL(r.url()).pathname.endsWith("/office.js") && session.officeJsRequests++);
    // An Office host opens the pane with its _host_Info; a plain browser tab has none.
    await session.page.goto(`${origin}/taskpane.html${fakeOffice ? "?_host_Info=Excel$Win32$16.01$ru-RU$$$$0" : ""}`);
    return session;
  }

  it("outside Office says to open the add-in in Excel, offline and without errors", async () => {
    const session = await open(false);
    const { page, outside, errors } = session;
    await page.getByText("Откройте надстройку в Excel").waitFor({ timeout: 20000 });
    // office.js frames its telemetry page a moment after loading; the strict policy would log that as an
    // error. Outside Office it is not loaded at all, so the console stays clean however long one waits.
    await page.waitForTimeout(3000);
    expect(session.officeJsRequests).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, "taskpane-outside-office.png"), fullPage: true });
    expect(await page.getByRole("heading", { name: "Монитор дорожных карт" }).count()).toBe(1);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("with Office ready renders the Russian shell at 320 px and runs a pasted roadmap through the core", async () => {
    const session = await open(true);
    const { page, outside, errors } = session;
    await page.getByRole("tab", { name: "Дорожная карта" }).waitFor({ timeout: 20000 });
    expect(session.officeJsRequests).toBe(1); // hosted (_host_Info): office.js is loaded
    for (const name of ["Результаты", "Свод"]) expect(await page.getByRole("tab", { name }).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.screenshot({ path: join(ARTIFACTS, "taskpane-roadmap.png"), fullPage: true });

    const table = [
      "№\tМероприятие\tСрок\tОтветственный",
      "1.1.\tСовещание с руководителями ОО\tМарт 2024 г.\tКомитет образования",
      "1.2.\tМониторинг\t\tКоординатор",
    ].join("\n");
    await page.getByRole("textbox", { name: "Или вставьте таблицу дорожной карты" }).fill(table);
    await page.getByRole("button", { name: "Разобрать вставленную таблицу" }).click();
    await page.getByText(/Распознано: 2 мероприятия/).waitFor({ timeout: 20000 });
    await page.screenshot({ path: join(ARTIFACTS, "taskpane-roadmap-pasted.png"), fullPage: true });

    // Keyboard: arrows move between the tabs, Enter opens the focused one.
    await page.getByRole("tab", { name: "Результаты" }).focus();
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain("Свод");
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Сформировать свод" }).waitFor();
    expect(await page.getByRole("tab", { name: "Свод" }).getAttribute("aria-selected")).toBe("true");
    await page.waitForTimeout(400); // let the tab indicator finish its move before the screenshot
    await page.screenshot({ path: join(ARTIFACTS, "taskpane-report.png"), fullPage: true });
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("loads the ribbon's function file (commands.html) cleanly", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const outside: string[] = [];
    const errors: string[] = [];
    await context.route("**/*", (route) => {
      const { hostname, href } = new URL(route.request().url());
      if (hostname !== "127.0.0.1") {
        outside.push(href);
        return route.abort();
      }
      return route.continue();
    });
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(String(e)));
    const response = await page.goto(`${origin}/commands.html`);
    await page.waitForLoadState("load");
    expect(response?.status()).toBe(200);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("sets a Content-Security-Policy that allows no outside address", () => {
    for (const page of ["taskpane.html", "commands.html"]) {
      const html = readFileSync(join(DIST, page), "utf8");
      const csp = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? "";
      expect(csp).toContain("default-src 'self'");
      expect(csp).toMatch(/connect-src 'self'(;|$)/);
      expect(csp).not.toMatch(/https?:|\*/);
    }
  });

  it("keeps the pane's JavaScript within 500 KB gzip", () => {
    const bundles = readdirSync(DIST).filter((f) => /^taskpane\..*\.js$/.test(f));
    expect(bundles).toHaveLength(1);
    const gzip = gzipSync(readFileSync(join(DIST, bundles[0]))).length;
    expect(gzip).toBeLessThan(500 * 1024);
  });
});
