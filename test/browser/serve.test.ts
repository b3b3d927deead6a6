/**
 * scripts/serve.mjs as the user runs it (`node scripts/serve.mjs [port] [root]`), on a
 * throw-away root: content types, 404, nothing outside the root, the security headers.
 * (It is spawned: this jest runs CommonJS and cannot import an .mjs module.)
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";

const SERVE = path.resolve(__dirname, "..", "..", "scripts", "serve.mjs");

let root: string;
let child: ChildProcessWithoutNullStreams;
let port: number;

function get(pathname: string, method = "GET"): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    // A raw request: fetch() would normalise "/../" away before sending it.
    const req = http.request({ host: "127.0.0.1", port, path: pathname, method }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (d: string) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

beforeAll(async () => {
  const base = mkdtempSync(path.join(os.tmpdir(), "chung-suc-serve-"));
  root = path.join(base, "dist");
  mkdirSync(path.join(root, "assets"), { recursive: true });
  writeFileSync(path.join(base, "secret.txt"), "outside the root");
  writeFileSync(path.join(root, "taskpane.html"), "<!doctype html><title>Chung Sức</title>");
  writeFileSync(path.join(root, "taskpane.0123abcd.js"), "console.log(1)");
  writeFileSync(path.join(root, "functions.json"), "{}");
  writeFileSync(path.join(root, "taskpane.0123abcd.js.map"), "{}");
  writeFileSync(path.join(root, "manifest.xml"), "<OfficeApp/>");
  writeFileSync(path.join(root, "style.css"), "body{}");
  writeFileSync(path.join(root, "assets", "icon-32.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(path.join(root, "Sổ mẫu.xlsx"), "PK");
  child = spawn(process.execPath, [SERVE, "0", root]);
  port = await new Promise<number>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /Mở trình duyệt tại http:\/\/localhost:(\d+)\/taskpane\.html/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.once("exit", (code) => reject(new Error(`serve.mjs exited with ${code}: ${out}`)));
  });
});

afterAll(() => {
  child?.kill();
  if (root) rmSync(path.dirname(root), { recursive: true, force: true });
});

test.each([
  ["/taskpane.html", "text/html; charset=utf-8"],
  ["/", "text/html; charset=utf-8"],
  ["/taskpane.0123abcd.js", "text/javascript; charset=utf-8"],
  ["/functions.json", "application/json; charset=utf-8"],
  ["/taskpane.0123abcd.js.map", "application/json; charset=utf-8"],
  ["/manifest.xml", "application/xml; charset=utf-8"],
  ["/style.css", "text/css; charset=utf-8"],
  ["/assets/icon-32.png", "image/png"],
  ["/S%E1%BB%95%20m%E1%BA%ABu.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
])("serves %s as %s", async (p, type) => {
  const res = await get(p);
  expect(res.status).toBe(200);
  expect(res.headers["content-type"]).toBe(type);
  expect(res.headers["x-content-type-options"]).toBe("nosniff");
  expect(res.headers["content-security-policy"]).toMatch(/default-src 'self'/);
});

test("hashed bundles are cached for good, the page is re-checked", async () => {
  expect((await get("/taskpane.0123abcd.js")).headers["cache-control"]).toMatch(/immutable/);
  expect((await get("/taskpane.html")).headers["cache-control"]).toBe("no-cache");
});

test("a missing file is 404, a path outside the root is never served", async () => {
  expect((await get("/nothing.js")).status).toBe(404);
  for (const p of ["/../secret.txt", "/%2e%2e/secret.txt", "/assets/..%2f..%2fsecret.txt", "/%00"]) {
    const res = await get(p);
    expect(res.status === 403 || res.status === 404).toBe(true);
    expect(res.body).not.toContain("outside the root");
  }
});

test("only GET and HEAD", async () => {
  const head = await get("/taskpane.html", "HEAD");
  expect(head.status).toBe(200);
  expect(head.body).toBe("");
  expect((await get("/taskpane.html", "POST")).status).toBe(405);
});
