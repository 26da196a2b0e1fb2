/**
 * The in-page Excel stand-in of the browser test: the recording fake of tests/helpers/fake-excel over an
 * in-memory workbook, installed as the `Excel` and `Office` globals before the pane's scripts run.
 * Bundled by esbuild (fake-office.ts) and injected with page.addInitScript.
 */
import { createFakeOffice } from "../helpers/fake-excel";

const fake = createFakeOffice({ apiVersion: "1.13" });
// A sheet of the user's with the name our roadmap sheet wants: ours must get another name, this one stays.
fake.addUserSheet("Лист1", [["Данные пользователя", 42]]);
fake.select("Лист1", "A1");
const page = window as unknown as Record<string, unknown>;
fake.install(page);
const info = { host: "Excel", platform: "PC" };
(fake.Office as unknown as Record<string, unknown>).onReady = (callback?: (i: typeof info) => void) => {
  callback?.(info);
  return Promise.resolve(info);
};
page.__fakeExcel = fake;
