// The page belongs to its deployer. A strict Content-Security-Policy (no inline
// style, no inline script but the router allowed by its hash, scripts only from
// the page's origin, connect-src limited)
// holds on every page with no violation; a link's `policy=` pack is used only
// from an origin the deployer allows (same origin by default, more in the CSP's
// connect-src), never through a redirect, never from a non-web address, never
// larger than 2 MB or nested without end; markup in a pack shows as text; and a
// pack in use is always named on the page.

import { test } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { startServer, waitForApp, trackErrors, DIST, REPO_ROOT, serveAndLaunch } from "./helpers.mjs";

let browser;
let server;
serveAndLaunch((up) => ({ server, browser } = up));

const RESULT = "#/result?jurisdiction=district-x&area=urban&customer=business&capacity=30kVA&voltage=lv&external_works=yes&start=2026-04-30";

/** A page that records every CSP violation and console error. */
async function open(base, hash, { context } = {}) {
  const ctx = context ?? (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "zh-CN", serviceWorkers: "block" }));
  const page = await ctx.newPage();
  const problems = trackErrors(page);
  // Reported as console errors, so `problems` has them too.
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
    });
  });
  await page.goto(new URL(`index.html${hash}`, base).href);
  await waitForApp(page);
  return { context: ctx, page, problems };
}

test("the built page carries a strict Content-Security-Policy", () => {
  const html = readFileSync(join(DIST, "index.html"), "utf8");
  const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
  assert.ok(csp, "a CSP meta in dist/index.html");
  const dir = (name) => csp.split(";").map((d) => d.trim()).find((d) => d.startsWith(`${name} `));
  // One inline script, the router (static/route.js, written inline so a share
  // link's wasm is fetched with the page's first bytes), allowed by its hash.
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)];
  assert.equal(inline.length, 1, "one inline script");
  assert.match(inline[0][0], /^<script data-route>/, "the inline script is the router");
  const hash = createHash("sha256").update(inline[0][1]).digest("base64");
  assert.equal(dir("script-src"), `script-src 'self' 'wasm-unsafe-eval' 'sha256-${hash}'`);
  assert.doesNotMatch(csp, /unsafe-inline|'unsafe-eval'/);
  assert.equal(dir("object-src"), "object-src 'none'");
  assert.equal(dir("base-uri"), "base-uri 'none'");
  assert.match(dir("connect-src"), /^connect-src 'self'/);
  assert.equal(dir("style-src"), "style-src 'self'");
  assert.doesNotMatch(html, /\sstyle=/, "no inline style");
});

test("no CSP violation or console error on any page", { timeout: 180_000 }, async () => {
  const pages = [
    "#/",
    "#/form/where?jurisdiction=yangjiang",
    "#/check?jurisdiction=yangjiang&area=urban&customer=small_micro&capacity=50kVA&voltage=lv&start=2026-06-01",
    RESULT,
    `${RESULT}&accent=5b2a86&mode=embed`,
    `${RESULT}&mode=kiosk&care=1`,
    `${RESULT}&lang=en`,
    "#/compare",
    "#/rules/liuzhou",
    "#/check-pack",
    "#/scenarios?jurisdiction=yangjiang",
  ];
  for (const hash of pages) {
    const { context, page, problems } = await open(server.url, hash);
    try {
      await page.waitForTimeout(300);
      await page.emulateMedia({ media: "print" });
      await page.waitForTimeout(100);
      assert.deepEqual(problems, [], hash);
    } finally {
      await context.close();
    }
  }
});

/** A copy of dist/ whose CSP allows packs from `origins` too (a deployer's edit, no rebuild). */
async function distAllowing(origins) {
  const dir = await mkdtemp(join(tmpdir(), "dianli-dist-"));
  await cp(DIST, dir, { recursive: true });
  const index = join(dir, "index.html");
  const html = await readFile(index, "utf8");
  await writeFile(index, html.replace("connect-src 'self'", `connect-src 'self' ${origins.join(" ")}`));
  // The edit is all it takes: no compressed copy of index.html can undo it.
  assert.ok(!existsSync(`${index}.gz`) && !existsSync(`${index}.br`), "index.html is not precompressed");
  return dir;
}

function pack(name, extra = {}) {
  const dx = JSON.parse(readFileSync(join(REPO_ROOT, "policy", "district-x.json"), "utf8"));
  dx.name = { "zh-Hans": name, "zh-Hant": name, en: name };
  return JSON.stringify({
    about: { title: { "zh-Hans": "门户政策包", "zh-Hant": "門戶政策包", en: "Portal pack" }, issuer: { "zh-Hans": "X区门户", "zh-Hant": "X區門戶", en: "District X portal" }, date: "2026-10" },
    jurisdictions: { "district-x": dx },
    ...extra,
  });
}

async function refused(page, pattern) {
  const alert = page.getByRole("alert").filter({ hasText: pattern });
  await alert.waitFor({ timeout: 20_000 });
  return alert.textContent();
}

test("a pack from an origin the deployer has not allowed is refused, and the built-in data is used", { timeout: 120_000 }, async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "zh-CN", serviceWorkers: "block" });
  let requested = false;
  await context.route("https://other.example/**", (route) => {
    requested = true;
    return route.fulfill({ status: 200, contentType: "application/json", headers: { "access-control-allow-origin": "*" }, body: pack("（缴费账户 6222 …）") });
  });
  try {
    const { page } = await open(server.url, `${RESULT}&policy=${encodeURIComponent("https://other.example/pack.json")}`, { context });
    const text = await refused(page, "other.example");
    assert.match(text, /不在本页网站允许提供政策数据的网站之列/);
    assert.equal(requested, false, "not even requested");
    assert.doesNotMatch(await page.locator("#app").textContent(), /缴费账户/);
    assert.match(await page.locator("#app").textContent(), /X区（国网供电区域）/);
    const share = await page.locator("#share-link").inputValue();
    assert.doesNotMatch(share, /policy=/, "a refused pack is not passed on in shared links");
  } finally {
    await context.close();
  }
});

test("javascript: and data: addresses are refused", { timeout: 60_000 }, async () => {
  for (const [policy, scheme] of [
    ["javascript:alert(1)", "javascript"],
    [`data:application/json,${pack("数据地址")}`, "data"],
  ]) {
    const { context, page } = await open(server.url, `${RESULT}&policy=${encodeURIComponent(policy)}`);
    try {
      const text = await refused(page, scheme);
      assert.match(text, /只接受获准网站的网址/);
      assert.doesNotMatch(await page.locator("#app").textContent(), /数据地址/);
    } finally {
      await context.close();
    }
  }
});

test("an allowed origin's pack is used and named; markup in it is text; a redirect, a huge or a deeply nested pack is refused", { timeout: 180_000 }, async () => {
  const dir = await distAllowing(["https://portal.example"]);
  const local = await startServer({ root: dir });
  const cors = { "access-control-allow-origin": "*" };
  const markup = '<img src=x onerror="window.__owned=1">阳光区';
  const nested = `{"jurisdictions": ${"[".repeat(200)}${"]".repeat(200)}}`;
  const routes = {
    "/pack.json": { status: 200, body: pack(markup) },
    "/moved.json": { status: 302, headers: { location: "https://evil.example/pack.json" } },
    "/huge.json": { status: 200, body: pack("大文件", { padding: "x".repeat(3 * 1024 * 1024) }) },
    "/nested.json": { status: 200, body: nested },
  };
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "zh-CN", serviceWorkers: "block" });
  let evil = false;
  await context.route("https://evil.example/**", (route) => {
    evil = true;
    return route.fulfill({ status: 200, headers: cors, body: pack("（缴费账户 6222 …）") });
  });
  await context.route("https://portal.example/**", (route) => {
    const r = routes[new URL(route.request().url()).pathname];
    return route.fulfill({ contentType: "application/json", ...r, headers: { ...cors, ...(r.headers ?? {}) } });
  });
  try {
    // Allowed: used, named (title, publisher, date, not the built-in data), markup shown as text.
    let { page, problems } = await open(local.url, `${RESULT}&policy=${encodeURIComponent("https://portal.example/pack.json")}`, { context });
    await page.locator("[data-date]").first().waitFor();
    const body = await page.locator("#app").textContent();
    assert.match(body, /门户政策包/);
    assert.match(body, /X区门户/);
    assert.match(body, /2026-10/);
    assert.match(body, /不是本工具内置的数据/);
    assert.ok(body.includes(markup), "the markup is shown as text");
    assert.equal(await page.locator('img[src="x"]').count(), 0);
    assert.equal(await page.evaluate(() => window.__owned), undefined);
    assert.deepEqual(problems.filter((p) => /CSP/.test(p)), []);
    await page.close();

    for (const [path, why] of [
      ["/moved.json", /重定向/],
      ["/huge.json", /超过 2 MB/],
      ["/nested.json", /嵌套/],
    ]) {
      ({ page } = await open(local.url, `${RESULT}&policy=${encodeURIComponent(`https://portal.example${path}`)}`, { context }));
      const text = await refused(page, why);
      assert.match(text, why, path);
      assert.doesNotMatch(await page.locator("#app").textContent(), /缴费账户|大文件/);
      await page.close();
    }
    assert.equal(evil, false, "the redirect was not followed");
  } finally {
    await context.close();
    await local.close();
    await rm(dir, { recursive: true, force: true });
  }
});
