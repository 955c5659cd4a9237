// Tiny static file server for the built app (dist/), for the end-to-end tests.
//
//   node e2e/serve.mjs [dir] [port] [base]   # defaults: dist, 0 (a free port), /
//
// or, from a test: `const srv = await startServer({ root, base }); ... await srv.close();`
//
// Serves on 127.0.0.1 only. `base` mounts the directory under a sub-path
// (e.g. "/tools/electricity/") to check that the build works there too.
// Every request is recorded in `srv.requests` ({ method, path, status }).

import { createServer } from "node:http";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** Content types by extension (the benchmark's server uses them too). */
export const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".webmanifest": "application/manifest+json",
  ".woff2": "font/woff2",
};

export const REPO_ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
export const DEFAULT_DIST = join(REPO_ROOT, "dist");

/**
 * Start serving `root` on 127.0.0.1.
 * @param {{root?: string, port?: number, base?: string, quiet?: boolean}} [opts]
 * @returns {Promise<{url: string, origin: string, port: number, requests: Array<{method: string, path: string, status: number}>, close: () => Promise<void>}>}
 */
export async function startServer({ root = DEFAULT_DIST, port = 0, base = "/", quiet = true } = {}) {
  root = resolve(root);
  if (!base.startsWith("/")) base = "/" + base;
  if (!base.endsWith("/")) base += "/";
  const rootStat = await stat(root).catch(() => null);
  if (!rootStat?.isDirectory()) {
    throw new Error(`serve.mjs: ${root} is not a directory (run \`./run build\` first)`);
  }

  const requests = [];
  const server = createServer(async (req, res) => {
    const entry = { method: req.method, path: req.url, status: 0 };
    requests.push(entry);
    const send = (status, body, headers = {}) => {
      entry.status = status;
      res.writeHead(status, { "content-type": "text/plain; charset=utf-8", ...headers });
      res.end(req.method === "HEAD" ? undefined : body);
      if (!quiet) console.log(`${status} ${req.method} ${req.url}`);
    };
    try {
      if (req.method !== "GET" && req.method !== "HEAD") return send(405, "method not allowed\n");
      const pathname = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
      if (pathname === base.slice(0, -1)) return send(301, "", { location: base });
      if (!pathname.startsWith(base)) return send(404, "not found\n");
      let rel = pathname.slice(base.length);
      if (rel === "" || rel.endsWith("/")) rel += "index.html";
      const file = normalize(join(root, rel));
      if (file !== root && !file.startsWith(root + sep)) return send(403, "forbidden\n");
      const st = await stat(file).catch(() => null);
      if (!st?.isFile()) return send(404, "not found\n");
      entry.status = 200;
      res.writeHead(200, {
        "content-type": TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
        "content-length": st.size,
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      });
      if (!quiet) console.log(`200 ${req.method} ${req.url}`);
      if (req.method === "HEAD") return res.end();
      createReadStream(file).pipe(res);
    } catch (err) {
      send(500, `error: ${err?.message ?? err}\n`);
    }
  });

  await new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", ok);
  });
  const actualPort = server.address().port;
  const origin = `http://127.0.0.1:${actualPort}`;
  return {
    url: origin + base,
    origin,
    port: actualPort,
    requests,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

// Command-line use.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir = DEFAULT_DIST, port = "0", base = "/"] = process.argv.slice(2);
  const srv = await startServer({ root: dir, port: Number(port), base, quiet: false });
  console.log(`serving ${resolve(dir)} at ${srv.url}`);
  const stop = async () => {
    await srv.close();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
