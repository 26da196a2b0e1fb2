/**
 * The manifest, checked offline by the same script as `npm run validate` (which tries Microsoft's validation
 * service first). Each broken copy below must be rejected with its own error code.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const SCRIPT = join(ROOT, "scripts", "validate-manifest.mjs");
const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const TMP = mkdtempSync(join(tmpdir(), "manifest-"));

interface Report {
  mode: string;
  valid: boolean;
  errors: { code: string; message: string }[];
}

function check(xml: string, name = "manifest.xml"): Report {
  const file = join(TMP, name);
  writeFileSync(file, xml);
  try {
    return JSON.parse(
      execFileSync(process.execPath, [SCRIPT, "--offline", "--json", "--manifest", file, "--root", ROOT], {
        encoding: "utf8",
      }),
    );
  } catch (error) {
    // Exit code 1 = invalid manifest; the JSON report is still on stdout.
    return JSON.parse(String((error as { stdout?: string }).stdout));
  }
}

describe("manifest.xml", () => {
  it("passes the offline structural check", () => {
    const report = check(MANIFEST);
    expect(report).toMatchObject({ mode: "offline", valid: true, errors: [] });
  });

  it.each([
    ["DefaultLocale", /<DefaultLocale>ru-RU<\/DefaultLocale>/],
    ["Russian display name", /<DisplayName DefaultValue="Монитор дорожных карт">/],
    ["ReadWriteDocument", /<Permissions>ReadWriteDocument<\/Permissions>/],
    ["ExcelApi 1.7 requirement (Excel 2019)", /<Set Name="ExcelApi" MinVersion="1\.7"\/>/],
    ["Home tab", /<OfficeTab id="TabHome">/],
    ["ribbon button label", /id="TaskpaneButton.Label" DefaultValue="Монитор дорожных карт"/],
    ["task pane URL", /"https:\/\/localhost:3000\/taskpane.html"/],
  ])("declares the %s", (_what, pattern) => {
    expect(MANIFEST).toMatch(pattern);
  });

  const broken: [string, (xml: string) => string, string][] = [
    ["malformed XML", (x) => x.replace("</Hosts>", ""), "xml.malformed"],
    ["an Id that is not a GUID", (x) => x.replace(/<Id>[^<]+<\/Id>/, "<Id>roadmap-monitor</Id>"), "id.invalid"],
    [
      "the template's GUID",
      (x) => x.replace(/<Id>[^<]+<\/Id>/, "<Id>05c2e1c9-3e1d-406e-9a91-e9ac64854143</Id>"),
      "id.template",
    ],
    ["no Permissions", (x) => x.replace(/<Permissions>.*<\/Permissions>/, ""), "element.missing"],
    [
      "elements out of order",
      (x) => x.replace(/(<Version>.*<\/Version>)\s*(<ProviderName>.*<\/ProviderName>)/, "$2$1"),
      "element.order",
    ],
    ["a bad locale", (x) => x.replace("<DefaultLocale>ru-RU", "<DefaultLocale>russian"), "locale.invalid"],
    [
      "a display name over 125 characters",
      (x) => x.replace('DisplayName DefaultValue="', `DisplayName DefaultValue="${"Д".repeat(126)}`),
      "length.exceeded",
    ],
    ["a dangling resid", (x) => x.replace('resid="Group.Label"', 'resid="Group.Missing"'), "resid.dangling"],
    [
      "a resid of the wrong kind",
      (x) => x.replace('resid="TaskpaneButton.Tooltip"', 'resid="Group.Label"'),
      "resid.kind",
    ],
    [
      "a duplicated resource id",
      (x) => x.replace('bt:Image id="Icon.32x32"', 'bt:Image id="Icon.16x16"'),
      "resid.duplicate",
    ],
    [
      "an http URL",
      (x) => x.replace("https://localhost:3000/taskpane.html", "http://localhost:3000/taskpane.html"),
      "url.invalid",
    ],
    ["a missing icon file", (x) => x.replace("assets/icon-80.png", "assets/icon-81.png"), "url.file-missing"],
    [
      "an icon of the wrong size",
      (x) => x.replace('"https://localhost:3000/assets/icon-80.png"', '"https://localhost:3000/assets/icon-64.png"'),
      "icon.size",
    ],
    [
      "a high-resolution icon that is not 64 px",
      (x) =>
        x.replace(
          'HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"',
          'HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-80.png"',
        ),
      "icon.size",
    ],
    ["no ExcelApi requirement", (x) => x.replace(/<Set Name="ExcelApi"[^>]*\/>/, ""), "requirements.excelapi"],
    ["no Workbook host", (x) => x.replace('<Host Name="Workbook"/>', '<Host Name="Document"/>'), "hosts.workbook"],
    [
      "no button that opens the pane",
      (x) => x.replace('xsi:type="ShowTaskpane"', 'xsi:type="ExecuteFunction"'),
      "ribbon.button",
    ],
  ];

  it.each(broken)("rejects %s", (_what, mutate, code) => {
    const xml = mutate(MANIFEST);
    expect(xml).not.toBe(MANIFEST);
    const report = check(xml);
    expect(report.valid).toBe(false);
    expect(report.errors.map((e) => e.code)).toContain(code);
  });
});
