// Phone benchmark: how fast a share link's result becomes readable on a slow phone,
// against the same rendered page sent as static HTML. Reports numbers; asserts nothing.
//
//   node e2e/bench-phone.mjs [--dist DIR] [--runs 5] [--json FILE] [--keep]
//
// What and how:
// - The built app (default: <repo>/dist, copied to a temp dir first so nothing is
//   written into dist/; another --dist is served in place) is served by
//   e2e/serve.mjs with `encoded: true` on 127.0.0.1, HTTP/1.1: precompressed .br/.gz
//   when present and accepted, else gzip -9 (index.html), Cache-Control: no-store;
//   with --gzip, gzip only (the .gz files), as a server without brotli sends it.
// - Debian's Chromium (playwright-core, nothing downloaded), a fresh browser context per
//   run (cold cache), phone viewport 390×844 @2x with touch, and through the DevTools
//   protocol: 150 ms latency, 1.6 Mbps down, 0.75 Mbps up, CPU slowed 4×.
// - Pages: A, the Yangjiang share link (the app computes and renders the result);
//   B, static-result.html: A rendered once without throttling, its outerHTML with every
//   <script> and every JS/wasm (module)preload removed, CSS still linked, written beside
//   index.html; C, the start page (#/).
// - "Readable": an init script watches the DOM (MutationObserver) for the completion
//   date `[data-date]` (the summary panel's) (the start page: `main#main h1`, which index.html's
//   pre-rendered copy of the start page has too: C measures that copy, on purpose,
//   since it is there so that a phone shows the start page before the wasm has
//   arrived; the app's own h1 replaces it later), records
//   performance.now() when it appears ("in DOM") and marks it for the Element Timing
//   API, whose renderTime is when its text was first painted ("readable"). Chromium
//   reports text for the nearest block ancestor only, so an inline element (the date's
//   <span>) has its block marked too. Where no entry comes (painted outside the
//   viewport), performance.now() in the next animation frame is used (not that frame's
//   timestamp, which under a long task can be earlier than the element's insertion). Also first-contentful-paint, largest-contentful-paint and the
//   load event. All times are from navigation start. Median, min and max of --runs.
// - Bytes: raw, gzip -9 and brotli (quality 11) of every file in the served directory
//   (the build's .gz/.br beside a file, made with those settings, or compressed here
//   where there is none, e.g. index.html), and the bytes each page really transferred
//   (CDP Network.loadingFinished encodedDataLength: compressed bodies plus response
//   headers), and of those the ones that had finished loading (CDP loadingFinished
//   timestamp, mapped to the page's clock) by the time the element was readable.
// - Summary at the end (also under "summary" in --json): (a) the share link's bytes
//   transferred before its result was readable, (b) the ratio app / static of the
//   result's readable time, (c) the start page's LCP beside its first contentful
//   paint, whether they are the same paint, and the LCP entry's element (tag, id,
//   class, read when the entry is reported). LCP is the last candidate reported when
//   the page's element was readable and the load event had fired.

import { cp, mkdtemp, readdir, readFile, realpath, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { brotliCompressSync, constants as zc, gzipSync } from "node:zlib";
import { VIEWPORTS, launchBrowser } from "./helpers.mjs";
import { DEFAULT_DIST, startServer } from "./serve.mjs";

const SHARE_LINK =
  "index.html#/result?jurisdiction=yangjiang&area=rural&customer=small_micro&capacity=100kVA&voltage=lv&start=2026-09-30";
const START_LINK = "index.html#/";
const STATIC_FILE = "static-result.html";
const DATE_SEL = "[data-date]";
const H1_SEL = "main#main h1";

const PHONE = {
  network: { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8 },
  cpuRate: 4,
};

const { values: opts } = parseArgs({
  options: {
    dist: { type: "string", default: DEFAULT_DIST },
    runs: { type: "string", default: "5" },
    json: { type: "string" },
    keep: { type: "boolean", default: false },
    gzip: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (opts.help) {
  console.log("usage: node e2e/bench-phone.mjs [--dist DIR] [--runs 5] [--json FILE] [--keep] [--gzip]");
  console.log("  --gzip  serve gzip only (no brotli), as a server without brotli would");
  process.exit(0);
}
const RUNS = Number(opts.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`--runs must be a positive integer, not ${opts.runs}`);

// ---------------------------------------------------------------------------
// In the page
// ---------------------------------------------------------------------------

/** Init script: records when the watched elements appear and are painted (window.__bench). */
function benchInit(watch) {
  const marks = {};
  window.__bench = { marks, lcp: 0, lcpElement: null };
  const pending = Object.entries(watch);
  const check = () => {
    for (let i = pending.length - 1; i >= 0; i--) {
      const [name, sel] = pending[i];
      const el = document.querySelector(sel);
      if (!el) continue;
      pending.splice(i, 1);
      const m = (marks[name] = { dom: performance.now() });
      el.setAttribute("elementtiming", `bench-${name}`);
      // Layout is read in the next frame (not here, which would force an early layout).
      requestAnimationFrame((ts) => {
        // The frame's timestamp is when the frame began, which can be long before a
        // long task that inserted the element ended; now is no earlier than the paint's start.
        m.frameStart = ts;
        m.frame = performance.now();
        // Chromium reports text paints for the nearest block (not inline) ancestor only:
        // an inline element (the date is a <span>) gets no entry, so mark that block too,
        // still before this frame's paint.
        let block = el;
        while (block.parentElement && getComputedStyle(block).display.startsWith("inline") && getComputedStyle(block).display !== "inline-block") {
          block = block.parentElement;
        }
        if (block !== el && !block.hasAttribute("elementtiming")) {
          block.setAttribute("elementtiming", `bench-${name}`);
          m.paintedVia = block.tagName.toLowerCase() + (block.className ? `.${String(block.className).split(/\s+/).join(".")}` : "");
        }
        const r = el.getBoundingClientRect();
        m.visible = el.isConnected && (el.checkVisibility?.() ?? true) && r.width > 0 && r.height > 0;
        m.inViewport = r.bottom > 0 && r.top < innerHeight;
        m.top = Math.round(r.top);
      });
    }
    if (!pending.length) observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const m = marks[e.identifier?.replace(/^bench-/, "")];
      if (m && m.paint === undefined) m.paint = e.renderTime || e.loadTime;
    }
  }).observe({ type: "element", buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__bench.lcp = e.renderTime || e.loadTime || e.startTime;
      // Read now: the element may be replaced later (the pre-rendered start page is).
      const el = e.element;
      window.__bench.lcpElement = el
        ? {
            tag: el.tagName.toLowerCase(),
            id: el.id || null,
            class: el.getAttribute("class") || null,
            text: (el.textContent || "").trim().slice(0, 40),
            size: e.size,
          }
        : { tag: null, id: e.id || null, class: null, text: null, size: e.size };
    }
  }).observe({ type: "largest-contentful-paint", buffered: true });
}

/** Done when the mark is painted, or its frame has passed and no paint entry came for a while. */
function markSettled(name) {
  const m = window.__bench?.marks?.[name];
  return !!m && (m.paint !== undefined || (m.frame !== undefined && performance.now() - m.frame > 1500));
}

function pageTimings(name) {
  const b = window.__bench;
  const m = b.marks[name] ?? {};
  const nav = performance.getEntriesByType("navigation")[0];
  const fcp = performance.getEntriesByType("paint").find((e) => e.name === "first-contentful-paint");
  const fp = performance.getEntriesByType("paint").find((e) => e.name === "first-paint");
  return {
    dom: m.dom ?? null,
    readable: m.paint ?? m.frame ?? null,
    readableFrom: m.paint !== undefined ? (m.paintedVia ? `element-timing (${m.paintedVia})` : "element-timing") : "frame",
    frameStart: m.frameStart ?? null,
    visible: m.visible ?? null,
    inViewport: m.inViewport ?? null,
    top: m.top ?? null,
    firstPaint: fp?.startTime ?? null,
    fcp: fcp?.startTime ?? null,
    lcp: b.lcp || null,
    lcpElement: b.lcpElement,
    timeOrigin: performance.timeOrigin,
    domContentLoaded: nav?.domContentLoadedEventEnd ?? null,
    load: nav?.loadEventStart ?? null,
    lastByte: Math.max(nav?.responseEnd ?? 0, ...performance.getEntriesByType("resource").map((e) => e.responseEnd)),
    received: [nav, ...performance.getEntriesByType("resource")]
      .filter(Boolean)
      .map((e) => ({ file: e.name.replace(/#.*/, "").split("/").pop() || "/", responseEnd: Math.round(e.responseEnd) })),
  };
}

// ---------------------------------------------------------------------------
// Measuring
// ---------------------------------------------------------------------------

function newPhoneContext(browser) {
  return browser.newContext({
    ...VIEWPORTS.phone,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    serviceWorkers: "block",
  });
}

/** One cold-cache load of `url` under the phone profile; `mark` is "date" or "h1". */
async function measure(browser, url, mark) {
  const context = await newPhoneContext(browser);
  try {
    await context.addInitScript(benchInit, { date: DATE_SEL, h1: H1_SEL });
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e?.message ?? e)));
    const cdp = await context.newCDPSession(page);
    const responses = new Map();
    // CDP timestamps are monotonic seconds; a request's (wallTime, timestamp) pair maps
    // them to the epoch, and performance.timeOrigin to the page's ms from navigation start.
    let clock = null;
    cdp.on("Network.requestWillBeSent", ({ wallTime, timestamp }) => {
      clock ??= { wallTime, timestamp };
    });
    cdp.on("Network.responseReceived", ({ requestId, response }) => {
      const h = Object.fromEntries(Object.entries(response.headers).map(([k, v]) => [k.toLowerCase(), v]));
      responses.set(requestId, {
        url: response.url,
        status: response.status,
        encoding: h["content-encoding"] ?? "identity",
        bytes: null,
        finishedAt: null,
      });
    });
    cdp.on("Network.loadingFinished", ({ requestId, encodedDataLength, timestamp }) => {
      const r = responses.get(requestId);
      if (r) {
        r.bytes = encodedDataLength;
        r.finishedAt = timestamp;
      }
    });
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", PHONE.network);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: PHONE.cpuRate });

    await page.goto(url, { waitUntil: "load", timeout: 180_000 });
    try {
      await page.waitForFunction(markSettled, mark, { timeout: 180_000, polling: 250 });
    } catch (err) {
      throw new Error(`${url}: ${mark} never appeared${errors.length ? ` (page errors: ${errors.join("; ")})` : ""}: ${err.message}`);
    }
    const t = await page.evaluate(pageTimings, mark);
    const files = [...responses.values()]
      .filter((r) => r.url.startsWith("http"))
      .map(({ finishedAt, ...r }) => ({
        ...r,
        // ms from navigation start, like the page's timings
        finished:
          finishedAt === null || !clock ? null : (clock.wallTime + (finishedAt - clock.timestamp)) * 1000 - t.timeOrigin,
      }));
    const transferred = files.reduce((s, r) => s + (r.bytes ?? 0), 0);
    // Responses that had finished loading when the watched element was readable.
    const beforeReadable =
      t.readable === null ? null : files.filter((r) => r.finished !== null && r.finished <= t.readable);
    const transferredBeforeReadable = beforeReadable?.reduce((s, r) => s + (r.bytes ?? 0), 0) ?? null;
    const lcpIsFcp = t.lcp !== null && t.fcp !== null ? Math.abs(t.lcp - t.fcp) < 1 : null;
    return { ...t, transferred, transferredBeforeReadable, lcpIsFcp, files, errors };
  } finally {
    await context.close();
  }
}

/** Render the share link without throttling and save it, scripts removed, as static-result.html. */
async function makeStaticPage(browser, origin, dir) {
  const context = await newPhoneContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/${SHARE_LINK}`, { waitUntil: "load", timeout: 60_000 });
    await page.waitForSelector(DATE_SEL, { state: "visible", timeout: 60_000 });
    await page.waitForTimeout(500); // let the app finish (focus, title, late renders)
    const { html, removed } = await page.evaluate(() => {
      const root = document.documentElement.cloneNode(true);
      const removed = [];
      for (const el of root.querySelectorAll("script")) {
        removed.push(`<script${el.src ? ` src=${el.getAttribute("src")}` : ""}>`);
        el.remove();
      }
      for (const el of root.querySelectorAll("link[rel]")) {
        const rel = el.getAttribute("rel").toLowerCase().split(/\s+/);
        const href = el.getAttribute("href") ?? "";
        if ((rel.includes("modulepreload") || rel.includes("preload")) && /\.(m?js|wasm)([?#]|$)/i.test(href)) {
          removed.push(`<link rel=${el.getAttribute("rel")} href=${href}>`);
          el.remove();
        }
      }
      const doctype = document.doctype ? `<!DOCTYPE ${document.doctype.name}>\n` : "";
      return { html: doctype + root.outerHTML, removed };
    });
    if (!html.includes("data-date=")) throw new Error("static page: the rendered HTML has no data-date");
    await writeFile(join(dir, STATIC_FILE), html);
    return { path: join(dir, STATIC_FILE), bytes: Buffer.byteLength(html), removed };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------
// Bytes
// ---------------------------------------------------------------------------

/** Size of `file` compressed: its `file<suffix>` sibling's (the build writes them with
 * the same settings as `compress`) or, where there is none, `compress(raw)`'s. */
async function compressedSize(file, suffix, raw, compress) {
  const sibling = await stat(file + suffix).catch(() => null);
  return sibling?.isFile() ? sibling.size : compress(raw).length;
}

async function byteSizes(dir) {
  const names = (await readdir(dir, { recursive: true })).sort();
  const rows = [];
  for (const name of names) {
    const file = join(dir, name);
    if (!(await stat(file)).isFile() || /\.(gz|br)$/.test(name)) continue;
    const raw = await readFile(file);
    rows.push({
      file: name,
      raw: raw.length,
      gzip: await compressedSize(file, ".gz", raw, (b) => gzipSync(b, { level: 9 })),
      brotli: await compressedSize(file, ".br", raw, (b) =>
        brotliCompressSync(b, { params: { [zc.BROTLI_PARAM_QUALITY]: 11, [zc.BROTLI_PARAM_SIZE_HINT]: b.length } }),
      ),
    });
  }
  return rows;
}

// ---------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};
const stats = (xs) => {
  const v = xs.filter((x) => typeof x === "number");
  return v.length ? { median: median(v), min: Math.min(...v), max: Math.max(...v), runs: xs } : { median: null, min: null, max: null, runs: xs };
};
const ms = (x) => (x === null || x === undefined ? "–" : Math.round(x).toString());
const kib = (b) => `${(b / 1024).toFixed(1)} KiB`;
const pad = (s, n) => String(s).padStart(n);

async function main() {
  const distArg = resolve(opts.dist);
  const repoDist = await realpath(DEFAULT_DIST).catch(() => DEFAULT_DIST);
  const distReal = await realpath(distArg).catch(() => {
    throw new Error(`${distArg} does not exist (run \`./run build\` first)`);
  });
  if (!(await stat(join(distReal, "index.html")).catch(() => null))) throw new Error(`${distReal}/index.html is missing`);
  let dir = distReal;
  let temp = null;
  if (distReal === repoDist || !relative(repoDist, distReal).startsWith("..")) {
    temp = await mkdtemp(join(tmpdir(), "dianli-bench-"));
    await cp(distReal, temp, { recursive: true });
    dir = temp;
  }
  await rm(join(dir, STATIC_FILE), { force: true });
  const bytes = await byteSizes(dir);

  const srv = await startServer({ root: dir, encoded: true, gzipOnly: opts.gzip });
  await srv.warm();
  const browser = await launchBrowser();
  const log = (s) => process.stderr.write(s);
  try {
    log(`serving ${dir} at ${srv.url}; ${browser.version()}\n`);
    const staticPage = await makeStaticPage(browser, srv.origin, dir);
    log(`wrote ${staticPage.path} (${staticPage.bytes} bytes; removed ${staticPage.removed.join(", ")})\n`);
    await srv.warm();

    const pages = [
      { key: "app", label: "app result (share link)", url: `${srv.origin}/${SHARE_LINK}`, mark: "date" },
      { key: "static", label: "static result (HTML+CSS)", url: `${srv.origin}/${STATIC_FILE}`, mark: "date" },
      { key: "start", label: "start page #/", url: `${srv.origin}/${START_LINK}`, mark: "h1" },
    ];
    const runs = Object.fromEntries(pages.map((p) => [p.key, []]));
    // Interleaved, so slow spells of the machine hit every page alike.
    for (let i = 0; i < RUNS; i++) {
      for (const p of pages) {
        const r = await measure(browser, p.url, p.mark);
        runs[p.key].push(r);
        log(`run ${i + 1}/${RUNS} ${p.key.padEnd(6)} readable ${ms(r.readable)} ms (${r.readableFrom}), FCP ${ms(r.fcp)} ms, load ${ms(r.load)} ms, ${r.transferred} B\n`);
      }
    }

    const metric = (key, field) => stats(runs[key].map((r) => r[field]));
    const results = {};
    for (const p of pages) {
      results[p.key] = {
        url: p.url.replace(srv.origin + "/", ""),
        element: p.mark === "date" ? DATE_SEL : H1_SEL,
        readable: metric(p.key, "readable"),
        inDom: metric(p.key, "dom"),
        firstPaint: metric(p.key, "firstPaint"),
        fcp: metric(p.key, "fcp"),
        lcp: metric(p.key, "lcp"),
        lcpIsFcp: runs[p.key].map((r) => r.lcpIsFcp),
        lcpElement: runs[p.key].map((r) => r.lcpElement),
        domContentLoaded: metric(p.key, "domContentLoaded"),
        load: metric(p.key, "load"),
        lastByte: metric(p.key, "lastByte"),
        transferred: metric(p.key, "transferred"),
        transferredBeforeReadable: metric(p.key, "transferredBeforeReadable"),
        readableFrom: runs[p.key].map((r) => r.readableFrom),
        visible: runs[p.key].map((r) => r.visible),
        inViewport: runs[p.key].map((r) => r.inViewport),
        elementTop: runs[p.key].map((r) => r.top),
        files: runs[p.key][0].files,
        received: runs[p.key][0].received,
        errors: runs[p.key].flatMap((r) => r.errors),
      };
    }
    const ratio = results.app.readable.median / results.static.readable.median;

    // --- timings table
    const out = [];
    out.push(
      `Phone profile: latency ${PHONE.network.latency} ms, ${(PHONE.network.downloadThroughput * 8) / 1e6} Mbps down, ` +
        `${(PHONE.network.uploadThroughput * 8) / 1e6} Mbps up, CPU ×${PHONE.cpuRate}; 390×844 @2x touch; ` +
        `${RUNS} run(s) each, cold cache; ms from navigation start`,
    );
    out.push("");
    out.push(`${"page".padEnd(26)}${"measure".padEnd(34)}${pad("median", 8)}${pad("min", 8)}${pad("max", 8)}`);
    for (const p of pages) {
      const r = results[p.key];
      const what = p.mark === "date" ? "date" : "h1";
      const rows = [
        [`${what} readable (painted)`, r.readable],
        [`${what} in DOM`, r.inDom],
        ["first paint", r.firstPaint],
        ["first contentful paint", r.fcp],
        ["largest contentful paint", r.lcp],
        ["load event", r.load],
        ["last byte received", r.lastByte],
      ];
      rows.forEach(([label, s], i) =>
        out.push(`${(i ? "" : p.label).padEnd(26)}${label.padEnd(34)}${pad(ms(s.median), 8)}${pad(ms(s.min), 8)}${pad(ms(s.max), 8)}`),
      );
    }
    out.push("");
    out.push(`ratio app / static, result readable (medians): ${ratio.toFixed(2)}×`);
    out.push(
      `ratio app / static, first contentful paint: ${(results.app.fcp.median / results.static.fcp.median).toFixed(2)}×`,
    );
    const notes = pages
      .filter((p) => results[p.key].readableFrom.some((f) => !f.startsWith("element-timing")))
      .map((p) => p.key);
    if (notes.length) out.push(`note: no Element Timing entry (element painted off screen?) for ${notes.join(", ")}; next frame used`);
    const hidden = pages.filter((p) => results[p.key].visible.some((v) => v === false)).map((p) => p.key);
    if (hidden.length) out.push(`note: the element was not visible when it appeared for ${hidden.join(", ")}`);
    for (const p of pages) {
      const r = results[p.key];
      if (r.inViewport.some((v) => v === false)) {
        out.push(
          `note: ${p.key}: the element is ${median(r.elementTop.filter((t) => t !== null))} px from the top, ` +
            `below the ${VIEWPORTS.phone.viewport.height} px screen: painted then, read after scrolling`,
        );
      }
    }

    // --- bytes table
    out.push("");
    out.push(`Files in ${dir === temp ? `${distReal} (copy)` : dir}:`);
    out.push(`${"file".padEnd(44)}${pad("raw", 10)}${pad("gzip -9", 10)}${pad("brotli 11", 10)}`);
    for (const b of bytes) out.push(`${b.file.padEnd(44)}${pad(b.raw, 10)}${pad(b.gzip, 10)}${pad(b.brotli, 10)}`);
    const total = (k) => bytes.reduce((s, b) => s + b[k], 0);
    const totals = { raw: total("raw"), gzip: total("gzip"), brotli: total("brotli") };
    out.push(`${"TOTAL".padEnd(44)}${pad(totals.raw, 10)}${pad(totals.gzip, 10)}${pad(totals.brotli, 10)}`);
    out.push(`${"".padEnd(44)}${pad(kib(totals.raw), 10)}${pad(kib(totals.gzip), 10)}${pad(kib(totals.brotli), 10)}`);
    out.push(`(${STATIC_FILE}: ${staticPage.bytes} bytes raw, ${gzipSync(await readFile(staticPage.path), { level: 9 }).length} gzip -9)`);
    out.push("");
    out.push("First visit, bytes transferred (compressed bodies + headers, CDP encodedDataLength):");
    for (const p of pages) {
      const r = results[p.key];
      const files = r.files.map((f) => `${f.url.replace(/#.*/, "").split("/").pop() || "/"} ${f.bytes ?? "(unfinished)"} ${f.encoding}`).join(", ");
      out.push(`  ${p.label.padEnd(28)}${pad(r.transferred.median, 8)} B (${kib(r.transferred.median)}): ${files}`);
    }
    out.push("  of which finished loading before the element was readable (CDP loadingFinished time <= readable time):");
    for (const p of pages) {
      const r = results[p.key];
      const run0 = runs[p.key][0];
      const late = run0.files
        .filter((f) => f.finished === null || run0.readable === null || f.finished > run0.readable)
        .map((f) => `${f.url.replace(/#.*/, "").split("/").pop() || "/"} at ${ms(f.finished)} ms`);
      out.push(
        `  ${p.label.padEnd(28)}${pad(r.transferredBeforeReadable.median, 8)} B (${kib(r.transferredBeforeReadable.median ?? 0)})` +
          `${late.length ? `; after it, in run 1 (readable ${ms(run0.readable)} ms): ${late.join(", ")}` : ""}`,
      );
    }
    const accepts = [...new Set(srv.requests.map((r) => r.acceptEncoding))];
    const encodings = [...new Set(srv.requests.filter((r) => r.status === 200).map((r) => r.encoding))];
    out.push(`  browser Accept-Encoding: ${accepts.join(" | ")}; served as: ${encodings.join(", ")}`);
    const errors = pages.flatMap((p) => results[p.key].errors.map((e) => `${p.key}: ${e}`));
    if (errors.length) out.push(`page errors:\n  ${errors.join("\n  ")}`);

    // --- summary: the three numbers asked about most
    const appFiles = results.app.files;
    const appEncodings = [...new Set(appFiles.map((f) => f.encoding))].join("/");
    const start = results.start;
    const lcpRuns = start.lcpIsFcp.filter((x) => x === true).length;
    const lcpEl = start.lcpElement[0];
    const describe = (e) =>
      !e
        ? "none"
        : e.tag
          ? `<${e.tag}${e.id ? ` id="${e.id}"` : ""}${e.class ? ` class="${e.class}"` : ""}>${e.text ? ` "${e.text}"` : ""} (${e.size} px²)`
          : `(element gone${e.id ? `, id ${e.id}` : ""}, ${e.size} px²)`;
    const sameEl = start.lcpElement.every((e) => describe(e) === describe(lcpEl));
    const summary = {
      bytesBeforeReadable: {
        median: results.app.transferredBeforeReadable.median,
        runs: results.app.transferredBeforeReadable.runs,
        totalTransferred: results.app.transferred.median,
        encodings: appEncodings,
      },
      ratioReadable: { ratio, app: results.app.readable.median, static: results.static.readable.median },
      startLcp: {
        lcp: start.lcp.median,
        fcp: start.fcp.median,
        firstPaint: start.firstPaint.median,
        lcpIsFcp: start.lcpIsFcp,
        lcpElement: lcpEl,
      },
    };
    out.push("");
    out.push("Summary (medians):");
    out.push(
      `  (a) share link, bytes transferred before the result is readable: ${summary.bytesBeforeReadable.median} B ` +
        `(${kib(summary.bytesBeforeReadable.median ?? 0)}; served as ${appEncodings}, bodies + headers), ` +
        `of ${summary.bytesBeforeReadable.totalTransferred} B (${kib(summary.bytesBeforeReadable.totalTransferred)}) in all`,
    );
    out.push(
      `  (b) ratio app / static, result readable: ${ratio.toFixed(2)}× ` +
        `(${ms(summary.ratioReadable.app)} ms / ${ms(summary.ratioReadable.static)} ms)`,
    );
    out.push(
      `  (c) start page: LCP ${ms(start.lcp.median)} ms, first contentful paint ${ms(start.fcp.median)} ms ` +
        `(first paint ${ms(start.firstPaint.median)} ms); LCP == first contentful paint: ` +
        `${lcpRuns === RUNS ? "yes" : lcpRuns === 0 ? "no" : "sometimes"} (${lcpRuns}/${RUNS} runs; ` +
        `LCP/FCP per run: ${runs.start.map((r) => `${ms(r.lcp)}/${ms(r.fcp)}`).join(", ")} ms)`,
    );
    out.push(`      LCP element: ${describe(lcpEl)}${sameEl ? "" : ` in run 1; others: ${start.lcpElement.slice(1).map(describe).join("; ")}`}`);
    console.log(out.join("\n"));

    if (opts.json) {
      const report = {
        date: new Date().toISOString(),
        browser: `Chromium ${browser.version()}`,
        node: process.version,
        dist: distReal,
        served: dir,
        runs: RUNS,
        profile: { ...PHONE, viewport: VIEWPORTS.phone },
        pages: results,
        ratioReadable: ratio,
        ratioFcp: results.app.fcp.median / results.static.fcp.median,
        summary,
        staticPage,
        files: bytes,
        totals,
        acceptEncoding: accepts,
        servedEncodings: encodings,
        rawRuns: runs,
      };
      await writeFile(opts.json, JSON.stringify(report, null, 2) + "\n");
      log(`wrote ${opts.json}\n`);
    }
  } finally {
    await browser.close();
    await srv.close();
    if (temp) {
      if (opts.keep) log(`kept ${temp}\n`);
      else await rm(temp, { recursive: true, force: true });
    }
  }
}

await main();
