// Static file server with compression, for the phone benchmark (e2e/bench-phone.mjs).
//
//   node e2e/static-server.mjs [dir] [port]   # defaults: dist, 0 (a free port)
//
// or: `const srv = await startStaticServer({ root }); ... await srv.close();`
//
// Like a production static host, unlike e2e/serve.mjs (which sends files as they are):
// - `file.br` / `file.gz` beside a file are sent instead of it when the request's
//   Accept-Encoding allows (br preferred), with Content-Encoding and Vary;
// - otherwise text-like files (html, js, css, wasm, json, svg, …) are gzipped at
//   level 9 (compressed once per file version and kept in memory, so compression
//   time does not count in the measurements);
// - correct content types (application/wasm), `Cache-Control: no-store`;
// - 127.0.0.1 only, HTTP/1.1 (node:http).
// Every response is recorded in `srv.requests` ({ method, path, status, encoding, bytes, acceptEncoding }).

import { createServer } from "node:http";
import { readFile, readdir, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { TYPES } from "./serve.mjs";

/** Already compressed formats are sent as they are. */
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".wasm", ".css", ".json", ".txt", ".svg", ".ico", ".webmanifest"]);

const DEFAULT_ROOT = resolve(fileURLToPath(new URL("../dist", import.meta.url)));

/** The encodings a request accepts (q=0 excluded), lower case. */
function accepted(header = "") {
  const set = new Set();
  for (const part of header.split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    if (name && !(q && Number(q.slice(2)) === 0)) set.add(name);
  }
  return set;
}

/**
 * Start serving `root` on 127.0.0.1.
 * @param {{root?: string, port?: number, quiet?: boolean}} [opts]
 */
export async function startStaticServer({ root = DEFAULT_ROOT, port = 0, quiet = true } = {}) {
  root = resolve(root);
  const rootStat = await stat(root).catch(() => null);
  if (!rootStat?.isDirectory()) throw new Error(`static-server.mjs: ${root} is not a directory`);

  // path -> { key: "mtime:size", gz: Buffer }
  const gzCache = new Map();
  const gzipped = async (file, st) => {
    const key = `${st.mtimeMs}:${st.size}`;
    const hit = gzCache.get(file);
    if (hit?.key === key) return hit.gz;
    const gz = gzipSync(await readFile(file), { level: 9 });
    gzCache.set(file, { key, gz });
    return gz;
  };
  const fileStat = (f) => stat(f).then((s) => (s.isFile() ? s : null), () => null);

  const requests = [];
  const server = createServer(async (req, res) => {
    const entry = { method: req.method, path: req.url, status: 0, encoding: "identity", bytes: 0, acceptEncoding: req.headers["accept-encoding"] ?? "" };
    requests.push(entry);
    const send = (status, body, headers = {}) => {
      entry.status = status;
      res.writeHead(status, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...headers });
      res.end(req.method === "HEAD" ? undefined : body);
      if (!quiet) console.log(`${status} ${req.method} ${req.url}`);
    };
    try {
      if (req.method !== "GET" && req.method !== "HEAD") return send(405, "method not allowed\n");
      let rel = decodeURIComponent(new URL(req.url, "http://localhost").pathname).slice(1);
      if (rel === "" || rel.endsWith("/")) rel += "index.html";
      const file = normalize(join(root, rel));
      if (file !== root && !file.startsWith(root + sep)) return send(403, "forbidden\n");
      const st = await fileStat(file);
      if (!st) return send(404, "not found\n");

      const ext = extname(file).toLowerCase();
      const accepts = accepted(req.headers["accept-encoding"]);
      let body = null;
      let encoding = "identity";
      for (const [enc, suffix] of [["br", ".br"], ["gzip", ".gz"]]) {
        if (!accepts.has(enc)) continue;
        const pre = await fileStat(file + suffix);
        if (pre) {
          body = await readFile(file + suffix);
          encoding = enc;
          break;
        }
      }
      if (!body && COMPRESSIBLE.has(ext) && accepts.has("gzip")) {
        body = await gzipped(file, st);
        encoding = "gzip";
      }
      body ??= await readFile(file);

      const headers = {
        "content-type": TYPES[ext] ?? "application/octet-stream",
        "content-length": body.length,
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      };
      if (COMPRESSIBLE.has(ext)) headers.vary = "Accept-Encoding";
      if (encoding !== "identity") headers["content-encoding"] = encoding;
      Object.assign(entry, { status: 200, encoding, bytes: body.length });
      res.writeHead(200, headers);
      res.end(req.method === "HEAD" ? undefined : body);
      if (!quiet) console.log(`200 ${req.method} ${req.url} ${encoding} ${body.length}`);
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
    url: origin + "/",
    origin,
    port: actualPort,
    root,
    requests,
    /** Compress every compressible file now, so no request waits for it. */
    warm: async () => {
      for (const name of await readdir(root, { recursive: true })) {
        const file = join(root, name);
        const st = await fileStat(file);
        if (st && COMPRESSIBLE.has(extname(file).toLowerCase())) await gzipped(file, st);
      }
    },
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

// Command-line use.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir = DEFAULT_ROOT, port = "0"] = process.argv.slice(2);
  const srv = await startStaticServer({ root: dir, port: Number(port), quiet: false });
  console.log(`serving ${srv.root} at ${srv.url} (gzip, precompressed .br/.gz when present)`);
  const stop = async () => {
    await srv.close();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
