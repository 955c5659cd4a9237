// Offline and installable: after one visit the app works with no network (a
// service-hall Wi-Fi drop, a basement): the service worker the release build
// writes caches every built file; a reload offline still shows the result. The
// page links a web app manifest so it can be added to a home screen.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { waitForApp, DIST, serveAndLaunch } from "./helpers.mjs";
import { startServer } from "./serve.mjs";

let browser;
let server;
serveAndLaunch((up) => ({ server, browser } = up));

const RESULT =
  "#/result?jurisdiction=liuzhou&area=urban&customer=business&capacity=2000kVA&voltage=10kv&supply=dual&kind=new&start=2026-06-10";

test("after one visit the result shows offline, from the service worker's cache", { timeout: 90_000 }, async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: "allow" });
  try {
    const page = await context.newPage();
    await page.goto(new URL(`index.html${RESULT}`, server.url).href);
    await waitForApp(page);
    const online = await page.locator("[data-date]").getAttribute("data-date");
    // The worker is installed and controls the page (every file cached first).
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((r) => navigator.serviceWorker.addEventListener("controllerchange", r, { once: true }));
      }
    });
    await context.setOffline(true);
    await page.reload();
    await waitForApp(page);
    assert.equal(await page.locator("[data-date]").getAttribute("data-date"), online);
    // Another place's result, loaded afresh: its policy file comes from the
    // cache too (the worker installs every file, not only those this visit used).
    // (From a blank page: a new fragment in the same document makes the
    // share-link bundle reload by itself, which a reload here would cut short.)
    await page.goto("about:blank");
    await page.goto(new URL(`index.html${RESULT.replace("liuzhou", "yangjiang").replace("10kv", "lv").replace("2000kVA", "100kVA")}`, server.url).href);
    await page.reload();
    await waitForApp(page);
    assert.match(await page.locator("[data-date]").first().getAttribute("data-date"), /^\d{4}-\d{2}-\d{2}$/);
    // Another page of the app works too (a new address, same document).
    await page.goto(new URL("index.html#/?lang=en", server.url).href);
    await page.locator("#app h1").waitFor();
    assert.match(await page.locator("#app h1").textContent(), /Electricity connection/);
  } finally {
    await context.close();
  }
});

test("with the server gone, a share link whose own bundle was never cached opens in the full app", { timeout: 90_000 }, async () => {
  // A server of its own, stopped halfway: the browser's offline switch does
  // not reach the service worker's own fetches.
  const own = await startServer({ root: DIST });
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: "allow" });
  try {
    // A first visit to the start page installs the worker (the full app, the
    // policy files); the share-link bundle is never fetched.
    const page = await context.newPage();
    const fetched = [];
    page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(new URL("index.html#/", own.url).href);
    await waitForApp(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((r) => navigator.serviceWorker.addEventListener("controllerchange", r, { once: true }));
      }
    });
    const index = readFileSync(join(DIST, "index.html"), "utf8");
    const resWasm = index.match(/data-reszhhans-wasm="\.\/([^"]+)"/)[1];
    const fullWasm = index.match(/data-wasm=\.\/(\S+_bg\.wasm)/)[1];
    assert.ok(!fetched.some((p) => p.endsWith(resWasm)), "the start page does not fetch the share-link bundle");
    await own.close();
    const share = await context.newPage();
    const served = [];
    share.on("requestfinished", (r) => served.push(new URL(r.url()).pathname));
    await share.goto(new URL(`index.html${RESULT}`, own.url).href);
    await share.locator("[data-date]").first().waitFor({ timeout: 30_000 });
    assert.equal(await share.locator("[data-date]").first().getAttribute("data-date"), "2026-07-15");
    assert.equal(await share.locator("html").getAttribute("data-bundle"), "reszhhans", "the address asked for the share-link bundle");
    assert.ok(served.some((p) => p.endsWith(fullWasm)), `the full app's wasm came from the cache: ${served.join(", ")}`);
    assert.ok(!served.some((p) => p.endsWith(resWasm)), "the share-link bundle could not be had");
  } finally {
    await context.close();
    await own.close();
  }
});

test("a new build's worker replaces the old cache", { timeout: 30_000 }, async () => {
  const sw = readFileSync(join(DIST, "sw.js"), "utf8");
  const cache = sw.match(/const CACHE = "(dianli-[0-9a-f]{12})"/)?.[1];
  assert.ok(cache, "the cache is named after the build");
  const assets = JSON.parse(sw.match(/const ASSETS = (\[.*\]);/)[1]);
  assert.ok(assets.includes("index.html"));
  assert.ok(assets.some((a) => /_bg\.wasm$/.test(a)), "the wasm is cached");
  const policy = Object.values(JSON.parse(readFileSync(join(DIST, "index.html"), "utf8").match(/data-policy="([^"]+)"/)[1].replaceAll("&quot;", '"')));
  assert.equal(policy.length, 7, "each place, the national rules and the calendar");
  for (const f of policy) assert.ok(assets.includes(f.replace(/^\.\//, "")), `${f} is cached`);
  assert.ok(!assets.some((a) => /\.(gz|br)$/.test(a)), "not the precompressed copies");
  // The officials' bundle and the share-link bundles are cached when first
  // used, never installed: an applicant's phone never downloads the first,
  // and the full app (installed) shows a share link offline too.
  const index = readFileSync(join(DIST, "index.html"), "utf8");
  const officials = [...index.matchAll(/data-wb-(?:js|wasm)="\.\/([^"]+)"/g)].map((m) => m[1]);
  assert.equal(officials.length, 2, "the boot tag names the officials' module and wasm");
  const shareLink = [...index.matchAll(/data-res[a-z]*-(?:js|wasm)="\.\/([^"]+)"/g)].map((m) => m[1]);
  assert.equal(shareLink.length, 6, "the boot tag names each language's share-link module and wasm");
  // So are the places in zh-Hans alone, which only the zh-Hans share-link bundle reads.
  const hans = Object.values(JSON.parse(index.match(/data-policy-zh-hans="([^"]+)"/)[1].replaceAll("&quot;", '"')))
    .map((f) => f.replace(/^\.\//, ""))
    .filter((f) => /\.zh-hans-/.test(f));
  assert.equal(hans.length, 6, "each place and the national rules in zh-Hans");
  const onUse = JSON.parse(sw.match(/const ON_USE = (\[.*\]);/)[1]);
  assert.deepEqual(onUse.sort(), [...officials, ...shareLink, ...hans].sort());
  assert.ok(![...officials, ...shareLink, ...hans].some((f) => assets.includes(f)), "not installed with the app");
  assert.match(sw, /k\.startsWith\("dianli-"\) && k !== CACHE/, "old caches are deleted on activation");
});

test("the page links a web app manifest with a name, start URL and icon", { timeout: 30_000 }, async () => {
  const html = readFileSync(join(DIST, "index.html"), "utf8");
  assert.match(html, /rel=("?)manifest\1/);
  const manifest = JSON.parse(readFileSync(join(DIST, "manifest.webmanifest"), "utf8"));
  assert.match(manifest.name, /电力接入自助评估/);
  assert.equal(manifest.display, "standalone");
  assert.equal(manifest.start_url, "./index.html");
  assert.ok(manifest.icons.length > 0);
});
