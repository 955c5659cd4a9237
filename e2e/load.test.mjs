// "How much capacity do I need?" (#/load) as people use it: a share link
// reopens the list and carries its figure into the form (keeping every other
// answer) and onto the result; rows are added, changed and removed with the
// keyboard and by touch; a list of 200 rows; bad values (negative, 0, 1e9,
// text) each named on their row while the other rows count; where the figure
// falls agrees with the engine (`estimate`); axe in three languages; care-mode
// targets in a portrait kiosk; one printed page. Screenshots go to
// e2e/screenshots/load-*.png.

import { test } from "node:test";
import assert from "node:assert/strict";
import {
  estimate,
  openApp,
  screenshot,
  axeViolations,
  formatViolations,
  serveAndLaunch,
} from "./helpers.mjs";

let browser;
let server;
serveAndLaunch((up) => ({ server, browser } = up));

const url = (hash) => new URL(`index.html${hash}`, server.url).href;
const open = (hash, device = "desktop") => openApp(browser, url(hash), device);
const KIOSK = { viewport: { width: 1080, height: 1920 } };

/** The totals the page shows. */
async function totals(page) {
  const kw = await page.locator("[data-total-kw]").getAttribute("data-total-kw");
  const kva = await page.locator("[data-total-kva]").getAttribute("data-total-kva");
  return { kw, kva };
}

const activeId = (page) => page.evaluate(() => document.activeElement?.id ?? "");

test("the contract's share link: 26 kW, 28.9 kVA, carried into the form and named on the result", { timeout: 90_000 }, async () => {
  const answers = "jurisdiction=liuzhou&area=urban&customer=small_micro&applicant=company&start=2026-06-01";
  const { page, errors, close } = await open(`#/load?${answers}&items=3.5x4,12x1`);
  try {
    assert.deepEqual(await totals(page), { kw: "26", kva: "28.9" });
    assert.match(await page.locator(".load-totals").textContent(), /约 28\.9 kVA/);
    const use = page.locator("a.load-use");
    const href = await use.getAttribute("href");
    assert.match(href, /^#\/form\/capacity\?/);
    assert.match(href, /capacity=26kW/);
    for (const kept of answers.split("&")) assert.ok(href.includes(kept), `${kept} kept in ${href}`);
    assert.match(href, /items=3\.5x4,12x1/);
    await use.click();
    await page.locator("#f-capacity").waitFor();
    assert.equal(await page.locator("#f-capacity").inputValue(), "26");
    assert.ok(await page.locator("#f-unit-kw").isChecked(), "kW chosen");
    assert.equal(await activeId(page), "f-capacity", "focus on the capacity box");
    assert.match(page.url(), /capacity=26kW/);
    // Through the remaining questions to the result, which names the list.
    for (let i = 0; i < 3; i++) await page.getByRole("button", { name: "继续" }).click();
    await page.getByRole("button", { name: "查看评估结果" }).click();
    const note = page.locator("[data-from-list]");
    await note.waitFor();
    assert.equal(await note.getAttribute("data-from-list"), "26");
    assert.match(await note.textContent(), /按您的设备清单估算/);
    await screenshot(page, "load-result-note-desktop");
    // A result link without the list says nothing of it (old links unchanged).
    await page.goto(url(`#/result?${answers}&capacity=26kW`));
    await page.locator("[data-verdict]").first().waitFor();
    assert.equal(await page.locator("[data-from-list]").count(), 0);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test("the capacity question links to the list and keeps every answer", { timeout: 60_000 }, async () => {
  const { page, close } = await open("#/form/capacity?jurisdiction=wanzhou&customer=small_micro", "phone");
  try {
    const link = page.getByRole("link", { name: "不清楚容量？按设备估算" });
    assert.equal(await link.getAttribute("href"), "#/load?jurisdiction=wanzhou&customer=small_micro");
    await link.tap();
    await page.locator("h1", { hasText: "按设备估算用电容量" }).waitFor();
    assert.equal(await activeId(page), "page-heading");
  } finally {
    await close();
  }
});

test("rows are added, changed and removed with the keyboard", { timeout: 90_000 }, async () => {
  const { page, errors, close } = await open("#/load?jurisdiction=liuzhou&area=urban");
  try {
    // Tab to "add a row" as a keyboard user would.
    for (let i = 0; i < 40 && (await activeId(page)) !== "load-add"; i++) await page.keyboard.press("Tab");
    assert.equal(await activeId(page), "load-add");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.id === "load-kind-0");
    await page.keyboard.press("ArrowDown");
    assert.equal(await page.locator("#load-kind-0").inputValue(), "ac");
    await page.keyboard.press("Tab");
    assert.equal(await activeId(page), "load-power-0");
    await page.keyboard.type("3.5");
    await page.keyboard.press("Tab");
    assert.equal(await activeId(page), "load-count-0");
    await page.keyboard.type("4");
    await page.keyboard.press("Tab");
    assert.equal(await activeId(page), "load-remove-0");
    await page.keyboard.press("Tab");
    assert.equal(await activeId(page), "load-add");
    await page.keyboard.press("Space");
    await page.waitForFunction(() => document.activeElement?.id === "load-kind-1");
    await page.keyboard.press("Tab");
    await page.keyboard.type("12");
    assert.deepEqual(await totals(page), { kw: "26", kva: "28.9" });
    assert.match(page.url(), /items=ac:3\.5x4,12(&|$)/);
    // Remove the first row: the focus goes to the remove button of the row
    // that took its place, then, with no row left, to "add a row".
    await page.locator("#load-remove-0").focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelectorAll(".load-row").length === 1);
    assert.equal(await activeId(page), "load-remove-0");
    assert.equal(await page.locator("#load-power-0").inputValue(), "12");
    await page.keyboard.press("Space");
    await page.waitForFunction(() => document.querySelectorAll(".load-row").length === 0);
    assert.equal(await activeId(page), "load-add");
    assert.doesNotMatch(page.url(), /items=/);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test("rows are added, changed and removed on a touch screen", { timeout: 60_000 }, async () => {
  const { page, close } = await open("#/load?jurisdiction=yangjiang", "phone");
  try {
    await page.locator("#load-add").tap();
    await page.locator("#load-kind-0").selectOption("cooking");
    await page.locator("#load-power-0").tap();
    await page.locator("#load-power-0").fill("12");
    await page.locator("#load-add").tap();
    await page.locator("#load-power-1").fill("800W");
    await page.locator("#load-count-1").fill("3");
    assert.equal((await totals(page)).kw, "14.4");
    await page.locator("#load-remove-0").tap();
    assert.equal((await totals(page)).kw, "2.4");
    assert.equal(await page.locator(".load-row").count(), 1);
    await screenshot(page, "load-phone-edited");
  } finally {
    await close();
  }
});

test("a list of 200 rows opens, adds up and can be edited", { timeout: 120_000 }, async () => {
  // Rated powers in tenths of a kW, so that the expected sum is exact.
  const rows = Array.from({ length: 200 }, (_, i) => [((i * 37) % 90) + 5, (i % 4) + 1]);
  const items = rows.map(([t, n]) => `${Math.floor(t / 10)}.${t % 10}x${n}`).join(",");
  const watts = rows.reduce((sum, [t, n]) => sum + t * 100 * n, 0);
  const t0 = Date.now();
  const { page, errors, close } = await open(`#/load?jurisdiction=shandong&area=urban&items=${items}`);
  try {
    await page.locator("[data-total-kw]").waitFor();
    console.log(`200 rows: page with totals in ${Date.now() - t0} ms (load included)`);
    assert.equal(await page.locator(".load-row").count(), 200);
    assert.equal((await totals(page)).kw, String(watts / 1000));
    // Changing one row late in the list changes the total by its difference.
    const t1 = Date.now();
    await page.locator("#load-power-149").fill("100");
    const [t149, n149] = rows[149];
    const after = watts - t149 * 100 * n149 + 100_000 * n149;
    await page.waitForFunction((kw) => document.querySelector("[data-total-kw]")?.getAttribute("data-total-kw") === kw, String(after / 1000));
    console.log(`200 rows: one edit re-rendered in ${Date.now() - t1} ms`);
    assert.match(page.url(), /items=/);
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], formatViolations(violations));
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

const BAD = "#/load?jurisdiction=liuzhou&items=3.5x4,-3x1,0x2,1e9x1,abcx1,12x1";

test("negative, 0, 1e9 and text are each named on their row; the other rows count", { timeout: 90_000 }, async () => {
  for (const [lang, expected] of [
    ["", ["不能是负数", "必须大于 0", "科学计数法", "“abc”不是有效的数字"]],
    ["&lang=zh-Hant", ["不能是負數", "必須大於 0", "科學記數法", "「abc」不是有效的數字"]],
    ["&lang=en", ["cannot be negative", "must be more than 0", "scientific notation", "“abc” is not a number"]],
  ]) {
    const { page, errors, close } = await open(BAD + lang, lang ? "desktop" : "phone");
    try {
      for (const [i, text] of expected.entries()) {
        const msg = page.locator(`#load-power-${i + 1}-error`);
        assert.match(await msg.textContent(), new RegExp(text), `row ${i + 2}: ${text}`);
        assert.equal(await page.locator(`#load-power-${i + 1}`).getAttribute("aria-invalid"), "true");
        const described = await page.locator(`#load-power-${i + 1}`).getAttribute("aria-describedby");
        assert.equal(described, `load-power-${i + 1}-error`);
      }
      // The good rows are kept and counted; nothing typed is lost.
      assert.equal(await page.locator("#load-power-0").inputValue(), "3.5");
      assert.equal(await page.locator("#load-power-3").inputValue(), "1e9");
      assert.equal(await page.locator("#load-power-4").inputValue(), "abc");
      assert.equal((await totals(page)).kw, "26");
      assert.equal(await page.locator("#load-power-0-error, #load-power-5-error").count(), 0);
      // The summary links every problem to its box; no figure goes to the form yet.
      assert.equal(await page.locator("#error-summary li").count(), 4);
      assert.equal(await page.locator("a.load-use").count(), 0);
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], formatViolations(violations));
      if (!lang) await screenshot(page, "load-errors-phone");
      if (lang === "&lang=en") await screenshot(page, "load-errors-desktop-en");
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  }
});

test("bad values typed in are named at once and fixing them brings the figure back", { timeout: 60_000 }, async () => {
  const { page, close } = await open(BAD);
  try {
    await page.locator("#error-summary a").first().click();
    assert.equal(await activeId(page), "load-power-1");
    await page.locator("#load-count-0").fill("2.5");
    assert.match(await page.locator("#load-count-0-error").textContent(), /不是整数/);
    assert.equal((await totals(page)).kw, "12", "row 1 is left out while wrong");
    await page.locator("#load-count-0").fill("4");
    for (let i = 0; i < 4; i++) await page.locator("#load-remove-1").click();
    assert.equal(await page.locator("#error-summary").count(), 0);
    assert.match(await page.locator("a.load-use").textContent(), /用 26 kW 作为报装容量/);
  } finally {
    await close();
  }
});

test("where the figure falls agrees with the engine", { timeout: 120_000 }, async () => {
  const cases = [
    { jurisdiction: "yangjiang", area: "urban", customer: "small_micro", items: "150x1", capacity: "150kW" },
    { jurisdiction: "wanzhou", customer: "small_micro", items: "ac:3.5x10,cooking:12x2,6x1", capacity: "65kW" },
    { jurisdiction: "liuzhou", area: "urban", customer: "business", items: "200x1", capacity: "200kW" },
  ];
  const apps = cases.map(({ items, ...app }) => ({ ...app, start: "2026-06-01" }));
  const expected = estimate(apps);
  for (const [i, { items, capacity, ...answers }] of cases.entries()) {
    const q = new URLSearchParams({ ...answers, start: "2026-06-01" }).toString();
    const { page, close } = await open(`#/load?${q}&items=${items}`);
    try {
      assert.equal(`${(await totals(page)).kw}kW`, capacity);
      const verdict = await page.locator(".load-place__zero").getAttribute("data-verdict");
      assert.equal(verdict, expected[i].zero_investment.status.toLowerCase(), `${answers.jurisdiction} zero investment`);
      const lv = await page.locator("[data-lv]").getAttribute("data-lv");
      assert.equal(lv === "within", expected[i].voltage === "lv", `${answers.jurisdiction} voltage`);
      assert.ok((await page.locator(".load-place details.cite").count()) >= 1, "cited");
    } finally {
      await close();
    }
  }
});

test("accessibility in three languages, and the screenshots", { timeout: 120_000 }, async () => {
  const list = "ac:3.5x4,cooking:12x1,refrigeration:1.2x2,lighting:0.05x40,water_heater:3x1";
  const base = `#/load?jurisdiction=liuzhou&area=urban&customer=small_micro&items=${list}`;
  for (const [lang, device, shot] of [
    ["", "phone", "load-phone"],
    ["&lang=zh-Hant", "desktop", "load-desktop-zh-Hant"],
    ["&lang=en", "desktop", "load-desktop"],
  ]) {
    const { page, errors, close } = await open(base + lang, device);
    try {
      await page.locator("[data-total-kw]").waitFor();
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], formatViolations(violations));
      await screenshot(page, shot);
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  }
});

test("a portrait kiosk in care mode: 60 px targets, a big 'add a row', a QR code to take the list", { timeout: 90_000 }, async () => {
  for (const care of ["", "&care=1"]) {
    const { page, errors, close } = await open(
      `#/load?jurisdiction=liuzhou&area=urban&customer=small_micro&mode=kiosk${care}&items=ac:3.5x4,cooking:12x1`,
      KIOSK,
    );
    try {
      for (const sel of ["#load-kind-0", "#load-power-0", "#load-count-0", "#load-remove-0", "#load-add", "a.load-use"]) {
        const box = await page.locator(sel).boundingBox();
        assert.ok(box.height >= 60, `${sel} is ${box.height}px tall`);
      }
      const add = await page.locator("#load-add").boundingBox();
      const main = await page.locator("#app main").boundingBox();
      assert.ok(add.width >= main.width * 0.8, `"add a row" spans the column (${add.width} of ${main.width})`);
      const qr = page.locator(".load-handoff svg.qr__code");
      assert.equal(await qr.count(), 1);
      assert.match(await page.locator("#load-qr-label").textContent(), /扫码带走这份清单/);
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], formatViolations(violations));
      await screenshot(page, `load-kiosk-portrait${care ? "-care" : ""}`);
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  }
});

test("the list and its totals print on one A4 page", { timeout: 60_000 }, async () => {
  const list = "ac:3.5x4,cooking:12x1,refrigeration:1.2x2,lighting:0.05x40,motor:2.2x1,water_heater:3x1,ev:7x1,5x1,800Wx3,1.5x2,2x2,0.6x6";
  const { page, close } = await open(`#/load?jurisdiction=liuzhou&area=urban&customer=small_micro&items=${list}`);
  try {
    await page.emulateMedia({ media: "print" });
    for (const sel of ["header", "footer", ".load-list", "#load-add", ".back-link"]) {
      assert.equal(await page.locator(sel).first().isVisible(), false, `${sel} hidden in print`);
    }
    for (const sel of ["table.load-print", ".load-totals", ".load-place", ".load-print-sources", ".print-link"]) {
      assert.ok(await page.locator(sel).first().isVisible(), `${sel} printed`);
    }
    assert.equal(await page.locator("table.load-print tbody tr").count(), 12);
    await screenshot(page, "load-print");
    const pdf = await page.pdf({ format: "A4" });
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
    console.log(`load list of 12 rows: ${pages} A4 page(s)`);
    assert.equal(pages, 1);
  } finally {
    await close();
  }
});
