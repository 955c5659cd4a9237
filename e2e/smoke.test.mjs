// Smoke test: the built app loads, renders, has the right title and language,
// passes axe-core with no violations on a phone and a desktop, talks to nobody
// but its own server, and works under a sub-path inside an iframe (how portals
// embed it); index.html's pre-rendered start page matches the app's; a first
// visit stays within its byte budget. Screenshots go to e2e/screenshots/.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import {
  APP_ROOT,
  bundleWasm,
  TITLE,
  serveApp,
  openApp,
  waitForApp,
  screenshot,
  axeViolations,
  formatViolations,
  trackErrors,
  DIST,
  serveAndLaunch,
} from "./helpers.mjs";

// What a first visit may transfer, gzipped (295 KiB measured with the officials'
// pages in a bundle of their own; 318 KiB with the capacity helper, #/load,
// which added 23.4 KiB: the budget grew by that, rounded up to 24 KiB; 353.1 KiB
// with water, gas and telecom beside electricity, which added 32.0 KiB measured
// (321.1 KiB before, this test's own count): 9.7 KiB of it District X's data and
// the audit's, the rest the engine, sentences and section; the budget grew by
// that, rounded up to 32 KiB; 357.7 KiB with the result's summary panel, its
// folded sections and the hand-off by device (system share, the kiosk's QR code
// at the top), which added 5.0 KiB measured: the budget grew by that, rounded
// up to 5 KiB; 364.1 KiB with hostile-input checks (strict JSON, escaped echoes,
// chain limits, a holiday warning over every date) and an official's own pack
// (inclusive and exclusive caps, day kinds compared by date, expired rules),
// which added 6.0 KiB: the budget grew by 7 KiB, keeping about 2 KiB of room;
// the quote checks stay out of this bundle, on the officials' pages and in
// `estimate`). 318.0 KiB (2026-12-03, this test's count) with the policy data
// out of the wasm, as files a page fetches when it needs them (the start page
// none) and the JS glue minified (-1.8 KiB): the budget fell to 320 KiB.
// 303.2 KiB (2026-12-04) with one sort in the wasm instead of one per type
// and the result's read-only sections written as markup: the budget fell to
// 304 KiB. 295.6 KiB (2026-12-04) with the site's header and footer and the
// whole result written as markup: 296 KiB; 294.9 KiB with the officials'
// styles left to their pages: 295 KiB. 285.4 KiB (2026-12-04, later) with
// wasm-opt -O2 and short import names: 286 KiB; 284.5 KiB with boot.js
// minified: 285 KiB. 280.8 KiB with wasm-opt -ocimfs=20: 281 KiB. The goal
// is 120 KB; the app is not there yet (see README, "Measured"), so this only
// stops it growing.
const FIRST_VISIT_BUDGET_BYTES = 281 * 1024;
// What a share link may transfer before its result shows, gzipped: the result's
// own bundle (no questions, check, capacity helper or start page), its place,
// the national rules and the calendar: 310.0 KiB (2026-12-03, this test's
// count) against 318.6 KiB for the full app's first visit; 275.4 KiB
// (2026-12-04) with a bundle per language (the others' strings left out), one
// sort for every type and no other place's data: the budget fell to 276 KiB;
// 219.9 KiB (2026-12-04) with a share-link page without Yew: 220 KiB; 198.8
// KiB with no checks of the built-in data again, no officials' styles and the
// places in zh-Hans alone: 199 KiB; 180.2 KiB (2026-12-04, later) with one
// language's sentences only, no form wording or messages, wasm-opt -O2, short
// import names and the router inline: 181 KiB; 179.3 KiB with boot.js
// minified: 180 KiB; 177.8 KiB with wasm-opt -ocimfs=20: 178 KiB. The goal
// is 160 KB gzipped (156.6 KB as brotli; see README, "Measured").
const SHARE_LINK_BUDGET_BYTES = 178 * 1024;

let browser;
let server;
serveAndLaunch((up) => ({ server, browser } = up));

for (const device of ["phone", "desktop"]) {
  test(`app renders and is accessible on ${device}`, { timeout: 120_000 }, async () => {
    const app = await openApp(browser, server.url, device);
    try {
      const { page, requests, errors } = app;

      assert.match(await page.title(), new RegExp(TITLE), "document title");
      assert.equal(await page.getAttribute("html", "lang"), "zh-Hans", "html lang");
      const text = (await page.textContent(APP_ROOT)).trim();
      assert.ok(text.length > 0, `${APP_ROOT} rendered nothing`);

      // Let the page settle, then check it stays quiet on the network.
      await page.waitForLoadState("networkidle");
      requests.mark();
      await page.waitForTimeout(500);
      assert.deepEqual(
        requests.sinceMark().map((r) => r.url),
        [],
        "network requests after the app had rendered",
      );
      const foreign = requests.all.filter((r) => !r.url.startsWith(server.origin) && !r.url.startsWith("data:"));
      assert.deepEqual(foreign, [], "requests to other origins");
      assert.deepEqual(await app.context.cookies(), [], "cookies");

      const shot = await screenshot(page, `smoke-${device}`);
      console.log(`screenshot: ${shot}`);

      const violations = await axeViolations(page);
      assert.equal(violations.length, 0, `axe-core violations on ${device}:\n${formatViolations(violations)}`);

      assert.deepEqual(errors, [], "uncaught errors / console errors");
    } finally {
      await app.close();
    }
  });
}

test("works under a sub-path inside an iframe", { timeout: 120_000 }, async (t) => {
  if (process.env.E2E_BASE_URL) return t.skip("E2E_BASE_URL set: sub-path check needs the local server");
  const sub = await serveApp({ base: "/tools/electricity/" });
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  try {
    const page = await context.newPage();
    const errors = trackErrors(page);
    // A portal page on the same server origin embedding the tool in an iframe
    // (its own document: not under the tool's Content-Security-Policy).
    await page.goto(`${sub.origin}/tools/electricity/`);
    await waitForApp(page);
    const portal = `${sub.origin}/portal.html`;
    await context.route(portal, (route) =>
      route.fulfill({
        contentType: "text/html; charset=utf-8",
        body:
          `<!DOCTYPE html><html lang="en"><title>portal</title><body>` +
          `<iframe title="${TITLE}" src="${sub.url}" style="width:100%;height:600px;border:0"></iframe></body></html>`,
      }),
    );
    await page.goto(portal);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    assert.ok(frame, "iframe frame");
    await frame.waitForLoadState("load");
    await waitForApp(frame);
    const failed = sub.requests.filter((r) => r.status >= 400);
    assert.deepEqual(failed, [], "requests that failed under the sub-path");
    assert.deepEqual(errors, [], "uncaught errors / console errors");
  } finally {
    await context.close();
    await sub.close();
  }
});

/**
 * In the page: what a reader meets on the start page inside `selector` (the
 * pre-rendered copy, #prerender, or the app, #app), whitespace normalised:
 * header, the start page in <main>, footer, each as its headings, paragraphs and
 * list items in order, and its links (text, address, role and state).
 */
function startPageParts(selector) {
  const root = document.querySelector(selector);
  if (!root) return null;
  const norm = (s) => s.replace(/\s+/g, " ").trim();
  const read = (el) =>
    el && {
      blocks: [...el.querySelectorAll("h1, h2, h3, p, li")].map((e) => `${e.localName}: ${norm(e.textContent)}`),
      links: [...el.querySelectorAll("a")].map((a) =>
        [norm(a.textContent), ...["href", "role", "aria-current", "aria-pressed", "lang"].map((n) => `${n}=${a.getAttribute(n)}`)].join(" "),
      ),
      labels: [...el.querySelectorAll("[aria-label]")].map((e) => `${e.localName}: ${e.getAttribute("aria-label")}`),
    };
  return {
    header: read(root.querySelector("header")),
    // The pre-rendered <main> also holds "loading…" for other addresses (hidden here).
    start: read(root.querySelector("main .start")),
    footer: read(root.querySelector("footer")),
  };
}

test("index.html's pre-rendered start page says what the app's start page says", { timeout: 60_000 }, async () => {
  // The served index.html before any script runs: the pre-rendered copy.
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "zh-CN" });
  let prerendered;
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    prerendered = await page.evaluate(startPageParts, "#prerender");
  } finally {
    await context.close();
  }
  assert.ok(prerendered?.start, "dist/index.html has a pre-rendered start page (#prerender main .start)");
  assert.ok(prerendered.start.blocks.some((b) => b.startsWith("h1: ")), "the pre-rendered page has a heading");

  const app = await openApp(browser, server.url, "phone");
  try {
    assert.equal(await app.page.locator("#prerender").count(), 0, "the app removed the pre-rendered copy");
    const rendered = await app.page.evaluate(startPageParts, "#app");
    for (const part of ["header", "start", "footer"]) {
      assert.deepEqual(prerendered[part], rendered[part], `${part}: index.html's pre-rendered copy differs from the app's start page`);
    }
  } finally {
    await app.close();
  }
});

/**
 * The files a fresh phone visit to `address` fetched, each gzipped -9 from
 * dist/, less the policy files `later` names (fetched once the page is drawn,
 * for the next page or offline: how many did in time varies).
 */
async function firstVisit(address, later = () => false) {
  const first = server.requests.length;
  const app = await openApp(browser, address, "phone");
  try {
    const timing = await app.page.evaluate(() => {
      const nav = performance.getEntriesByType("navigation")[0];
      return { load: Math.round(nav.loadEventEnd), shown: Math.round(performance.now()) };
    });
    const files = [...new Set(server.requests.slice(first).map((r) => new URL(r.path, server.url).pathname))].filter(
      (f) => !later(f),
    );
    let total = 0;
    const rows = files.map((path) => {
      const file = path.endsWith("/") ? "index.html" : path.slice(1);
      const gz = gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
      total += gz;
      return `${String(gz).padStart(8)}  ${file}`;
    });
    const bundle = await app.page.getAttribute("html", "data-bundle");
    const report = `${rows.join("\n")}\n${String(total).padStart(8)}  total; load event ${timing.load} ms, app shown by ${timing.shown} ms`;
    return { files, total, report, bundle };
  } finally {
    await app.close();
  }
}

test("a first visit stays within its byte budget (gzipped)", { timeout: 60_000 }, async (t) => {
  if (process.env.E2E_BASE_URL) return t.skip("E2E_BASE_URL set: sizes are read from dist/");
  const { files, total, report } = await firstVisit(server.url);
  console.log(`first visit (gzip -9):\n${report}`);
  assert.ok(files.some((f) => f.endsWith(bundleWasm(""))), `the full app's wasm was fetched: ${files}`);
  const officials = bundleWasm("wb-");
  assert.ok(officials, "the build has an officials' bundle");
  assert.ok(!files.some((f) => f.endsWith(officials)), `the officials' bundle is not part of a first visit: ${files}`);
  assert.ok(!files.some((f) => f.endsWith(bundleWasm("reszhhans-"))), `nor the share-link bundle: ${files}`);
  assert.ok(!files.some((f) => /workbench-[0-9a-f]+\.css$/.test(f)), `nor the officials' styles: ${files}`);
  assert.ok(total <= FIRST_VISIT_BUDGET_BYTES, `${total} bytes gzipped > budget ${FIRST_VISIT_BUDGET_BYTES}`);
});

test("a share link loads the result's own bundle and stays within its byte budget (gzipped)", { timeout: 60_000 }, async (t) => {
  if (process.env.E2E_BASE_URL) return t.skip("E2E_BASE_URL set: sizes are read from dist/");
  const share = new URL(
    "index.html#/result?jurisdiction=yangjiang&area=rural&customer=small_micro&capacity=100kVA&voltage=lv&start=2026-09-30",
    server.url,
  ).href;
  const { files, total, report, bundle } = await firstVisit(share);
  console.log(`share link (gzip -9):\n${report}`);
  assert.equal(bundle, "reszhhans");
  const data = files.filter((f) => f.startsWith("/data/"));
  const places = data.map((f) => f.split("/").pop().replace(/(\.zh-hans)?-[0-9a-f]+\.json$/, ""));
  assert.deepEqual(places.sort(), ["calendar", "national", "yangjiang"], "its own place's data and no other");
  // The places in zh-Hans alone (what the zh-Hans bundle reads), smaller than in three languages.
  const hans = data.filter((f) => !f.includes("/calendar-"));
  assert.ok(hans.length === 2 && hans.every((f) => /\.zh-hans-[0-9a-f]+\.json$/.test(f)), `the zh-Hans files: ${data}`);
  for (const f of hans) {
    const three = readdirSync(join(DIST, "data")).find((n) => n.startsWith(`${f.split("/").pop().split(".zh-hans-")[0]}-`) && n.endsWith(".json"));
    assert.ok(statSync(join(DIST, f.slice(1))).size < statSync(join(DIST, "data", three)).size, `${f} smaller than ${three}`);
  }
  const own = bundleWasm("reszhhans-");
  assert.ok(own, "the build has a share-link bundle");
  assert.ok(files.some((f) => f.endsWith(own)), `the share-link wasm was fetched: ${files}`);
  assert.ok(!files.some((f) => f.endsWith(bundleWasm(""))), `not the full app's: ${files}`);
  assert.ok(!files.some((f) => f.endsWith(bundleWasm("wb-"))), `nor the officials': ${files}`);
  assert.ok(!files.some((f) => /workbench-[0-9a-f]+\.css$/.test(f)), `nor their styles: ${files}`);
  assert.ok(total <= SHARE_LINK_BUDGET_BYTES, `${total} bytes gzipped > budget ${SHARE_LINK_BUDGET_BYTES}`);
});

/** The (module, name) of every import of a wasm file. */
function wasmImports(bytes) {
  let p = 8;
  const leb = () => {
    let r = 0;
    let s = 0;
    let x;
    do {
      x = bytes[p++];
      r += (x & 0x7f) * 2 ** s;
      s += 7;
    } while (x & 0x80);
    return r;
  };
  const str = () => {
    const n = leb();
    p += n;
    return bytes.subarray(p - n, p).toString("utf8");
  };
  while (p < bytes.length) {
    const id = bytes[p++];
    const end = leb() + p;
    if (id === 2) return Array.from({ length: leb() }, () => {
      const pair = [str(), str()];
      const kind = bytes[p++];
      if (kind !== 0) throw new Error(`import kind ${kind}: only functions expected`);
      leb();
      return pair;
    });
    p = end;
  }
  return [];
}

test("every bundle imports its JS functions under short names (no hashes to download twice)", () => {
  const glues = readdirSync(DIST).filter((n) => /^dianli-app-[0-9a-f]+\.js$/.test(n));
  assert.equal(glues.length, 5, `the full app, the officials' and three share-link bundles: ${glues}`);
  for (const g of glues) {
    const imports = wasmImports(readFileSync(join(DIST, g.replace(/\.js$/, "_bg.wasm"))));
    const glue = readFileSync(join(DIST, g), "utf8");
    assert.ok(imports.length > 50, `${g}: ${imports.length} imports`);
    for (const [module, name] of imports) {
      assert.equal(module, "m", `${g}: import module`);
      assert.ok(name.length <= 2, `${g}: import ${name}`);
      assert.match(glue, new RegExp(`[{,]${name}:`), `${g}: the glue names ${name}`);
    }
    assert.doesNotMatch(glue, /__wbg_/, `${g}: no wasm-bindgen import name left`);
  }
});
