// The questions as their declarations make them: the applicant question offers
// an individual business (个体工商户), chosen on the form like any answer; its
// result lists a company's documents and says why, in each language, and the
// page passes axe. Screenshots: e2e/screenshots/questions-*.png.

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

const url = (hash = "") => server.url + hash;

const BUSINESS = {
  jurisdiction: "liuzhou",
  area: "urban",
  customer: "small_micro",
  capacity: "30kW",
  voltage: "lv",
  start: "2026-06-01",
};

test("the applicant question offers an individual business, kept in the link as its key", { timeout: 90_000 }, async () => {
  const q = new URLSearchParams({ jurisdiction: "liuzhou", customer: "small_micro" });
  const app = await openApp(browser, url(`#/form/who?${q}`), "phone");
  const { page, errors } = app;
  try {
    const group = page.getByRole("group", { name: "由谁作为申请主体？" });
    const choice = group.getByLabel("个体工商户", { exact: true });
    await choice.check();
    await page.waitForFunction(() => location.hash.includes("applicant=sole_proprietor"));
    assert.match(await group.textContent(), /持有营业执照的个体经营者/, "its hint");
    await screenshot(page, "questions-applicant-phone");
    const v = await axeViolations(page);
    assert.equal(v.length, 0, formatViolations(v));
    // The same answer in traditional Chinese and English.
    await page.getByRole("link", { name: "繁體中文" }).click();
    await page.waitForFunction(() => document.documentElement.lang === "zh-Hant");
    assert.ok(await page.getByLabel("個體工商戶", { exact: true }).isChecked());
    await page.getByRole("link", { name: "English" }).click();
    await page.waitForFunction(() => document.documentElement.lang === "en");
    assert.ok(await page.getByLabel("An individual business (个体工商户)", { exact: true }).isChecked());
    assert.deepEqual(errors, []);
  } finally {
    await app.close();
  }
});

test("an individual business is shown a company's documents, and the result says so", { timeout: 90_000 }, async () => {
  const [business, company] = estimate([
    { ...BUSINESS, applicant: "sole_proprietor" },
    { ...BUSINESS, applicant: "company" },
  ]);
  assert.deepEqual(business.documents, company.documents);
  const note = business.warnings.find((w) => w.code === "documents_as_company");
  assert.ok(note, "the engine says so");
  for (const [lang, tag] of [["en", "en"], ["zh-Hans", "zh-Hans"], ["zh-Hant", "zh-Hant"]]) {
    const q = new URLSearchParams({ ...BUSINESS, applicant: "个体工商户", lang });
    const app = await openApp(browser, url(`#/result?${q}`), "desktop");
    const { page, errors } = app;
    try {
      await page.waitForSelector("[data-verdict]");
      const main = await page.locator("main").textContent();
      assert.ok(main.includes(note.text[tag]), `${lang}: the note is on the page`);
      for (const alt of business.documents[0].alternatives) {
        assert.ok(main.includes(alt.name[tag]), `${lang}: ${alt.name.en}`);
      }
      if (lang === "en") {
        await screenshot(page, "questions-result-individual-business-desktop");
        const v = await axeViolations(page);
        assert.equal(v.length, 0, formatViolations(v));
      }
      assert.deepEqual(errors, []);
    } finally {
      await app.close();
    }
  }
});
