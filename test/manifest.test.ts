/**
 * Offline structural check of manifest.xml.
 *
 * `npm run validate` (office-addin-manifest) sends the manifest to a Microsoft web service and
 * fails offline; this test checks what can be checked without it: the elements Office requires
 * and their order, the shared-runtime wiring (one URL for the task pane, the custom functions'
 * page, the function file and the runtime), that every resid resolves to exactly one resource
 * of the right kind, unique ids, the length limits Office enforces, the en-US overrides, that
 * every URL is the dev server's (webpack rewrites them for production), and that every icon URL
 * is a PNG under assets/ of the size Office expects.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "..");
const DEV_URL = "https://localhost:3000/";

// ---------------------------------------------------------------------------------------------
// A tiny tolerant XML reader: elements, attributes, text; skips the declaration, comments,
// processing instructions and doctype; decodes the predefined and numeric entities. Enough for
// a manifest, not a general XML parser (no DTD, namespaces are kept as prefixes in names).

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
  parent?: XmlElement;
}

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[e] as string;
  });
}

function parseXml(xml: string): XmlElement {
  const doc: XmlElement = { name: "#document", attrs: {}, children: [], text: "", line: 1 };
  const stack: XmlElement[] = [doc];
  const lineAt = (i: number) => xml.slice(0, i).split("\n").length;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const textEnd = lt === -1 ? xml.length : lt;
    if (textEnd > i) stack[stack.length - 1].text += decodeEntities(xml.slice(i, textEnd));
    if (lt === -1) break;
    if (xml.startsWith("<!--", lt)) {
      const end = xml.indexOf("-->", lt + 4);
      if (end === -1) throw new Error(`unterminated comment at line ${lineAt(lt)}`);
      i = end + 3;
    } else if (xml.startsWith("<![CDATA[", lt)) {
      const end = xml.indexOf("]]>", lt);
      if (end === -1) throw new Error(`unterminated CDATA at line ${lineAt(lt)}`);
      stack[stack.length - 1].text += xml.slice(lt + 9, end);
      i = end + 3;
    } else if (xml.startsWith("<?", lt) || xml.startsWith("<!", lt)) {
      const end = xml.indexOf(">", lt);
      if (end === -1) throw new Error(`unterminated declaration at line ${lineAt(lt)}`);
      i = end + 1;
    } else if (xml.startsWith("</", lt)) {
      const end = xml.indexOf(">", lt);
      const name = xml.slice(lt + 2, end).trim();
      const open = stack.pop();
      if (!open || open === doc || open.name !== name) {
        throw new Error(`</${name}> at line ${lineAt(lt)} does not close <${open?.name}>`);
      }
      i = end + 1;
    } else {
      const tag = /^<([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(xml.slice(lt));
      if (!tag) throw new Error(`malformed tag at line ${lineAt(lt)}: ${xml.slice(lt, lt + 60)}`);
      const parent = stack[stack.length - 1];
      const el: XmlElement = { name: tag[1], attrs: {}, children: [], text: "", line: lineAt(lt), parent };
      for (const a of tag[2].matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        if (a[1] in el.attrs) throw new Error(`duplicate attribute ${a[1]} at line ${el.line}`);
        el.attrs[a[1]] = decodeEntities(a[2] ?? a[3]);
      }
      parent.children.push(el);
      if (!tag[3]) stack.push(el);
      i = lt + tag[0].length;
    }
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1].name}> is never closed`);
  const elements = doc.children;
  if (elements.length !== 1) throw new Error("expected exactly one root element");
  if (doc.text.trim() !== "") throw new Error("text outside the root element");
  return elements[0];
}

/** Every element below `el` (depth first, document order). */
function descendants(el: XmlElement): XmlElement[] {
  return el.children.flatMap((c) => [c, ...descendants(c)]);
}

/** Follows a path of child names ("Hosts/Host"); fails the test when a step is missing. */
function child(el: XmlElement, path: string): XmlElement {
  let cur = el;
  for (const name of path.split("/")) {
    const next = cur.children.find((c) => c.name === name);
    if (!next) throw new Error(`<${cur.name}> (line ${cur.line}) has no <${name}>`);
    cur = next;
  }
  return cur;
}

const childNames = (el: XmlElement) => el.children.map((c) => c.name);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!b.subarray(0, 8).equals(signature)) throw new Error(`${file} is not a PNG`);
  if (b.toString("ascii", 12, 16) !== "IHDR") throw new Error(`${file}: first chunk is not IHDR`);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

// ---------------------------------------------------------------------------------------------

const source = readFileSync(join(root, "manifest.xml"), "utf8");
const app = parseXml(source);
const all = [app, ...descendants(app)];
const overrides = child(app, "VersionOverrides");
const resources = child(overrides, "Resources");

/** Resource kinds by the Resources child that defines them. */
const KINDS: Record<string, string> = {
  "bt:Images": "image",
  "bt:Urls": "url",
  "bt:ShortStrings": "short",
  "bt:LongStrings": "long",
};
const definitions = resources.children.flatMap((group) =>
  group.children.map((el) => ({ id: el.attrs.id, kind: KINDS[group.name], el })),
);
const byId = new Map(definitions.map((d) => [d.id, d]));
const value = (resid: string) => {
  const d = byId.get(resid);
  if (!d) throw new Error(`resid ${resid} is not defined`);
  return d.el.attrs.DefaultValue;
};
const enUS = (el: XmlElement) => el.children.find((c) => /(^|:)Override$/.test(c.name) && c.attrs.Locale === "en-US");

describe("manifest.xml", () => {
  test("is a task pane add-in manifest, schema 1.1", () => {
    expect(app.name).toBe("OfficeApp");
    expect(app.attrs.xmlns).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
    expect(app.attrs["xmlns:xsi"]).toBe("http://www.w3.org/2001/XMLSchema-instance");
    expect(app.attrs["xmlns:bt"]).toBe("http://schemas.microsoft.com/office/officeappbasictypes/1.0");
    expect(app.attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(source.startsWith('<?xml version="1.0" encoding="UTF-8"')).toBe(true);
  });

  test("has the required top-level elements, in the schema's order", () => {
    // The TaskPaneApp sequence of the 1.1 schema (optional elements included).
    const schemaOrder = [
      "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description",
      "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements",
      "DefaultSettings", "Permissions", "AllowSnapshot", "Dictionary", "VersionOverrides",
      "ExtendedOverrides",
    ];
    const names = childNames(app);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(schemaOrder).toContain(n);
    expect(names).toEqual(schemaOrder.filter((n) => names.includes(n)));
    for (const required of [
      "Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
      "HighResolutionIconUrl", "SupportUrl", "Hosts", "Requirements", "DefaultSettings",
      "Permissions", "VersionOverrides",
    ]) {
      expect(names).toContain(required);
    }
  });

  test("identifies the add-in: GUID, version, provider, locale", () => {
    const id = child(app, "Id").text.trim();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i);
    // Not a GUID copied from OfficeDev's templates.
    expect(id).not.toBe("ca968be6-628b-4f14-ba3c-3e614effa9bd");
    expect(child(app, "Version").text.trim()).toMatch(/^\d{1,5}(\.\d{1,5}){0,3}$/);
    expect(child(app, "ProviderName").text.trim()).toBe("Chung Sức");
    expect(child(app, "DefaultLocale").text.trim()).toBe("vi-VN");
  });

  test("names and describes itself in Vietnamese, with en-US overrides", () => {
    const name = child(app, "DisplayName");
    const description = child(app, "Description");
    expect(name.attrs.DefaultValue).toBe("Chung Sức");
    expect(description.attrs.DefaultValue).toMatch(/nông thôn mới/);
    for (const el of [name, description]) {
      const en = enUS(el);
      expect(en).toBeDefined();
      expect(en!.attrs.Value.trim()).not.toBe("");
    }
    expect(enUS(description)!.attrs.Value).not.toBe(description.attrs.DefaultValue);
    // Office's limits: DisplayName 125, Description 250 characters. 30 keeps the name usable
    // as the unified manifest's name.short if the manifest is ever converted.
    for (const v of [name.attrs.DefaultValue, enUS(name)!.attrs.Value]) expect([...v].length).toBeLessThanOrEqual(30);
    for (const v of [description.attrs.DefaultValue, enUS(description)!.attrs.Value]) {
      expect([...v].length).toBeLessThanOrEqual(250);
    }
  });

  test("runs in Excel workbooks, with the requirement sets it uses", () => {
    expect(child(app, "Hosts").children.map((h) => h.attrs.Name)).toEqual(["Workbook"]);
    const sets = child(app, "Requirements/Sets");
    expect(sets.attrs.DefaultMinVersion).toBe("1.1");
    const min = Object.fromEntries(sets.children.map((s) => [s.attrs.Name, s.attrs.MinVersion]));
    expect(min).toEqual({ ExcelApi: "1.9", SharedRuntime: "1.1", CustomFunctionsRuntime: "1.1" });
    expect(child(app, "DefaultSettings/SourceLocation").attrs.DefaultValue).toBe(`${DEV_URL}taskpane.html`);
    expect(child(app, "Permissions").text.trim()).toBe("ReadWriteDocument");
  });

  test("has one VersionOverrides 1.0 (the only version a TaskPaneApp supports)", () => {
    expect(app.children.filter((c) => c.name === "VersionOverrides")).toHaveLength(1);
    expect(overrides.attrs.xmlns).toBe("http://schemas.microsoft.com/office/taskpaneappversionoverrides");
    expect(overrides.attrs["xsi:type"]).toBe("VersionOverridesV1_0");
    const order = ["Description", "Requirements", "Hosts", "Resources", "WebApplicationInfo", "EquivalentAddins"];
    const names = childNames(overrides);
    expect(names).toEqual(order.filter((n) => names.includes(n)));
    expect(names).toEqual(expect.arrayContaining(["Hosts", "Resources"]));
    const host = child(overrides, "Hosts/Host");
    expect(host.attrs["xsi:type"]).toBe("Workbook");
    const hostOrder = ["Runtimes", "AllFormFactors", "DesktopFormFactor"];
    expect(childNames(host)).toEqual(hostOrder);
    expect(childNames(child(host, "DesktopFormFactor"))).toEqual(["GetStarted", "FunctionFile", "ExtensionPoint"]);
  });

  test("every resid resolves to exactly one resource of the right kind, and every resource is used", () => {
    const kindOf = (el: XmlElement): string => {
      // What a reference needs, from the referencing element and its parent.
      if (el.name === "bt:Image") return "image";
      if (["SourceLocation", "FunctionFile", "Runtime", "LearnMoreUrl"].includes(el.name)) return "url";
      if (el.name === "Description") return "long";
      if (["Label", "Title", "Namespace"].includes(el.name)) return "short";
      throw new Error(`unexpected resid on <${el.name}> (line ${el.line})`);
    };
    const refs = all.filter((el) => "resid" in el.attrs);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) {
      const resid = ref.attrs.resid;
      expect([...resid].length).toBeLessThanOrEqual(32);
      const matches = definitions.filter((d) => d.id === resid);
      expect({ resid, defined: matches.length }).toEqual({ resid, defined: 1 });
      expect({ resid, kind: matches[0].kind }).toEqual({ resid, kind: kindOf(ref) });
    }
    const used = new Set(refs.map((r) => r.attrs.resid));
    for (const d of definitions) expect({ id: d.id, used: used.has(d.id) }).toEqual({ id: d.id, used: true });
  });

  test("ids are unique and within Office's limits", () => {
    const ids = all.filter((el) => "id" in el.attrs).map((el) => el.attrs.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of definitions) expect([...d.id].length).toBeLessThanOrEqual(32);
    for (const el of all.filter((e) => ["Group", "Control"].includes(e.name))) {
      expect([...el.attrs.id].length).toBeLessThanOrEqual(125);
    }
  });

  test("strings fit Office's limits and have en-US overrides (except the namespace)", () => {
    for (const d of definitions.filter((x) => x.kind === "short" || x.kind === "long")) {
      const limit = d.kind === "short" ? 125 : 250;
      const en = enUS(d.el);
      expect([...d.el.attrs.DefaultValue].length).toBeLessThanOrEqual(limit);
      if (d.id === "Functions.Namespace") {
        // Formulas store CHUNGSUC.NAME: a localized namespace would break them across languages.
        expect(en).toBeUndefined();
      } else {
        expect({ id: d.id, enUS: Boolean(en) }).toEqual({ id: d.id, enUS: true });
        expect([...en!.attrs.Value].length).toBeLessThanOrEqual(limit);
      }
    }
  });

  test("every URL is on the dev server over https (webpack rewrites them for production)", () => {
    const urls = all.flatMap((el) => [
      ...Object.entries(el.attrs)
        .filter(([k, v]) => !k.startsWith("xmlns") && /^[a-z]+:\/\//i.test(v))
        .map(([, v]) => v),
      ...(/^\s*[a-z]+:\/\//i.test(el.text) ? [el.text.trim()] : []),
    ]);
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(url.startsWith(DEV_URL)).toBe(true);
  });

  test("every image is a PNG under assets/ of the size Office shows it at", () => {
    const expectPng = (url: string, size: number) => {
      expect(url).toMatch(new RegExp(`^${DEV_URL}assets/[\\w.-]+\\.png$`));
      const file = join(root, url.slice(DEV_URL.length));
      expect({ file, exists: existsSync(file) }).toEqual({ file, exists: true });
      expect({ url, ...pngSize(file) }).toEqual({ url, width: size, height: size });
    };
    expectPng(child(app, "IconUrl").attrs.DefaultValue, 32);
    expectPng(child(app, "HighResolutionIconUrl").attrs.DefaultValue, 64);
    const imageRefs = all.filter((el) => el.name === "bt:Image" && "resid" in el.attrs);
    expect(imageRefs.length).toBeGreaterThan(0);
    for (const ref of imageRefs) expectPng(value(ref.attrs.resid), Number(ref.attrs.size));
    // Every Icon has the three sizes the schema requires.
    for (const icon of all.filter((el) => el.name === "Icon")) {
      expect(icon.children.map((c) => c.attrs.size).sort()).toEqual(["16", "32", "80"]);
    }
  });

  test("shares one runtime: task pane, custom functions page and function file are one URL", () => {
    const host = child(overrides, "Hosts/Host");
    const runtime = child(host, "Runtimes/Runtime");
    expect(runtime.attrs.lifetime).toBe("long");
    const taskpaneUrl = child(app, "DefaultSettings/SourceLocation").attrs.DefaultValue;
    expect(value(runtime.attrs.resid)).toBe(taskpaneUrl);

    const cf = child(host, "AllFormFactors/ExtensionPoint");
    expect(cf.attrs["xsi:type"]).toBe("CustomFunctions");
    expect(childNames(cf)).toEqual(["Script", "Page", "Metadata", "Namespace"]);
    expect(value(child(cf, "Script/SourceLocation").attrs.resid)).toBe(`${DEV_URL}functions.js`);
    expect(child(cf, "Page/SourceLocation").attrs.resid).toBe(runtime.attrs.resid);
    expect(value(child(cf, "Metadata/SourceLocation").attrs.resid)).toBe(`${DEV_URL}functions.json`);
    expect(value(child(cf, "Namespace").attrs.resid)).toBe("CHUNGSUC");

    expect(child(host, "DesktopFormFactor/FunctionFile").attrs.resid).toBe(runtime.attrs.resid);
  });

  test("puts one 'Chung Sức' button on the Home tab that shows the task pane", () => {
    const surface = child(overrides, "Hosts/Host/DesktopFormFactor/ExtensionPoint");
    expect(surface.attrs["xsi:type"]).toBe("PrimaryCommandSurface");
    const tab = child(surface, "OfficeTab");
    expect(tab.attrs.id).toBe("TabHome");
    const groups = tab.children.filter((c) => c.name === "Group");
    expect(groups).toHaveLength(1);
    expect(value(child(groups[0], "Label").attrs.resid)).toBe("Chung Sức");
    const controls = groups[0].children.filter((c) => c.name === "Control");
    expect(controls).toHaveLength(1);
    const button = controls[0];
    expect(button.attrs["xsi:type"]).toBe("Button");
    expect(value(child(button, "Label").attrs.resid)).toBe("Chung Sức");
    expect(value(child(button, "Supertip/Title").attrs.resid)).toBe("Chung Sức");
    const action = child(button, "Action");
    expect(action.attrs["xsi:type"]).toBe("ShowTaskpane");
    expect(child(action, "TaskpaneId").text.trim()).toBe("ButtonId1");
    expect(child(action, "SourceLocation").attrs.resid).toBe(child(overrides, "Hosts/Host/Runtimes/Runtime").attrs.resid);
  });
});

describe("the build serves what manifest.xml points at", () => {
  type Config = {
    entry: Record<string, unknown>;
    output: { filename: (p: { chunk: { name: string } }) => string };
    plugins: Array<{ constructor: { name: string }; options?: Record<string, unknown>; userOptions?: Record<string, unknown> }>;
  };
  let config: Config;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpackConfig = require("../webpack.config.js");

  beforeAll(async () => {
    config = await webpackConfig({ WEBPACK_BUILD: true }, { mode: "production" });
  });

  test("taskpane.html, functions.js and functions.json are build outputs", () => {
    const html = config.plugins.find((p) => p.constructor.name === "HtmlWebpackPlugin")!;
    expect(html.userOptions).toMatchObject({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      chunks: expect.arrayContaining(["react", "taskpane", "functions", "commands"]),
    });
    expect(existsSync(join(root, "src/taskpane/taskpane.html"))).toBe(true);
    expect(config.entry.functions).toBe("./src/functions/functions.ts");
    expect(config.output.filename({ chunk: { name: "functions" } })).toBe("[name].js");
    const cf = config.plugins.find((p) => p.constructor.name === "CustomFunctionsMetadataPlugin")!;
    expect(cf.options).toEqual({ output: "functions.json", input: "./src/functions/functions.ts" });
  });

  test("the production manifest has no dev URL left", () => {
    const { urlDev, urlProd } = webpackConfig;
    expect(urlDev).toBe(DEV_URL);
    expect(urlProd).toMatch(/^https:\/\/[^/]+\/$/);
    const prod = source.replace(new RegExp(urlDev, "g"), urlProd);
    expect(prod).not.toContain("localhost");
  });

  test("the page loads Office.js from the add-in's own server, and the files it needs are copied", () => {
    const page = readFileSync(join(root, "src/taskpane/taskpane.html"), "utf8");
    const scripts = [...page.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts).toEqual(["office-js/office.js"]);
    const files: RegExp = webpackConfig.OFFICE_JS_FILES;
    const dist = join(root, "node_modules/@microsoft/office-js/dist");
    // office.js loads excel-<platform>-<version>.js (web 16.00, win32 16.01 or 16.00, mac 16.00),
    // <locale>/office_strings.js and, outside Office, o15apptofilemappingtable.js.
    for (const f of [
      "office.js", "o15apptofilemappingtable.js", "excel-web-16.00.js", "excel-win32-16.01.js",
      "excel-win32-16.00.js", "excel-mac-16.00.js", "en-us/office_strings.js", "vi-vn/office_strings.js",
    ]) {
      expect({ f, copied: files.test(f), exists: existsSync(join(dist, f)) }).toEqual({ f, copied: true, exists: true });
    }
    for (const f of ["office.debug.js", "excel-web-16.00.debug.js", "word-web-16.00.js", "fr-fr/office_strings.js"]) {
      expect({ f, copied: files.test(f) }).toEqual({ f, copied: false });
    }
  });
});
