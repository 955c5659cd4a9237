// The result as people read it: a summary in the first phone screen (the one
// date, the stages, the documents, the zero-investment verdict, the next step),
// everything else folded under it and open in print, one "latest" date, no
// repetition, and the page's height in phone screens. Screenshots of a typical
// and the long result on a phone, a kiosk and a desktop go to e2e/screenshots/result-*.png.

import { test } from "node:test";
import assert from "node:assert/strict";
import { openApp, screenshot, estimate, serveAndLaunch } from "./helpers.mjs";
import { RESULTS, PHONE_HEIGHT, measure } from "./screens.mjs";

let browser;
let server;
serveAndLaunch((up) => ({ server, browser } = up));

const url = (hash) => new URL(`index.html${hash}`, server.url).href;

/** The answers of a result link, as the engine's `estimate` takes them. */
const answersOf = (hash) => Object.fromEntries(new URLSearchParams(hash.split("?")[1]));

async function openResult(hash, device) {
  const app = await openApp(browser, url(hash), device);
  await app.page.locator("[data-date]").first().waitFor();
  return app;
}

test("the summary is in the first phone screen and says what the engine says", { timeout: 120_000 }, async () => {
  for (const [name, hash] of Object.entries(RESULTS)) {
    const want = estimate(answersOf(hash));
    const { page, close } = await openResult(hash, "phone");
    try {
      const panel = page.locator(".summary-panel");
      const box = await panel.boundingBox();
      assert.ok(box.y + box.height <= PHONE_HEIGHT, `${name}: the summary ends at ${Math.round(box.y + box.height)} px`);
      const row = (key) => panel.locator(`[data-row="${key}"]`);
      assert.equal(await row("date").locator("[data-date]").getAttribute("data-date"), want.completion_date, name);
      const stages = await row("stages").textContent();
      assert.match(stages, new RegExp(`共 ${want.stages.length} 个`), name);
      for (const s of want.stages) assert.ok(stages.includes(s.name["zh-Hans"] ?? s.name), `${name}: stage ${JSON.stringify(s.name)}`);
      const docs = await row("documents").textContent();
      assert.match(docs, new RegExp(`（${want.documents.length} 项）`), name);
      for (const d of want.documents) assert.ok(docs.includes(d.name["zh-Hans"] ?? d.name), `${name}: document ${JSON.stringify(d.name)}`);
      const verdict = want.zero_investment.headline["zh-Hans"] ?? want.zero_investment.headline;
      assert.ok((await row("verdict").textContent()).includes(verdict), `${name}: verdict "${verdict}"`);
      const first = want.stages[0].name["zh-Hans"] ?? want.stages[0].name;
      assert.match(await row("next").textContent(), new RegExp(`供电企业.*${first.replace(/[()（）]/g, ".")}`), name);
    } finally {
      await close();
    }
  }
});

test("a typical result is at most 6 phone screens with the details folded; each fold opens with a tap", { timeout: 120_000 }, async () => {
  const heights = {};
  for (const [name, hash] of Object.entries(RESULTS)) {
    const { page, close } = await openResult(hash, "phone");
    try {
      const m = await measure(page);
      heights[name] = m.screens;
      if (name !== "liuzhou-10kv-dual") assert.ok(m.screens <= 6, `${name}: ${m.screens} screens`);
      const folds = page.locator("details.fold");
      assert.ok((await folds.count()) >= 5, `${name}: the detail is folded`);
      assert.equal(await page.locator("details.fold[open]").count(), 0, `${name}: every fold starts closed`);
      // The reasoning is one tap away.
      await page.locator(".fold--verdict > summary").click();
      assert.ok(await page.locator(".verdict__reason").isVisible(), name);
      await page.locator("details.fold:has(#docs-h) > summary").click();
      assert.ok(await page.locator(".checklist__item").first().isVisible(), name);
    } finally {
      await close();
    }
  }
  console.log(`phone result heights (screens of ${PHONE_HEIGHT} px): ${JSON.stringify(heights)}`);
});

test("print opens every fold: the reasons, the timeline and the documents are on paper", { timeout: 60_000 }, async () => {
  const { page, close } = await openResult(RESULTS["liuzhou-shop"], "desktop");
  try {
    assert.ok(!(await page.locator(".verdict__reason").isVisible()), "folded on screen");
    await page.emulateMedia({ media: "print" });
    for (const sel of [".verdict__reason", ".timeline__item", ".checklist__item", ".print-sources", ".print-link"]) {
      assert.ok(await page.locator(sel).first().isVisible(), `${sel} printed`);
    }
    // On paper the documents have boxes to tick; on a phone's screen they do not.
    const box = () => page.locator(".checklist__item").first().evaluate((e) => getComputedStyle(e, "::before").display);
    assert.notEqual(await box(), "none");
    await page.emulateMedia({ media: "screen" });
    assert.equal(await box(), "none");
    // Printing from the browser's menu opens the folds, and closes them after.
    await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
    assert.equal(await page.locator("details.fold:not([open])").count(), 0);
    await page.evaluate(() => dispatchEvent(new Event("afterprint")));
    assert.equal(await page.locator("details.fold[open]").count(), 0);
  } finally {
    await close();
  }
});

test("a kiosk keeps the document boxes: the list is ticked off there", { timeout: 60_000 }, async () => {
  const { page, close } = await openResult(`${RESULTS["liuzhou-shop"]}&mode=kiosk`, "desktop");
  try {
    await page.locator("details.fold:has(#docs-h) > summary").click();
    const display = await page.locator(".checklist__item").first().evaluate((e) => getComputedStyle(e, "::before").display);
    assert.notEqual(display, "none");
  } finally {
    await close();
  }
});

test("one date is called the latest; the others are named by what they are", { timeout: 60_000 }, async () => {
  const hash = RESULTS["liuzhou-10kv-dual"];
  const want = estimate(answersOf(hash));
  const { page, close } = await openResult(hash, "desktop");
  try {
    await page.emulateMedia({ media: "print" });
    const text = await page.locator("main").innerText();
    assert.equal(text.match(/最迟/g)?.length, 1, "one 最迟 on the whole page, folds open");
    const national = want.time_limit?.national;
    if (national) assert.match(text, /国家规定的上限/);
    if (want.latest_with_works && want.latest_with_works !== want.completion_date) assert.match(text, /另计时/);
    // The timeline keeps every stage.
    assert.ok((await page.locator(".timeline__item").count()) >= want.stages.length);
  } finally {
    await close();
  }
});

test("no repetition: the answers in one line with one change link; promises after the first few folded; a shared caveat once", { timeout: 60_000 }, async () => {
  const hash = RESULTS["liuzhou-10kv-dual"];
  const { page, close } = await openResult(hash, "desktop");
  try {
    const line = page.locator("[data-answers-line]");
    assert.equal(await line.count(), 1);
    assert.match(await line.textContent(), /2000/);
    assert.equal(await page.locator(".summary").count(), 0, "no second list of the answers");
    await line.getByRole("link").click();
    await page.locator("#page-heading").filter({ hasText: "核对" }).waitFor();
    await page.goBack();
    await page.locator("[data-date]").first().waitFor();
    await page.emulateMedia({ media: "print" });
    const text = await page.locator("main").innerText();
    assert.ok((text.match(/通知的标题和文号未见/g) ?? []).length <= 2, "the caveat is said once (and once in the source's title)");
    const shown = page.locator(".commitments > .commitments__list > li");
    assert.ok((await shown.count()) <= 3, "the first few promises");
    assert.ok((await page.locator(".commitments .fold--more li").count()) > 0, "the rest folded");
  } finally {
    await close();
  }
});

test("screenshots: phone, kiosk and desktop, a typical and the long result", { timeout: 180_000 }, async () => {
  const devices = {
    phone: "phone",
    kiosk: { viewport: { width: 1080, height: 1920 } },
    desktop: "desktop",
  };
  for (const [device, opts] of Object.entries(devices)) {
    for (const name of ["liuzhou-shop", "liuzhou-10kv-dual"]) {
      const hash = RESULTS[name] + (device === "kiosk" ? "&mode=kiosk" : "");
      const { page, close, errors } = await openResult(hash, opts);
      try {
        await screenshot(page, `result-${device}-${name}`);
        assert.deepEqual(errors, []);
      } finally {
        await close();
      }
    }
  }
});
