// Water, gas and telecom beside electricity (District X, seed 004): the
// question is asked only where the place's sources cover another utility, the
// water meter's size only with water; a bad size is named next to its
// question in each language and nothing entered is lost; the result has one
// section per utility that agrees with the `estimate` command; the share link
// carries `utilities=water,gas,telecom`; it prints; axe finds nothing.
// Screenshots: e2e/screenshots/utilities-*.png.

import { test } from "node:test";
import assert from "node:assert/strict";
import {
  waitAcrossReload,
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

const url = (hash = "") => server.url + hash;

const SHOP = {
  jurisdiction: "district-x",
  area: "urban",
  customer: "business",
  capacity: "80kVA",
  voltage: "lv",
  external_works: "no",
  start: "2026-06-01",
};

test("the utilities question is asked where the place covers one, and the meter size only with water", { timeout: 120_000 }, async () => {
  const app = await openApp(browser, url(`#/form/details?${new URLSearchParams({ ...SHOP, external_works: "" })}`), "phone");
  const { page, errors } = app;
  try {
    const group = page.getByRole("group", { name: "也要申请用水、用气或通信吗？" });
    await group.waitFor();
    const size = page.getByLabel(/水表口径（DN）是多少毫米？/);
    assert.equal(await size.count(), 0, "no meter size before water is ticked");
    await group.getByLabel("用气（燃气）接入").check();
    await page.waitForFunction(() => location.hash.includes("utilities=gas"));
    assert.equal(await size.count(), 0, "no meter size for gas alone");
    await group.getByLabel("用水接入").check();
    await page.waitForFunction(() => location.hash.includes("utilities=water,gas"));
    await size.waitFor();
    // A bad size: its message next to the question, the value kept.
    await size.fill("abc");
    await page.getByRole("button", { name: "继续" }).click();
    const message = page.locator("#f-water_meter_dn-error");
    await message.waitFor();
    assert.match(await message.textContent(), /“abc”不是水表口径/);
    assert.equal(await size.inputValue(), "abc");
    assert.ok(await group.getByLabel("用水接入").isChecked(), "the ticks are kept");
    await screenshot(page, "utilities-question-error-phone");
    let v = await axeViolations(page);
    assert.equal(v.length, 0, formatViolations(v));
    await size.fill("40");
    await page.getByRole("button", { name: "继续" }).click();
    await page.waitForFunction(() => location.hash.startsWith("#/form/date"));
    assert.match(await page.evaluate(() => location.hash), /utilities=water,gas&water_meter_dn=40/);
    // Unticking water takes the question away once its size is cleared.
    await page.goBack();
    await group.getByLabel("用水接入").uncheck();
    await size.fill("");
    await page.waitForFunction(() => !location.hash.includes("water_meter_dn"));
    assert.equal(await size.count(), 0);
    v = await axeViolations(page);
    assert.equal(v.length, 0, formatViolations(v));
    assert.deepEqual(errors, []);
  } finally {
    await app.close();
  }
  // Yangjiang's plan covers electricity only: the question is not asked.
  const yj = await openApp(browser, url("#/form/details?jurisdiction=yangjiang&capacity=80kVA"), "phone");
  try {
    await yj.page.getByRole("group", { name: "需要一路电源还是两路电源？" }).waitFor();
    assert.equal(await yj.page.getByRole("group", { name: "也要申请用水、用气或通信吗？" }).count(), 0);
  } finally {
    await yj.close();
  }
});

test("a link with a bad meter size opens the question with the message in each language", { timeout: 90_000 }, async () => {
  const messages = { "zh-Hans": "“-5”不是水表口径", "zh-Hant": "「-5」不是水表口徑", en: "“-5” is not a water meter size" };
  for (const [lang, text] of Object.entries(messages)) {
    const q = new URLSearchParams({ ...SHOP, utilities: "water", water_meter_dn: "-5", lang });
    const app = await openApp(browser, url(`#/result?${q}`), "phone");
    try {
      await app.page.locator("#f-water_meter_dn-error").waitFor();
      assert.ok((await app.page.locator("#f-water_meter_dn-error").textContent()).includes(text), lang);
      assert.equal(await app.page.locator("#f-water_meter_dn").inputValue(), "-5");
      assert.ok(await app.page.locator("#f-utilities").isChecked(), `${lang}: water stays ticked`);
    } finally {
      await app.close();
    }
  }
});

test("the result has one section per utility, agreeing with estimate, shared and printed", { timeout: 180_000 }, async () => {
  const input = { ...SHOP, utilities: "water,gas,telecom", water_meter_dn: 40 };
  const expected = estimate(input);
  const q = new URLSearchParams({ ...input, water_meter_dn: "40" });
  const hash = `#/result?${q}`.replace("utilities=water%2Cgas%2Ctelecom", "utilities=water,gas,telecom");
  for (const device of ["phone", "desktop"]) {
    const app = await openApp(browser, url(hash), device);
    const { page, errors } = app;
    try {
      const section = page.locator("section.utilities");
      await section.waitFor();
      const articles = section.locator("article.utility");
      assert.equal(await articles.count(), 3);
      for (const key of ["water", "gas", "telecom"]) {
        const want = expected.utilities[key];
        const article = section.locator(`article[data-utility=${key}]`);
        assert.equal(await article.getAttribute("data-covered"), String(want.covered), key);
        assert.equal(await article.getAttribute("data-limit"), `${want.time_limit.value} ${want.time_limit.unit}`, key);
        assert.equal(await article.getAttribute("data-date"), want.completion_date, key);
        assert.equal((await article.locator(".utility__summary").textContent()).trim(), want.summary["zh-Hans"], key);
        assert.equal(await article.locator("ol.utility__stages > li").count(), want.stages.length, key);
      }
      assert.equal(await page.locator("article[data-utility=water]").getAttribute("data-meter-fee"), String(expected.utilities.water.meter_fee_waived));
      await screenshot(page, `utilities-result-${device}`);
      for (const lang of ["zh-Hans", "zh-Hant", "English"]) {
        if (lang !== "zh-Hans") {
          // (A share link's bundle speaks one language: the switch reloads the page.)
          await page.getByRole("link", { name: lang === "zh-Hant" ? "繁體中文" : "English" }).click();
          await waitAcrossReload(page, (l) => document.documentElement?.lang === l && document.querySelector("section.utilities article[data-utility=gas]"), lang === "English" ? "en" : lang);
          const want = expected.utilities.gas.summary[lang === "English" ? "en" : lang];
          assert.equal((await section.locator("article[data-utility=gas] .utility__summary").textContent()).trim(), want);
        }
        const v = await axeViolations(page);
        assert.equal(v.length, 0, `${device} ${lang}: ${formatViolations(v)}`);
      }
      if (device === "desktop") {
        // The share link carries the utilities as one comma-separated answer.
        const link = await page.locator("#share-link").inputValue().catch(() => null);
        const shared = link ?? (await page.evaluate(() => location.href));
        assert.match(shared, /utilities=water,gas,telecom/, shared);
        assert.match(shared, /water_meter_dn=40/, shared);
        const again = await openApp(browser, shared, "phone");
        try {
          await again.page.locator("section.utilities article[data-utility=telecom]").waitFor();
          assert.equal(await again.page.locator("section.utilities article.utility").count(), 3);
        } finally {
          await again.close();
        }
        await page.getByRole("link", { name: "简体中文" }).click();
        // (A share link's bundle speaks one language: the switch reloads the page.)
        await waitAcrossReload(page, () => document.documentElement?.lang === "zh-Hans" && document.querySelector("section.utilities article[data-utility=telecom]"), undefined);
        await page.emulateMedia({ media: "print" });
        for (const key of ["water", "gas", "telecom"]) {
          assert.ok(await section.locator(`article[data-utility=${key}] .utility__summary`).isVisible(), `${key} printed`);
        }
        assert.equal(await section.locator(".utility__promises").first().isVisible(), false, "the promises are left off paper");
        await screenshot(page, "utilities-print");
        const pdf = await page.pdf({ format: "A4" });
        const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
        console.log(`print district-x with water, gas and telecom: ${pages} A4 pages`);
        assert.ok(pages >= 1 && pages <= 4, `${pages} printed pages`);
      }
      assert.deepEqual(errors, []);
    } finally {
      await app.close();
    }
  }
});

test("a place with no source for a utility says so, and shows only the national costs", { timeout: 90_000 }, async () => {
  const input = { jurisdiction: "yangjiang", area: "urban", customer: "small_micro", capacity: "80kVA", voltage: "lv", utilities: "gas", start: "2026-06-01" };
  const expected = estimate(input);
  const app = await openApp(browser, url(`#/result?${new URLSearchParams({ ...input, lang: "en" })}`), "phone");
  try {
    const article = app.page.locator("article[data-utility=gas]");
    await article.waitFor();
    assert.equal(await article.getAttribute("data-covered"), "false");
    assert.equal(await article.getAttribute("data-limit"), null);
    assert.equal((await article.locator(".utility__summary").textContent()).trim(), expected.utilities.gas.summary.en);
    assert.match(expected.utilities.gas.summary.en, /nothing is guessed/);
    await screenshot(app.page, "utilities-not-covered-phone");
    const v = await axeViolations(app.page);
    assert.equal(v.length, 0, formatViolations(v));
  } finally {
    await app.close();
  }
});

test("Liuzhou's LV permits are shown inside the LV limit, not on a clock of their own (audit M1)", { timeout: 90_000 }, async () => {
  const input = { jurisdiction: "liuzhou", area: "urban", customer: "business", capacity: "50kVA", voltage: "lv", external_works: "yes", start: "2026-06-01" };
  const expected = estimate(input);
  assert.equal(expected.approvals.within_total, true);
  assert.equal(expected.latest_with_works, null);
  const app = await openApp(browser, url(`#/result?${new URLSearchParams(input)}`), "desktop");
  try {
    await app.page.locator("details.fold:has(#timeline-h) > summary").click();
    await app.page.getByText("政府审批 · 计入总时限").waitFor();
    assert.equal(await app.page.getByText("政府审批 · 单独计时").count(), 0);
    const v = await axeViolations(app.page);
    assert.equal(v.length, 0, formatViolations(v));
  } finally {
    await app.close();
  }
});
