// A small static file server for the web page (dist/ after `npm run build`), with no dependencies.
// It listens on 127.0.0.1 only: the page and the user's .xlsx never leave this computer.
//
//   node scripts/serve.mjs [port] [root]   (or PORT=3001 node scripts/serve.mjs; default 3001, dist/)
//
// Port 0 picks a free port; the printed address tells which.
// Tests import startServer({ root, port }) and get { url, port, close }.
import { createServer } from "node:http";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_ROOT = path.resolve(here, "..", "dist");
export const DEFAULT_PORT = 3001;

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export function contentType(file) {
  return TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
}

/** The file under root that a URL path names, or null when it would step outside root. */
export function resolvePath(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split("?")[0].split("#")[0]);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const file = path.resolve(root, "." + path.posix.normalize("/" + decoded));
  const rel = path.relative(root, file);
  if (rel.startsWith("..") || path.isAbsolute(rel)) return null;
  return file;
}

/**
 * The web page may only talk to this server. The browser enforces it: a library that tries to
 * reach the Internet (office.js opens a telemetry frame outside Office) is blocked, not sent.
 * Styles are inline because Fluent UI inserts its CSS at run time.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

function send(res, status, text) {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Content-Length": Buffer.byteLength(text) });
  res.end(text);
}

/**
 * Serves root on 127.0.0.1. Port 0 picks a free port. Resolves once listening.
 * @param {{ root?: string, port?: number, host?: string }} [options]
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export function startServer(options = {}) {
  const root = path.resolve(options.root ?? DEFAULT_ROOT);
  const host = options.host ?? "127.0.0.1";
  const server = createServer(async (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.setHeader("Allow", "GET, HEAD");
      return send(res, 405, "Method not allowed");
    }
    const urlPath = new URL(req.url ?? "/", "http://localhost").pathname;
    let file = resolvePath(root, urlPath === "/" ? "/taskpane.html" : urlPath);
    if (!file) return send(res, 403, "Forbidden");
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        file = path.join(file, "index.html");
        info = await stat(file);
      }
      res.writeHead(200, {
        "Content-Type": contentType(file),
        "Content-Length": info.size,
        // Hashed bundle names change with their content; the page itself is always re-checked.
        "Cache-Control": /\.[0-9a-f]{8}\.js$/.test(file) ? "public, max-age=31536000, immutable" : "no-cache",
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": CONTENT_SECURITY_POLICY,
        "Referrer-Policy": "no-referrer",
      });
      if (req.method === "HEAD") return res.end();
      createReadStream(file)
        .on("error", () => res.destroy())
        .pipe(res);
    } catch {
      send(res, 404, "Not found");
    }
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? DEFAULT_PORT, host, () => {
      server.off("error", reject);
      const { port } = server.address();
      resolve({
        url: `http://${host}:${port}/`,
        port,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Cổng không hợp lệ: ${process.argv[2] ?? process.env.PORT}. (Invalid port.)`);
    process.exit(2);
  }
  const root = path.resolve(process.argv[3] ?? DEFAULT_ROOT);
  try {
    await stat(path.join(root, "taskpane.html"));
  } catch {
    console.error(`Chưa có ${path.join(root, "taskpane.html")}: hãy chạy \`npm run build\` trước. (Build first: npm run build.)`);
    process.exit(2);
  }
  try {
    const { port: actual } = await startServer({ root, port });
    console.log(`Mở trình duyệt tại http://localhost:${actual}/taskpane.html`);
    console.log("(Open this address in a browser. Ctrl+C to stop.)");
  } catch (e) {
    const busy = e && e.code === "EADDRINUSE";
    console.error(busy ? `Cổng ${port} đang bận: chạy lại với cổng khác, ví dụ node scripts/serve.mjs 3002.` : `Không khởi động được máy chủ: ${e.message}`);
    process.exit(2);
  }
}
