/**
 * The whole flow in a real browser: the built pane (dist/) served on localhost, Debian's Chromium through
 * playwright-core (no browser download), and the recording Excel fake injected as `Excel`/`Office` so every
 * Excel.run writes into an in-memory workbook the test can inspect. Screenshots of each step go to
 * test-artifacts/browser/.
 */
import { mkdirSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { ROOT, ensureBuilt, serveDist } from "./serve-dist";
import { fakeOfficeScript } from "./fake-office";
import { describeWithInputs, sharedSeed } from "../helpers/inputs";

const CHROMIUM = "/usr/bin/chromium";
const SHOTS = join(ROOT, "test-artifacts", "browser");
const SEED = sharedSeed("podporozhye-2020-2021.txt");
const RESULTS = join(ROOT, "samples", "results", "vpr-2024-5kl-statistika.tsv");
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--lang=ru-RU"];
// A missing browser or seed fails the test (tests/helpers/inputs.ts): it never skips quietly.
const describeBrowser = (name: string, body: () => void) => describeWithInputs(name, [CHROMIUM, SEED], body);

interface FakeView {
  sheets: { name: string; visibility: string }[];
  selection: { sheet: string; address: string };
  settings: Record<string, unknown>;
}

const view = (page: Page): Promise<FakeView> =>
  page.evaluate(() => {
    const fake = (window as unknown as { __fakeExcel: { state: FakeView & { sheets: { name: string; visibility: string }[] } } }).__fakeExcel;
    return {
      sheets: fake.state.sheets.map((s) => ({ name: s.name, visibility: s.visibility })),
      selection: { ...fake.state.selection },
      settings: JSON.parse(JSON.stringify((fake.state as unknown as { settings: Record<string, unknown> }).settings)),
    };
  });

describeBrowser("task pane flow in headless Chromium over the in-page Excel fake", () => {
  let browser: Browser;
  let server: Server;
  let origin: string;
  let page: Page;
  const outside: string[] = [];
  const errors: string[] = [];
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });

  beforeAll(async () => {
    ensureBuilt();
    ({ server, origin } = await serveDist());
    mkdirSync(SHOTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    const context = await browser.newContext({ viewport: { width: 340, height: 760 }, locale: "ru-RU" });
    await context.route("**/*", async (route) => {
      const url = new URL(route.request().url());
      if (url.hostname !== "127.0.0.1" && url.hostname !== "localhost") {
        outside.push(url.href);
        return route.abort();
      }
      // The fake is already on window; the real office.js would replace it.
      if (url.pathname.endsWith("/office.js")) return route.fulfill({ contentType: "text/javascript", body: "/* stand-in */" });
      return route.continue();
    });
    await context.addInitScript({ content: fakeOfficeScript() });
    page = await context.newPage();
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(`${origin}/taskpane.html?_host_Info=Excel$Win32$16.01$ru-RU$$$$0`);
    await page.getByRole("tab", { name: "Дорожная карта" }).waitFor({ timeout: 20000 });
  }, 300000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it("imports a pasted roadmap order, lets the user change a column's role and fits 340 px", async () => {
    await page.getByRole("textbox", { name: "Или вставьте таблицу дорожной карты" }).fill(readFileSync(SEED, "utf8"));
    await page.getByRole("button", { name: "Разобрать вставленную таблицу" }).click();
    await page.getByText(/Распознано: 45 мероприятий/).waitFor({ timeout: 30000 });
    expect(await page.getByLabel("Период программы: начало").inputValue()).toMatch(/^2020-/);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot("1-roadmap-imported");
    const role = page.getByRole("combobox", { name: /Столбец 5/ });
    expect(await role.inputValue()).toBe("result");
    await role.selectOption("indicator");
    await page.getByText(/Распознано: 45 мероприятий/).waitFor({ timeout: 30000 });
    expect(await page.getByRole("combobox", { name: /Столбец 5/ }).inputValue()).toBe("indicator");
    await role.scrollIntoViewIfNeeded();
    await shot("2-roadmap-columns");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(340);
  });

  it("creates the sheets next to the user's and selects a finding's activity row when clicked", async () => {
    await page.getByRole("button", { name: "Создать лист" }).click();
    await page.getByText(/Записаны листы .*«Мероприятия — Подпорожский р-н»/).waitFor({ timeout: 60000 });
    const { sheets } = await view(page);
    const names = sheets.map((s) => s.name);
    // Sheets say whose roadmap they show (issue 14): the district the order's title names.
    expect(names).toEqual(expect.arrayContaining(["Лист1", "Мероприятия — Подпорожский р-н", "Проверка — Подпорожский район", "Ответственные — Подпорожский"]));
    expect(sheets.find((s) => s.name.startsWith("Исходные данные"))?.visibility).not.toBe("Visible");
    const finding = page.getByRole("button", { name: /нет номера/ }).first();
    await finding.scrollIntoViewIfNeeded();
    await shot("3-roadmap-findings");
    await finding.click();
    await page.waitForFunction(() => (window as unknown as { __fakeExcel: { state: { selection: { sheet: string } } } }).__fakeExcel.state.selection.sheet === "Мероприятия — Подпорожский р-н");
    const { selection } = await view(page);
    expect(selection.address).toMatch(/^D\d+$/);
    expect(Number(selection.address.slice(1))).toBeGreaterThan(4);
  });

  it("reads a pasted ФИС ОКО table as one grid and computes the indicators", async () => {
    await page.getByRole("tab", { name: "Результаты" }).click();
    await page.getByRole("textbox", { name: "Или вставьте таблицу результатов" }).fill(readFileSync(RESULTS, "utf8"));
    await page.getByRole("button", { name: "Разобрать вставленные результаты" }).click();
    // The file holds two subjects (математика, русский язык), each a ФИС ОКО block with a blank line between.
    await page.getByText(/Распознано: 2 таблицы/).waitFor({ timeout: 30000 });
    const recognised = await page.getByRole("region", { name: "Распознанные таблицы" }).textContent();
    expect(recognised).toMatch(/Математика/i);
    expect(recognised).toMatch(/Русский язык/i);
    expect(recognised).toMatch(/Вся выборка/);
    await page.getByRole("region", { name: "Распознанные таблицы" }).scrollIntoViewIfNeeded();
    await page.getByRole("button", { name: "Рассчитать показатели" }).click();
    await page.getByText(/Показатели рассчитаны/).waitFor({ timeout: 60000 });
    expect((await view(page)).sheets.map((s) => s.name)).toContain("Показатели");
    await page.getByRole("region", { name: "Распознанные таблицы" }).scrollIntoViewIfNeeded();
    await shot("4-results");
  });

  it("builds the district report from the chosen sources and saves the district name with the document", async () => {
    await page.getByRole("tab", { name: "Свод" }).click();
    await page.getByRole("textbox", { name: "Район (муниципалитет)" }).fill("Подпорожский муниципальный район");
    expect(await page.getByRole("checkbox").count()).toBeGreaterThanOrEqual(3);
    await page.getByRole("button", { name: "Сформировать свод" }).click();
    await page.getByText(/Свод сформирован в этой книге/).waitFor({ timeout: 60000 });
    await page.waitForTimeout(800); // the settings save waits for typing to stop
    const state = await view(page);
    expect(state.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["Свод по району", "Мероприятия — Подпорожский р-н", "Лист1"]));
    expect(JSON.stringify(state.settings)).toContain("Подпорожский муниципальный район");
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot("5-report");
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });
});
