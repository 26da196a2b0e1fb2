// The offline structural check of manifest.xml (used by validate-manifest.mjs when Microsoft's validation
// service cannot be reached): well-formed XML, required elements in schema order, ids, resource references,
// lengths, https URLs and the files behind the dev URLs (icons with their declared sizes).
import { readFileSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseStringPromise } from "xml2js";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DEV_BASE = "https://localhost:3000/";

/** Top-level children of a task-pane OfficeApp in schema order (OfficeApp 1.1 XSD). */
const TOP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "AllowSnapshot",
  "VersionOverrides",
];
const REQUIRED = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "SupportUrl",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "VersionOverrides",
];
const PERMISSIONS = ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"];
const MAX_LENGTH = {
  DisplayName: 125,
  Description: 250,
  ProviderName: 250,
  "bt:ShortStrings": 125,
  "bt:LongStrings": 250,
};
/** Which resource list a `resid` must point into, by the element that carries it. */
const RESID_KIND = {
  "bt:Image": "bt:Images",
  SourceLocation: "bt:Urls",
  FunctionFile: "bt:Urls",
  LearnMoreUrl: "bt:Urls",
  Label: "bt:ShortStrings",
  Title: "bt:ShortStrings",
  Description: "bt:LongStrings",
};
/** Dev-server pages → the source files webpack builds them from. */
const PAGE_SOURCES = {
  "taskpane.html": "src/taskpane/taskpane.html",
  "commands.html": "src/commands/commands.html",
  "support.html": "src/taskpane/support.html",
};

const children = (node) => node?.$$ ?? [];
const named = (node, name) => children(node).filter((c) => c["#name"] === name);
const first = (node, name) => named(node, name)[0];
const attr = (node, name) => node?.$?.[name];
const text = (node) => (typeof node?._ === "string" ? node._.trim() : "");

function* walk(node, path = []) {
  for (const child of children(node)) {
    const childPath = [...path, child["#name"]];
    yield [child, childPath];
    yield* walk(child, childPath);
  }
}

function checkTop(app, add) {
  if (attr(app, "xmlns") !== "http://schemas.microsoft.com/office/appforoffice/1.1")
    add("root.namespace", "OfficeApp must use the appforoffice/1.1 namespace");
  if (attr(app, "xsi:type") !== "TaskPaneApp") add("root.type", "OfficeApp xsi:type must be TaskPaneApp");
  const names = children(app).map((c) => c["#name"]);
  for (const name of REQUIRED) if (!names.includes(name)) add("element.missing", `<${name}> is missing`);
  const known = names.filter((n) => TOP_ORDER.includes(n));
  for (let i = 1; i < known.length; i++) {
    if (TOP_ORDER.indexOf(known[i]) < TOP_ORDER.indexOf(known[i - 1]))
      add("element.order", `<${known[i]}> must come before <${known[i - 1]}>`);
  }
  for (const name of names) if (!TOP_ORDER.includes(name)) add("element.unknown", `unknown element <${name}>`);
}

function checkValues(app, add) {
  const id = text(first(app, "Id"));
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id))
    add("id.invalid", `Id «${id}» is not a GUID`);
  if (/^0{8}-/.test(id) || id.toLowerCase() === "05c2e1c9-3e1d-406e-9a91-e9ac64854143")
    add("id.template", "Id is a placeholder or the template's GUID");
  const version = text(first(app, "Version"));
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version)) add("version.invalid", `Version «${version}» is not n.n.n.n`);
  const locale = text(first(app, "DefaultLocale"));
  if (!/^[a-z]{2,3}-[A-Z]{2}$/.test(locale))
    add("locale.invalid", `DefaultLocale «${locale}» is not a culture name like ru-RU`);
  const permissions = text(first(app, "Permissions"));
  if (!PERMISSIONS.includes(permissions))
    add("permissions.invalid", `Permissions «${permissions}» is not one of ${PERMISSIONS.join(", ")}`);
  const hosts = named(first(app, "Hosts"), "Host").map((h) => attr(h, "Name"));
  if (!hosts.includes("Workbook")) add("hosts.workbook", "Hosts must include Workbook (Excel)");
  const sets = named(first(first(app, "Requirements"), "Sets"), "Set");
  const excel = sets.find((s) => attr(s, "Name") === "ExcelApi");
  if (!excel || !/^1\.\d+$/.test(attr(excel, "MinVersion") ?? ""))
    add("requirements.excelapi", "Requirements must name the ExcelApi set with a MinVersion");
  if (!attr(first(first(app, "DefaultSettings"), "SourceLocation"), "DefaultValue"))
    add("element.missing", "DefaultSettings/SourceLocation has no DefaultValue");
}

function checkLengths(app, add) {
  for (const [node, path] of walk(app)) {
    const name = node["#name"];
    const limit = MAX_LENGTH[name] ?? MAX_LENGTH[path[path.length - 2]];
    if (!limit) continue;
    for (const value of [attr(node, "DefaultValue"), attr(node, "Value")]) {
      if (value !== undefined && [...value].length > limit)
        add("length.exceeded", `${path.join("/")} is longer than ${limit} characters`);
      if (value !== undefined && !value.trim()) add("length.empty", `${path.join("/")} is empty`);
    }
  }
}

function checkResources(app, add) {
  const overrides = first(app, "VersionOverrides");
  const resources = first(overrides, "Resources");
  const ids = new Map();
  for (const list of children(resources)) {
    for (const item of children(list)) {
      const id = attr(item, "id");
      if (ids.has(id)) add("resid.duplicate", `resource id «${id}» is defined twice`);
      if (!id || id.length > 32) add("resid.invalid", `resource id «${id}» is empty or longer than 32 characters`);
      ids.set(id, list["#name"]);
    }
  }
  const controlIds = new Set();
  for (const [node, path] of walk(overrides)) {
    const resid = attr(node, "resid");
    if (resid !== undefined) {
      const expected = RESID_KIND[node["#name"]];
      if (!ids.has(resid)) add("resid.dangling", `${path.join("/")} refers to undefined resource «${resid}»`);
      else if (expected && ids.get(resid) !== expected)
        add("resid.kind", `${path.join("/")} must refer to ${expected}, «${resid}» is in ${ids.get(resid)}`);
    }
    if (["Group", "Control", "OfficeTab", "CustomTab"].includes(node["#name"]) && path.includes("ExtensionPoint")) {
      const id = attr(node, "id");
      if (!id) add("control.id", `${path.join("/")} has no id`);
      if (controlIds.has(id)) add("control.duplicate", `control id «${id}» is used twice`);
      controlIds.add(id);
    }
  }
  if (![...walk(overrides)].some(([n]) => n["#name"] === "Action" && attr(n, "xsi:type") === "ShowTaskpane")) {
    add("ribbon.button", "no ribbon button opens the task pane (Action xsi:type=ShowTaskpane)");
  }
}

function pngSize(file) {
  const bytes = readFileSync(file);
  if (bytes.length < 24 || bytes.toString("latin1", 1, 4) !== "PNG") return null;
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** The size an image must have: the add-in icons by element, ribbon images by their resource id («Icon.80x80»). */
function declaredSize(node) {
  const bySlot = { IconUrl: "32", HighResolutionIconUrl: "64" }[node["#name"]];
  return bySlot ?? /(\d+)x\1$/.exec(attr(node, "id") ?? "")?.[1];
}

/** Every URL is https; dev URLs point at files that exist in this repository (icons with the declared size). */
function checkUrls(app, add, root) {
  for (const [node, path] of walk(app)) {
    const url = attr(node, "DefaultValue");
    const isUrl = /Url$|SourceLocation|bt:Image$|bt:Url$/.test(node["#name"]);
    if (!isUrl || url === undefined) continue;
    if (!/^https:\/\/[^\s]+$/.test(url) || url.length > 2048) {
      add("url.invalid", `${path.join("/")}: «${url}» is not an https URL`);
      continue;
    }
    if (!url.startsWith(DEV_BASE)) continue;
    const rel = url.slice(DEV_BASE.length).split(/[?#]/)[0];
    const source = rel.startsWith("assets/") ? rel : PAGE_SOURCES[rel];
    if (!source || !existsSync(join(root, source))) {
      add("url.file-missing", `${url}: no file ${source ?? rel} to serve`);
      continue;
    }
    const size = declaredSize(node) ?? /icon-(\d+)\.png$/.exec(rel)?.[1];
    const dims = rel.endsWith(".png") ? pngSize(join(root, source)) : undefined;
    if (dims === null) add("icon.not-png", `${source} is not a PNG file`);
    else if (dims && size && (dims[0] !== Number(size) || dims[1] !== Number(size)))
      add("icon.size", `${source} is ${dims.join("×")}, expected ${size}×${size}`);
  }
}

export async function checkOffline(manifestPath, root = ROOT) {
  const errors = [];
  const add = (code, message) => errors.push({ code, message });
  let doc;
  try {
    doc = await parseStringPromise(readFileSync(manifestPath, "utf8"), {
      explicitChildren: true,
      preserveChildrenOrder: true,
      strict: true,
    });
  } catch (err) {
    add("xml.malformed", `not well-formed XML: ${String(err.message ?? err).split("\n")[0]}`);
    return errors;
  }
  const app = doc.OfficeApp;
  if (!app) {
    add("root.missing", "the root element must be <OfficeApp>");
    return errors;
  }
  for (const check of [checkTop, checkValues, checkLengths, checkResources]) check(app, add);
  checkUrls(app, add, root);
  return errors;
}
