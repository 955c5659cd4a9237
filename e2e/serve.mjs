// Tiny static file server for the built app (dist/), for the end-to-end tests
// and (with `encoded: true`) the phone benchmark.
//
//   node e2e/serve.mjs [--encoded] [dir] [port] [base]   # defaults: dist, 0 (a free port), /
//
// or, from a test: `const srv = await startServer({ root, base }); ... await srv.close();`
//
// Serves on 127.0.0.1 only, HTTP/1.1. `base` mounts the directory under a sub-path
// (e.g. "/tools/electricity/") to check that the build works there too.
// Every request is recorded in `srv.requests` ({ method, path, status }).
//
// By default files are sent as they are. With `encoded: true`, like a production
// static host (for e2e/bench-phone.mjs):
// - `file.br` / `file.gz` beside a file are sent instead of it when the request's
//   Accept-Encoding allows (br preferred), with Content-Encoding and Vary;
// - otherwise text-like files (html, js, css, wasm, json, svg, …) are gzipped at
//   level 9 (index.html has no precompressed copy on purpose, see
//   scripts/postbuild.mjs), compressed once per file version and kept in memory
//   (`srv.warm()` compresses them all ahead, so compression time is not measured);
// - each request's record also has { encoding, bytes, acceptEncoding }, and error
//   responses carry `Cache-Control: no-store` too.

import { createServer } from "node:http";
import { createReadStream } from "node:fs";
import { readFile, readdir, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

/** Content types by extension. */
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

/** With `encoded`: compressed on the fly (already compressed formats are sent as they are). */
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".wasm", ".css", ".json", ".txt", ".svg", ".ico", ".webmanifest"]);

export const REPO_ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
export const DEFAULT_DIST = join(REPO_ROOT, "dist");

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

const fileStat = (f) => stat(f).then((s) => (s.isFile() ? s : null), () => null);

/**
 * Start serving `root` on 127.0.0.1.
 * @param {{root?: string, port?: number, base?: string, quiet?: boolean, encoded?: boolean}} [opts]
 * @returns {Promise<{url: string, origin: string, port: number, root: string, requests: Array<{method: string, path: string, status: number}>, warm?: () => Promise<void>, close: () => Promise<void>}>}
 */
export async function startServer({ root = DEFAULT_DIST, port = 0, base = "/", quiet = true, encoded = false, gzipOnly = false } = {}) {
  root = resolve(root);
  if (!base.startsWith("/")) base = "/" + base;
  if (!base.endsWith("/")) base += "/";
  const rootStat = await stat(root).catch(() => null);
  if (!rootStat?.isDirectory()) {
    throw new Error(`serve.mjs: ${root} is not a directory (run \`./run build\` first)`);
  }

  // encoded: path -> { key: "mtime:size", gz: Buffer }
  const gzCache = new Map();
  const gzipped = async (file, st) => {
    const key = `${st.mtimeMs}:${st.size}`;
    const hit = gzCache.get(file);
    if (hit?.key === key) return hit.gz;
    const gz = gzipSync(await readFile(file), { level: 9 });
    gzCache.set(file, { key, gz });
    return gz;
  };

  /** encoded: the body to send for `file` and its Content-Encoding. */
  const encodedBody = async (file, st, acceptEncoding) => {
    const accepts = accepted(acceptEncoding);
    // gzipOnly: as a server without brotli would send it (bench-phone.mjs --gzip).
    for (const [encoding, suffix] of gzipOnly ? [["gzip", ".gz"]] : [["br", ".br"], ["gzip", ".gz"]]) {
      if (accepts.has(encoding) && (await fileStat(file + suffix))) {
        return { body: await readFile(file + suffix), encoding };
      }
    }
    if (COMPRESSIBLE.has(extname(file).toLowerCase()) && accepts.has("gzip")) {
      return { body: await gzipped(file, st), encoding: "gzip" };
    }
    return { body: await readFile(file), encoding: "identity" };
  };

  const requests = [];
  const server = createServer(async (req, res) => {
    const entry = { method: req.method, path: req.url, status: 0 };
    if (encoded) Object.assign(entry, { encoding: "identity", bytes: 0, acceptEncoding: req.headers["accept-encoding"] ?? "" });
    requests.push(entry);
    const send = (status, body, headers = {}) => {
      entry.status = status;
      res.writeHead(status, {
        "content-type": "text/plain; charset=utf-8",
        ...(encoded && { "cache-control": "no-store" }),
        ...headers,
      });
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
      const st = await fileStat(file);
      if (!st) return send(404, "not found\n");
      const ext = extname(file).toLowerCase();
      const headers = {
        "content-type": TYPES[ext] ?? "application/octet-stream",
        "content-length": st.size,
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      };
      if (!encoded) {
        entry.status = 200;
        res.writeHead(200, headers);
        if (!quiet) console.log(`200 ${req.method} ${req.url}`);
        if (req.method === "HEAD") return res.end();
        return createReadStream(file).pipe(res);
      }
      const { body, encoding } = await encodedBody(file, st, req.headers["accept-encoding"]);
      headers["content-length"] = body.length;
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
    url: origin + base,
    origin,
    port: actualPort,
    root,
    requests,
    ...(encoded && {
      /** Gzip every compressible file now, so no request waits for it. */
      warm: async () => {
        for (const name of await readdir(root, { recursive: true })) {
          const file = join(root, name);
          const st = await fileStat(file);
          if (st && COMPRESSIBLE.has(extname(file).toLowerCase())) await gzipped(file, st);
        }
      },
    }),
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

// Command-line use.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const encoded = args.includes("--encoded");
  const [dir = DEFAULT_DIST, port = "0", base = "/"] = args.filter((a) => a !== "--encoded");
  const srv = await startServer({ root: dir, port: Number(port), base, quiet: false, encoded });
  console.log(`serving ${srv.root} at ${srv.url}${encoded ? " (precompressed .br/.gz when present, else gzip)" : ""}`);
  const stop = async () => {
    await srv.close();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
