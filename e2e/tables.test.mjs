// The officials' tables read while scrolling: #/compare's headers stay in view
// as the page scrolls and its first column stays when it scrolls sideways, no
// clipping at 1280 px, every cell names its headers (WCAG H43), one unit per
// row, a CSV whose numbers sort; #/scenarios' controls for supply, external
// works and kind; #/check-pack takes a bare place file. Screenshots go to
// e2e/screenshots/tables-*.png.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT, openApp, screenshot, serveAndLaunch } from "./helpers.mjs";

let browser;
let server;
serveAndLaunch((up) => ({ server, browser } = up));

const url = (hash = "") => server.url + hash;

/** One CSV record's cells (quoted cells may hold commas and doubled quotes). */
function cells(line) {
  const out = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted && ch === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (ch === "," && !quoted) {
      out.push(cell);
      cell = "";
    } else {
      cell += ch;
    }
  }
  out.push(cell);
  return out;
}
const desktop = { viewport: { width: 1280, height: 800 } };

test("compare at 1280 px: nothing clipped; the headers stay in view while the page scrolls", { timeout: 120_000 }, async () => {
  const { page, errors, close } = await openApp(browser, url("#/compare?start=2026-06-01"), desktop);
  try {
    const table = page.locator("table.wb-compare-table");
    await table.waitFor();
    const fit = await page.evaluate(() => {
      const t = document.querySelector("table.wb-compare-table");
      const box = t.closest(".wb-scroll");
      return { table: t.getBoundingClientRect().right, box: box.getBoundingClientRect().right, page: document.documentElement.scrollWidth };
    });
    assert.ok(fit.table <= fit.box + 1, `the table ends at ${fit.table}, its box at ${fit.box}`);
    assert.ok(fit.page <= 1280, `the page is ${fit.page}px wide`);
    const head = page.locator("thead th[data-place]").first();
    await page.evaluate(() => window.scrollTo(0, document.querySelector("tr[data-measure]:last-child").getBoundingClientRect().top + window.scrollY - 300));
    const box = await head.boundingBox();
    assert.ok(box.y >= -1 && box.y < 20, `the places' header is at y=${box.y} after scrolling the page`);
    assert.equal(await page.locator("tbody th.wb-rowhead").first().evaluate((el) => getComputedStyle(el).position), "sticky");
    await page.screenshot({ path: join(REPO_ROOT, "e2e", "screenshots", "tables-compare-scrolled-1280.png") });
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test("compare: every cell names its place, group and case headers (H43); caps in one unit with the source's own", { timeout: 120_000 }, async () => {
  const { page, close } = await openApp(browser, url("#/compare?start=2026-06-01"), desktop);
  try {
    await page.locator("table.wb-compare-table").waitFor();
    const bad = await page.$$eval("table.wb-compare-table td", (tds) =>
      tds
        .filter((td) => {
          const ids = (td.getAttribute("headers") || "").split(/\s+/).filter(Boolean);
          return ids.length !== 3 || ids.some((id) => !document.getElementById(id)?.matches("th"));
        })
        .map((td) => td.outerHTML.slice(0, 120)),
    );
    assert.deepEqual(bad, []);
    const zero = await page.$$eval('tr[data-measure="zero_investment"] td', (tds) => tds.map((td) => td.textContent));
    for (const text of zero) {
      if (/kW/.test(text)) assert.match(text, /\d+ kVA.*\d+ kW/, `a kW cap is shown in kVA beside the source's figure: ${text}`);
    }
  } finally {
    await close();
  }
});

test("compare: the CSV has a number column and a words column per place", { timeout: 120_000 }, async () => {
  const { page, close } = await openApp(browser, url("#/compare?start=2026-06-01&lang=en"), desktop);
  try {
    await page.locator("table.wb-compare-table").waitFor();
    const [dl] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /CSV/ }).click()]);
    const text = readFileSync(await dl.path()).subarray(3).toString("utf8");
    const rows = text.split("\r\n").filter(Boolean).map(cells);
    const places = await page.locator("thead th[data-place]").count();
    assert.equal(rows[0].length, 2 + 2 * places, rows[0].join(" | "));
    assert.match(rows[0][3], /\(in words\)/);
    const stages = rows.find((r) => r[0] === "Stages");
    for (let i = 2; i < stages.length; i += 2) {
      if (stages[i] !== "") assert.match(stages[i], /^\d+$/, `a number alone: ${stages[i]}`);
      assert.doesNotMatch(stages[i + 1], /^\d+[:：]/, `names without the count: ${stages[i + 1]}`);
    }
  } finally {
    await close();
  }
});

test("scenarios: supply, external works and kind can be changed; the grid follows", { timeout: 180_000 }, async () => {
  const { page, errors, close } = await openApp(browser, url("#/scenarios?jurisdiction=liuzhou&start=2026-06-01"), desktop);
  try {
    await page.locator("table[data-place]").waitFor();
    for (const [id, value] of [["#wb-supply", "dual"], ["#wb-external_works", "no"], ["#wb-kind", "increase"]]) {
      await page.locator(id).selectOption(value);
      await page.waitForFunction((v) => location.hash.includes(v), value);
    }
    const hash = await page.evaluate(() => location.hash);
    assert.match(hash, /supply=dual/);
    assert.match(hash, /external_works=no/);
    assert.match(hash, /kind=increase/);
    const href = await page.locator("td[data-zero] a").first().getAttribute("href");
    assert.match(href, /supply=dual/);
    assert.match(href, /kind=increase/);
    await screenshot(page, "tables-scenarios-dual-desktop");
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test("check-pack: a bare place file is a pack of that one place; the page shows the wrapper", { timeout: 120_000 }, async () => {
  const { page, errors, close } = await openApp(browser, url("#/check-pack"), desktop);
  try {
    const example = page.locator('pre[data-example="pack"]');
    assert.match(await example.textContent(), /"jurisdictions"/);
    JSON.parse(await example.textContent());
    await page.locator("#pack-text").fill(readFileSync(join(REPO_ROOT, "policy", "wanzhou.json"), "utf8"));
    await page.getByRole("button", { name: "检查数据包" }).click();
    await page.locator("#pack-report").waitFor();
    const report = await page.locator("#pack-report").textContent();
    assert.doesNotMatch(report, /问题/, report.slice(0, 300));
    assert.equal(await page.locator('#pack-report[data-report="valid"]').count(), 1);
    // The file carries no source text, so its quotes are unchecked: a warning, not a problem.
    assert.equal(await page.locator('[data-report="problems"]').count(), 0);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
