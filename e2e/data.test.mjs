// The policy data as files beside the app: a page downloads only what it
// shows. A share link's result needs its place, the national rules and the
// calendar; the start page needs none (it carries the places' names); the
// questions need every place, fetched once the user moves on. Files the page
// does not need are refused here, to prove it.

import { test } from "node:test";
import assert from "node:assert/strict";
import { VIEWPORTS, waitForApp, serveAndLaunch, trackErrors } from "./helpers.mjs";

let browser;
let server;
serveAndLaunch((up) => ({ server, browser } = up));

const SHARE =
  "index.html#/result?jurisdiction=yangjiang&area=rural&customer=small_micro&capacity=100kVA&voltage=lv&start=2026-09-30";

/** A phone page on `hash` whose policy files other than `allowed` fail; records which were asked for. */
async function open(hash, allowed) {
  const context = await browser.newContext({ ...VIEWPORTS.phone, locale: "zh-CN", serviceWorkers: "block" });
  const asked = [];
  // `<name>-<hash>.json`, or `<name>.zh-hans-<hash>.json` (the zh-Hans share-link bundle's).
  const file = /\/data\/([a-z-]+)(?:\.zh-hans)?-[0-9a-f]{16}\.json$/;
  await context.route(file, (route) => {
    const name = new URL(route.request().url()).pathname.match(file)[1];
    asked.push(name);
    return allowed === null || allowed.includes(name) ? route.continue() : route.abort();
  });
  const page = await context.newPage();
  const errors = trackErrors(page);
  await page.goto(new URL(hash, server.url).href);
  return { context, page, asked, errors };
}

test("a share link's result needs only its place, the national rules and the calendar", { timeout: 60_000 }, async () => {
  const full = await open(SHARE, null);
  const only = await open(SHARE, ["calendar", "national", "yangjiang"]);
  try {
    const date = async (p) => (await p.page.locator("[data-date]").first().getAttribute("data-date", { timeout: 30_000 }));
    const expected = await date(full);
    assert.equal(await date(only), expected, "the same date with the other places refused");
    assert.match(expected, /^\d{4}-\d{2}-\d{2}$/);
    // What boot.js asked for first: exactly those three.
    assert.deepEqual(only.asked.slice(0, 3).sort(), ["calendar", "national", "yangjiang"]);
    assert.deepEqual(only.errors.filter((e) => !/Failed to load resource/.test(e)), []);
  } finally {
    await full.context.close();
    await only.context.close();
  }
});

test("the start page needs no policy file; going on fetches them all", { timeout: 60_000 }, async () => {
  const p = await open("index.html#/", null);
  try {
    await waitForApp(p.page);
    await p.page.locator("#app h1").waitFor();
    assert.equal(await p.page.locator("#prerender").count(), 0, "the app has replaced the pre-rendered copy");
    const listed = await p.page.locator("#app .start li").allTextContents();
    assert.ok(listed.includes("广东省阳江市") && listed.includes("X区（国网供电区域）"), `places named: ${listed}`);
    await p.page.waitForTimeout(500);
    assert.deepEqual(p.asked, [], "no policy file before the user moves on");
    await p.page.getByRole("button", { name: "开始", exact: true }).click();
    await p.page.getByRole("radio", { name: "广东省阳江市" }).waitFor();
    assert.deepEqual([...new Set(p.asked)].sort(), ["calendar", "district-x", "liuzhou", "national", "shandong", "wanzhou", "yangjiang"]);
    assert.equal(await p.page.evaluate(() => document.activeElement?.id), "page-heading", "the question's heading has the focus");
  } finally {
    await p.context.close();
  }
});

test("when the policy files cannot be fetched the page says so, translated", { timeout: 60_000 }, async () => {
  const start = await open("index.html#/?lang=en", []);
  const share = await open(SHARE.replace("?", "?lang=en&"), []);
  try {
    await start.page.locator("#app h1").waitFor();
    await start.page.getByRole("button", { name: "Start now", exact: false }).click();
    await start.page.getByRole("alert").filter({ hasText: "policy data could not be loaded" }).waitFor();
    await share.page.getByRole("alert").filter({ hasText: "policy data could not be loaded" }).waitFor();
  } finally {
    await start.context.close();
    await share.context.close();
  }
});
