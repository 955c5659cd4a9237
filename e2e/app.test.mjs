// End-to-end tests of the app as people use it: a newcomer's full path in each
// jurisdiction, every contract example opened as a share link, bad input in the
// form and in links, language switching, print, privacy (no requests after
// load, no cookies), accessibility (axe-core), kiosk idle reset, embed height,
// history (back button) and the copy-link button. Screenshots of every page on
// a phone and a desktop go to e2e/screenshots/app-*.png.
//
// Expected results come from the engine itself (`cargo run --bin estimate`), so
// these tests check that the app shows what the engine says, and the contract
// examples check both against tests/cases/contract.jsonl.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  waitAcrossReload,
  REPO_ROOT,
  bundleWasm,
  estimate,
  VIEWPORTS,
  openApp,
  waitForApp,
  screenshot,
  axeViolations,
  formatViolations,
  trackRequests,
  trackErrors,
  serveAndLaunch,
} from "./helpers.mjs";

let browser;
let server;
serveAndLaunch((up) => ({ server, browser } = up));

/** `#/result?…` for an application object. */
function link(route, app, extra = {}) {
  const q = new URLSearchParams({ ...app, ...extra });
  return `#/${route}?${q.toString()}`;
}

const url = (hash = "") => server.url + hash;

/** What the result page shows, read from its data attributes. */
async function readResult(page) {
  await page.waitForSelector("[data-verdict]");
  return page.evaluate(() => ({
    verdict: document.querySelector("[data-verdict]")?.getAttribute("data-verdict"),
    date: document.querySelector("[data-date]")?.getAttribute("data-date") ?? null,
    stages: Number(document.querySelector("[data-stages]")?.getAttribute("data-stages")),
    voltage: document.querySelector("[data-voltage]")?.getAttribute("data-voltage"),
    heading: document.querySelector("h1")?.textContent,
  }));
}

const heading = (page) => page.locator("h1").textContent();

/** Picks a radio answer by its question (legend) and label. */
async function choose(page, question, label) {
  await page.getByRole("group", { name: question }).getByLabel(label, { exact: true }).check();
}

const CONTINUE = "继续";

// The six places, each with a newcomer's answers (labels as shown) and the same
// answers as an application for the engine.
const PATHS = [
  {
    place: "全国基准（无地方规定时适用）",
    app: { jurisdiction: "national", area: "rural", customer: "small_micro", applicant: "company", proxy: "no", capacity: "100kW", voltage: "lv", kind: "new", temporary: "no", supply: "single", external_works: "no", start: "2026-06-01" },
    labels: { area: "其他地区（农村）", customer: "小微企业", applicant: "企业（公司）", proxy: "否，自己（本单位）办理", capacity: "100", unit: "kW（千瓦）", voltage: "低压（380 伏 / 220 伏）", kind: "新装（第一次接电）", temporary: "永久用电", supply: "单电源（一路供电）", external: "不需要（附近已有可接入的线路）" },
  },
  {
    place: "广东省阳江市",
    app: { jurisdiction: "yangjiang", area: "urban", customer: "small_micro", applicant: "company", proxy: "no", capacity: "50kVA", voltage: "lv", kind: "new", temporary: "no", supply: "single", external_works: "no", start: "2026-06-01" },
    labels: { area: "城区（城市规划区内）", customer: "小微企业", applicant: "企业（公司）", proxy: "否，自己（本单位）办理", capacity: "50", unit: "kVA（千伏安）", voltage: "低压（380 伏 / 220 伏）", kind: "新装（第一次接电）", temporary: "永久用电", supply: "单电源（一路供电）", external: "不需要（附近已有可接入的线路）" },
  },
  {
    place: "山东省",
    app: { jurisdiction: "shandong", area: "urban", customer: "small_micro", applicant: "individual", proxy: "no", capacity: "200kVA", voltage: "unknown", kind: "new", temporary: "no", supply: "single", external_works: "unknown", start: "2026-06-01" },
    labels: { area: "城区（城市规划区内）", customer: "小微企业", applicant: "个人", proxy: "否，自己（本单位）办理", capacity: "200", unit: "kVA（千伏安）", voltage: "不确定（按容量推断）", kind: "新装（第一次接电）", temporary: "永久用电", supply: "单电源（一路供电）", external: "不知道（按需要计算，并说明不需要时的结果）" },
  },
  {
    place: "重庆市万州区",
    app: { jurisdiction: "wanzhou", area: "rural", customer: "resident", applicant: "individual", proxy: "yes", capacity: "8kW", voltage: "lv", kind: "new", temporary: "no", supply: "single", external_works: "yes", start: "2026-09-28" },
    labels: { area: "其他地区（农村）", customer: "居民（家庭生活用电）", applicant: "个人", proxy: "是，委托他人代办", capacity: "8", unit: "kW（千瓦）", voltage: "低压（380 伏 / 220 伏）", kind: "新装（第一次接电）", temporary: "永久用电", supply: "单电源（一路供电）", external: "需要" },
  },
  {
    place: "广西壮族自治区柳州市",
    app: { jurisdiction: "liuzhou", area: "urban", customer: "business", applicant: "company", proxy: "no", capacity: "2000kVA", voltage: "10kv", kind: "new", temporary: "no", supply: "dual", external_works: "yes", start: "2026-06-10" },
    labels: { area: "城区（城市规划区内）", customer: "其他非居民用户", applicant: "企业（公司）", proxy: "否，自己（本单位）办理", capacity: "2000", unit: "kVA（千伏安）", voltage: "10 千伏（高压）", kind: "新装（第一次接电）", temporary: "永久用电", supply: "双电源（两路供电）", external: "需要" },
  },
  {
    place: "X区（国网供电区域）",
    app: { jurisdiction: "district-x", area: "urban", customer: "business", applicant: "company", proxy: "no", capacity: "30kVA", voltage: "lv", kind: "new", temporary: "no", supply: "single", external_works: "yes", start: "2026-04-30" },
    labels: { area: "城区（城市规划区内）", customer: "其他非居民用户", applicant: "企业（公司）", proxy: "否，自己（本单位）办理", capacity: "30", unit: "kVA（千伏安）", voltage: "低压（380 伏 / 220 伏）", kind: "新装（第一次接电）", temporary: "永久用电", supply: "单电源（一路供电）", external: "需要" },
  },
];

for (const [i, path] of PATHS.entries()) {
  test(`a newcomer gets a result in ${path.app.jurisdiction}`, { timeout: 120_000 }, async () => {
    const expected = estimate(path.app);
    const device = i % 2 === 0 ? "phone" : "desktop";
    const app = await openApp(browser, url(), device);
    const { page, errors } = app;
    try {
      const l = path.labels;
      await page.getByRole("button", { name: "开始", exact: true }).click();
      assert.equal(await heading(page), "用电地点");

      await choose(page, "用电地址在哪个地区？", path.place);
      await choose(page, "用电地址在城区还是农村？", l.area);
      await page.getByRole("button", { name: CONTINUE }).click();

      assert.equal(await heading(page), "申请人");
      await choose(page, "您属于哪类用户？", l.customer);
      await choose(page, "由谁作为申请主体？", l.applicant);
      await choose(page, "是否委托他人代办？", l.proxy);
      await page.getByRole("button", { name: CONTINUE }).click();

      assert.equal(await heading(page), "用电容量和电压");
      await page.getByLabel("需要多大的用电容量？").fill(l.capacity);
      await choose(page, "单位", l.unit);
      await choose(page, "供电电压是多少？", l.voltage);
      await page.getByRole("button", { name: CONTINUE }).click();

      assert.equal(await heading(page), "用电情况");
      await choose(page, "新装还是增容？", l.kind);
      await choose(page, "永久用电还是临时用电？", l.temporary);
      await choose(page, "需要一路电源还是两路电源？", l.supply);
      await choose(page, "是否需要外线工程？", l.external);
      await page.getByRole("button", { name: CONTINUE }).click();

      assert.equal(await heading(page), "申请日期");
      await page.getByLabel("哪天提交申请？").fill(path.app.start);
      await page.getByRole("button", { name: CONTINUE }).click();

      assert.equal(await heading(page), "核对您的答案");
      const summary = await page.locator(".summary").allTextContents();
      assert.match(summary.join(" "), new RegExp(path.place.replace(/[()（）]/g, ".")));
      assert.match(summary.join(" "), new RegExp(`${l.capacity} ${l.unit.slice(0, 3).replace("（", "")}`));
      // Every answer can be changed (District X's sources cover water, gas and
      // telecom too: their question is asked there, not elsewhere).
      const asked = path.app.jurisdiction === "district-x" ? 14 : 13;
      assert.equal(await page.getByRole("link", { name: /^修改/ }).count(), asked);
      await page.getByRole("button", { name: "查看评估结果" }).click();

      const shown = await readResult(page);
      assert.equal(shown.heading, "评估结果");
      assert.equal(shown.verdict, expected.zero_investment.status, "verdict");
      assert.equal(shown.date, expected.completion_date, "completion date");
      assert.equal(shown.stages, expected.stages.length, "stages");
      assert.equal(shown.voltage, expected.voltage, "voltage");
      // The verdict's reason is shown in words, first.
      const reason = await page.locator(".verdict__reason").textContent();
      assert.ok(reason.length > 5 && expected.zero_investment.reason["zh-Hans"].endsWith(reason), reason);
      // The share link reproduces the result.
      const share = await page.locator("#share-link").inputValue();
      assert.ok(share.includes("#/result?") && share.includes(`jurisdiction=${path.app.jurisdiction}`), share);
      if (i === 1) {
        await screenshot(page, `app-result-${device}`);
      }
      assert.deepEqual(errors, []);
    } finally {
      await app.close();
    }
  });
}

const EXAMPLES = readFileSync(join(REPO_ROOT, "tests", "cases", "contract.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));

test("every contract example opens from a share link with the right result", { timeout: 180_000 }, async () => {
  const context = await browser.newContext(VIEWPORTS.desktop);
  try {
    for (const ex of EXAMPLES) {
      const page = await context.newPage();
      const errors = trackErrors(page);
      await page.goto(url(link("result", ex.app)));
      await waitForApp(page);
      const e = ex.expect;
      if (e.exit === 2) {
        // Rejected: the form, with the capacity message next to the field.
        assert.equal(await heading(page), "用电容量和电压", ex.name);
        assert.ok(await page.locator("#error-summary").isVisible(), ex.name);
        const msg = await page.locator("#f-capacity-error").textContent();
        assert.ok(msg.length > 5, `${ex.name}: capacity message`);
        // The other answers are kept.
        assert.match(page.url(), new RegExp(`jurisdiction=${ex.app.jurisdiction}`));
      } else {
        const shown = await readResult(page);
        if ("completion_date" in e) assert.equal(shown.date, e.completion_date, ex.name);
        if ("stages.len" in e) assert.equal(shown.stages, e["stages.len"], ex.name);
        if ("voltage" in e) assert.equal(shown.voltage, e.voltage, ex.name);
        if ("zero_investment.applies" in e) {
          assert.equal(shown.verdict === "yes", e["zero_investment.applies"], ex.name);
        }
        if ("documents.len" in e) {
          const n = await page.locator("[data-documents]").getAttribute("data-documents");
          assert.equal(Number(n), e["documents.len"], ex.name);
        }
      }
      assert.deepEqual(errors, [], ex.name);
      await page.close();
    }
  } finally {
    await context.close();
  }
});

test("a share link's own bundle hands any other page to the full app, keeping the answers", { timeout: 60_000 }, async () => {
  const app = await openApp(browser, url(link("result", PATHS[1].app)), "phone");
  const { page, requests } = app;
  try {
    assert.equal(await page.getAttribute("html", "data-bundle"), "reszhhans");
    assert.ok(requests.all.some((r) => r.url.endsWith(bundleWasm("reszhhans-"))), "the share-link bundle shows the result");
    assert.ok(!requests.all.some((r) => r.url.endsWith(bundleWasm(""))), "the full app is not fetched for it");
    const shown = await page.locator("[data-date]").first().getAttribute("data-date");
    // "Back" goes to the check page, which only the full app has.
    await page.getByRole("link", { name: "返回" }).first().click();
    await waitForApp(page);
    await page.locator("#app h1").waitFor();
    assert.equal(await page.getAttribute("html", "data-bundle"), "full");
    assert.ok(requests.all.some((r) => r.url.endsWith(bundleWasm(""))), "the full app was loaded for it");
    assert.match(page.url(), /#\/check\?/);
    for (const [k, v] of Object.entries(PATHS[1].app)) assert.match(page.url(), new RegExp(`${k}=${v}`), `${k} kept`);
    // And forward again: the full app shows the same result.
    await page.getByRole("button", { name: "查看评估结果" }).click();
    await page.locator("[data-date]").first().waitFor();
    assert.equal(await page.locator("[data-date]").first().getAttribute("data-date"), shown);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test("a share link in English loads the English bundle; 繁體中文 on it reloads into the zh-Hant one, keeping the answers", { timeout: 60_000 }, async () => {
  const app = await openApp(browser, url(link("result", PATHS[1].app, { lang: "en" })), "phone");
  const { page, requests } = app;
  try {
    const fetched = (prefix) => requests.all.some((r) => r.url.endsWith(bundleWasm(prefix)));
    assert.equal(await page.getAttribute("html", "data-bundle"), "resen");
    assert.ok(fetched("resen-"), "the English share-link bundle");
    assert.ok(!fetched("reszhhans-") && !fetched(""), "neither the zh-Hans one nor the full app");
    assert.equal(await page.getAttribute("html", "lang"), "en");
    const shown = await page.locator("[data-date]").first().getAttribute("data-date");
    await page.getByRole("link", { name: "繁體中文" }).first().click();
    await waitAcrossReload(page, () => document.documentElement?.lang === "zh-Hant" && document.querySelector("[data-date]"), undefined);
    await waitForApp(page);
    assert.equal(await page.getAttribute("html", "data-bundle"), "reszhhant");
    assert.ok(fetched("reszhhant-"), "the zh-Hant bundle was loaded for it");
    assert.match(page.url(), /lang=zh-Hant/);
    for (const [k, v] of Object.entries(PATHS[1].app)) assert.match(page.url(), new RegExp(`${k}=${v}`), `${k} kept`);
    assert.equal(await page.locator("[data-date]").first().getAttribute("data-date"), shown);
    assert.match(await page.locator("main#main").textContent(), /評估結果|結果/);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test("on a share link's own page, the variations, care mode, copying the link and the back button work without the full app", { timeout: 60_000 }, async () => {
  const app = await openApp(browser, url(link("result", { jurisdiction: "yangjiang", area: "urban", customer: "small_micro", capacity: "160kVA", voltage: "lv", start: "2026-06-01" })), "phone");
  const { page, requests } = app;
  try {
    assert.equal(await page.getAttribute("html", "data-bundle"), "reszhhans");
    await page.locator("[data-date]").first().waitFor();
    const first = page.url();
    // A variation: its result in place, a new history entry, the heading focused.
    await page.locator("#variations-h").click();
    const tries = page.locator(".variation a");
    assert.ok((await tries.count()) > 0, "this result has variations");
    const target = await tries.first().getAttribute("href");
    const answers = await page.locator("[data-answers-line]").textContent();
    await tries.first().click();
    await page.waitForFunction((t) => location.hash === t, target);
    assert.notEqual(await page.locator("[data-answers-line]").textContent(), answers, "the variation's answers shown");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "page-heading");
    // Care mode: the page's class and address change, an opened fold stays open.
    await page.locator("#warnings-h").click();
    const opened = await page.locator("details[open]").count();
    assert.ok(opened > 0);
    await page.getByRole("button", { name: "关怀模式" }).click();
    await page.waitForFunction(() => document.getElementById("app")?.classList.contains("app--care"));
    assert.match(page.url(), /care=1/);
    assert.equal(await page.locator("details[open]").count(), opened, "folds kept");
    assert.equal(await page.getByRole("button", { name: "关怀模式" }).getAttribute("aria-pressed"), "true");
    // Copying the link says whether it worked.
    await page.locator("[data-share]").click();
    await page.waitForFunction(() => document.querySelector(".share__status")?.textContent.trim());
    // Back (care mode replaced the variation's entry): the first result again.
    await page.goBack();
    await page.waitForFunction((u) => location.href === u, first);
    await page.locator("[data-date]").first().waitFor();
    assert.match(await page.locator("[data-answers-line]").textContent(), /160 kVA/);
    assert.equal(await page.getAttribute("html", "data-bundle"), "reszhhans", "no reload");
    assert.ok(!requests.all.some((r) => r.url.endsWith(bundleWasm(""))), "the full app never fetched");
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test("a kiosk's result and a portal's own pack are the full app's: a share link to them loads it, and so does one typed in", { timeout: 60_000 }, async () => {
  const result = link("result", PATHS[1].app);
  const portal = await openApp(browser, url(`${result}&policy=${encodeURIComponent("https://example.invalid/pack.json")}`), "phone");
  try {
    await portal.page.locator("[data-date]").first().waitFor();
    assert.equal(await portal.page.getAttribute("html", "data-bundle"), "full", "a portal's pack is read by the full app");
    assert.equal(await portal.page.locator(".notice--warning").count(), 1, "the refused pack is named");
  } finally {
    await portal.close();
  }
  const app = await openApp(browser, url(result), "phone");
  const { page } = app;
  try {
    assert.equal(await page.getAttribute("html", "data-bundle"), "reszhhans");
    await page.locator("[data-date]").first().waitFor();
    await page.evaluate((hash) => (location.hash = hash), `${result}&mode=kiosk`);
    await waitAcrossReload(page, () => document.documentElement?.dataset.bundle === "full" && document.querySelector(".app--kiosk [data-date]"), undefined);
    assert.match(page.url(), /mode=kiosk/);
    assert.equal(await page.getByRole("button", { name: "重新开始" }).count() > 0, true, "the kiosk's start-over button");
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test("a share link downloads its own place's data only; another place's link typed into the address shows that place", { timeout: 60_000 }, async () => {
  const app = await openApp(browser, url(link("result", PATHS[1].app)), "phone");
  const { page, requests } = app;
  try {
    const placeFiles = () => requests.all.map((r) => r.url.match(/\/data\/([a-z-]+)(?:\.zh-hans)?-[0-9a-f]+\.json$/)?.[1]).filter(Boolean);
    await page.locator("[data-date]").first().waitFor();
    // Time for the page to have fetched anything it was going to.
    await page.waitForTimeout(1000);
    assert.deepEqual([...new Set(placeFiles())].sort(), ["calendar", "national", "yangjiang"]);
    // The address bar: Liuzhou's result instead (the same document, a new fragment).
    await page.evaluate((hash) => (location.hash = hash), link("result", { ...PATHS[1].app, jurisdiction: "liuzhou", capacity: "2000kVA", voltage: "10kv" }));
    await page.waitForFunction(() => document.querySelector("main#main [data-date]") && document.querySelector("main#main")?.textContent.includes("柳州"));
    assert.match(page.url(), /#\/result\?jurisdiction=liuzhou/, "still the result, not the questions");
    assert.ok(placeFiles().includes("liuzhou"), "Liuzhou's data fetched for it");
    assert.match(await page.locator("[data-date]").first().getAttribute("data-date"), /^\d{4}-\d{2}-\d{2}$/);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test("bad input in the form shows messages and keeps the other answers", { timeout: 120_000 }, async () => {
  for (const device of ["phone", "desktop"]) {
    const app = await openApp(browser, url("#/form/capacity?jurisdiction=liuzhou&customer=small_micro"), device);
    const { page } = app;
    try {
      const box = page.getByLabel("需要多大的用电容量？");
      const cont = page.getByRole("button", { name: CONTINUE });
      const cases = [
        ["-5", /负|negative|小于|大于/],
        ["", /请填写报装容量/],
        ["160 horsepower", /horsepower|马力|单位/],
      ];
      for (const [typed, message] of cases) {
        await box.fill(typed);
        await cont.click();
        const summary = page.locator("#error-summary");
        await summary.waitFor();
        assert.match(await summary.textContent(), message, `summary for “${typed}”`);
        assert.match(await page.locator("#f-capacity-error").textContent(), message, `field message for “${typed}”`);
        assert.equal(await box.inputValue(), typed, "what was typed is kept");
        assert.equal(await heading(page), "用电容量和电压", "still on the page");
        assert.match(await page.title(), /^错误：/);
        const href = page.url();
        assert.match(href, /jurisdiction=liuzhou/);
        assert.match(href, /customer=small_micro/);
        if (typed === "-5") {
          await page.evaluate(() => window.scrollTo(0, 0));
          await screenshot(page, `app-error-${device}`);
          // The summary link moves focus to the field.
          await summary.getByRole("link").first().click();
          assert.equal(await page.evaluate(() => document.activeElement?.id), "f-capacity");
        }
      }
      // Going back keeps the earlier answers.
      await page.getByRole("link", { name: "返回" }).click();
      assert.equal(await heading(page), "申请人");
      assert.ok(await page.getByLabel("小微企业", { exact: true }).isChecked());
    } finally {
      await app.close();
    }
  }
});

test("a link with bad values shows the form with messages next to the fields", { timeout: 60_000 }, async () => {
  const app = await openApp(browser, url("#/result?jurisdiction=liuzhou&customer=small_micro&capacity=abc&area=moon"), "phone");
  const { page } = app;
  try {
    assert.equal(await heading(page), "用电地点");
    const summary = await page.locator("#error-summary").textContent();
    assert.match(summary, /moon/);
    assert.match(summary, /abc/);
    assert.match(await page.locator("#f-area-error").textContent(), /moon/);
    assert.ok(await page.getByLabel("广西壮族自治区柳州市").isChecked(), "valid answer kept");
    // The capacity problem is on another page: its summary link goes there.
    await page.locator("#error-summary a", { hasText: "abc" }).click();
    assert.equal(await heading(page), "用电容量和电压");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "f-capacity");
    assert.equal(await page.getByLabel("需要多大的用电容量？").inputValue(), "abc");
    assert.match(page.url(), /customer=small_micro/);
    // Fixing both gives the result.
    await page.getByLabel("需要多大的用电容量？").fill("120");
    await page.getByRole("button", { name: CONTINUE }).click();
    assert.equal(await heading(page), "用电情况");
  } finally {
    await app.close();
  }
});

test("language switch changes the text, <html lang> and the link", { timeout: 60_000 }, async () => {
  const app = await openApp(browser, url("#/form/where?jurisdiction=yangjiang"), "desktop");
  const { page } = app;
  try {
    assert.equal(await page.getAttribute("html", "lang"), "zh-Hans");
    assert.equal(await heading(page), "用电地点");
    // Each option is labelled in its own language.
    const options = await page.locator("nav.langs a").evaluateAll((as) => as.map((a) => [a.textContent, a.lang]));
    assert.deepEqual(options, [["简体中文", "zh-Hans"], ["繁體中文", "zh-Hant"], ["English", "en"]]);

    await page.getByRole("link", { name: "English" }).click();
    assert.equal(await heading(page), "Where the connection is");
    assert.equal(await page.getAttribute("html", "lang"), "en");
    assert.match(page.url(), /lang=en/);
    assert.match(page.url(), /jurisdiction=yangjiang/);
    assert.match(await page.title(), /Electricity connection self-assessment/);

    await page.getByRole("link", { name: "繁體中文" }).click();
    assert.equal(await heading(page), "用電地點");
    assert.equal(await page.getAttribute("html", "lang"), "zh-Hant");
    assert.match(page.url(), /lang=zh-Hant/);

    // The language survives a reload (it is in the link).
    await page.reload();
    await waitForApp(page);
    assert.equal(await heading(page), "用電地點");
    assert.equal(await page.getAttribute("html", "lang"), "zh-Hant");

    // Error messages are translated too.
    await page.goto(url("#/form/where?lang=en"));
    await page.getByRole("button", { name: "Continue" }).click();
    assert.match(await page.locator("#error-summary").textContent(), /Choose where the connection is/);
  } finally {
    await app.close();
  }
});

test("the result prints as a clean checklist", { timeout: 90_000 }, async () => {
  // One or two A4 pages, even for a high-voltage dual-supply case with permits.
  const hvWorks = { jurisdiction: "district-x", area: "urban", customer: "business", applicant: "organisation", proxy: "yes", capacity: "800kVA", voltage: "10kv", supply: "dual", external_works: "unknown", start: "2026-09-28" };
  for (const [device, ex, maxPages] of [
    ["phone", PATHS[4].app, 2],
    ["desktop", PATHS[4].app, 2],
    ["desktop", PATHS[1].app, 2],
    ["desktop", PATHS[3].app, 2],
    ["desktop", hvWorks, 2],
  ]) {
    const app = await openApp(browser, url(link("result", ex)), device);
    const { page } = app;
    try {
      await readResult(page);
      await page.emulateMedia({ media: "print" });
      for (const sel of ["header", "footer", ".share", "nav.langs", ".back-link", "details.cite"]) {
        assert.equal(await page.locator(sel).first().isVisible(), false, `${sel} hidden in print`);
      }
      // District X's seed lists no application documents: the page says so instead.
      const docs = estimate(ex).documents.length > 0 ? ".checklist__item" : ".fold:has(#docs-h) > p";
      for (const sel of [".verdict", "[data-date]", ".timeline__item", docs, ".print-sources", ".print-link"]) {
        assert.ok(await page.locator(sel).first().isVisible(), `${sel} printed`);
      }
      await screenshot(page, `app-print-${ex.jurisdiction}-${device}`);
      if (device === "desktop") {
        const pdf = await page.pdf({ format: "A4" });
        const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
        console.log(`print ${ex.jurisdiction}: ${pages} A4 pages`);
        assert.ok(pages >= 1 && pages <= maxPages, `${ex.jurisdiction}: ${pages} printed pages`);
      }
    } finally {
      await app.close();
    }
  }
});

test("no network requests after load, no cookies, no storage", { timeout: 60_000 }, async () => {
  const app = await openApp(browser, url(), "phone");
  const { page, requests, context } = app;
  try {
    await page.waitForLoadState("networkidle");
    requests.mark();
    await page.getByRole("button", { name: "开始", exact: true }).click();
    await choose(page, "用电地址在哪个地区？", "广东省阳江市");
    await page.getByRole("button", { name: CONTINUE }).click();
    await page.getByRole("link", { name: "English" }).click();
    await page.goto(url(link("result", PATHS[1].app)));
    await readResult(page);
    await page.locator(".fold--verdict > summary").click();
    await page.locator("details.cite").first().locator("summary").click();
    await page.waitForTimeout(300);
    const after = requests.sinceMark().filter((r) => !r.url.startsWith("data:"));
    // The one `goto` above reloads nothing (same document, new fragment). The
    // only requests are the app's own policy files, named on its boot tag,
    // each once: the start page needs none, the questions all.
    const named = await page.evaluate(() => Object.values(JSON.parse(document.getElementById("dianli-boot").dataset.policy)));
    const own = named.map((f) => new URL(f, page.url()).href).sort();
    assert.deepEqual(after.map((r) => r.url).sort(), own, "requests after load: the policy files, once");
    assert.deepEqual(await context.cookies(), []);
    const storage = await page.evaluate(() => [localStorage.length, sessionStorage.length]);
    assert.deepEqual(storage, [0, 0]);
  } finally {
    await app.close();
  }
});

const PAGES = [
  ["start", ""],
  ["form", "#/form/where?jurisdiction=liuzhou"],
  ["form-errors", "#/result?jurisdiction=liuzhou&capacity=abc&area=moon"],
  ["form-capacity", "#/form/capacity?jurisdiction=liuzhou&capacity=150kW"],
  ["check", link("check", PATHS[5].app)],
  ["result", link("result", PATHS[4].app)],
];

for (const lang of ["zh-Hans", "zh-Hant", "en"]) {
  test(`axe-core finds no violations (${lang})`, { timeout: 120_000 }, async () => {
    const context = await browser.newContext(VIEWPORTS.phone);
    try {
      for (const [name, hash] of PAGES) {
        const page = await context.newPage();
        const sep = hash.includes("?") ? "&" : hash ? "?" : "#/?";
        await page.goto(url(hash + (lang === "zh-Hans" ? "" : `${sep}lang=${lang}`)));
        await waitForApp(page);
        // Open every citation so their contents are checked too.
        await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
        const violations = await axeViolations(page);
        assert.equal(violations.length, 0, `${name} (${lang}):\n${formatViolations(violations)}`);
        assert.equal(await page.getAttribute("html", "lang"), lang);
        await page.close();
      }
    } finally {
      await context.close();
    }
  });
}

test("keyboard only: focus moves to the heading, everything is reachable", { timeout: 60_000 }, async () => {
  const app = await openApp(browser, url(), "desktop");
  const { page } = app;
  try {
    // Skip link first.
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement?.className), "skip-link");
    // Tab to the start button and press Enter.
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press("Tab");
      if ((await page.evaluate(() => document.activeElement?.textContent)) === "开始") break;
    }
    await page.keyboard.press("Enter");
    assert.equal(await heading(page), "用电地点");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "page-heading", "focus on the new heading");
    // Choose with the keyboard: Tab into the first radio group, arrow keys, space.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Space");
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("type")), "radio");
    assert.equal(await page.locator("input[name=jurisdiction]:checked").count(), 1);
    // A visible focus indicator.
    const outline = await page.evaluate(() => {
      const el = document.activeElement.nextElementSibling;
      return getComputedStyle(el, "::before").boxShadow;
    });
    assert.notEqual(outline, "none");
  } finally {
    await app.close();
  }
});

test("back and forward buttons move between pages", { timeout: 60_000 }, async () => {
  const app = await openApp(browser, url(), "phone");
  const { page } = app;
  try {
    await page.getByRole("button", { name: "开始", exact: true }).click();
    await choose(page, "用电地址在哪个地区？", "重庆市万州区");
    await page.getByRole("button", { name: CONTINUE }).click();
    assert.equal(await heading(page), "申请人");
    await page.goBack();
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "用电地点");
    assert.ok(await page.getByLabel("重庆市万州区").isChecked());
    await page.goForward();
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "申请人");
    await page.goBack();
    await page.goBack();
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "电力接入自助评估");
  } finally {
    await app.close();
  }
});

test("copy link puts the share link on the clipboard", { timeout: 60_000 }, async () => {
  const context = await browser.newContext({ ...VIEWPORTS.desktop });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
  try {
    const page = await context.newPage();
    await page.goto(url(link("result", PATHS[1].app, { mode: "embed" })));
    await readResult(page);
    const share = await page.locator("#share-link").inputValue();
    assert.doesNotMatch(share, /mode=/, "the shared link drops embed mode");
    await page.getByRole("button", { name: "复制链接" }).click();
    await page.waitForFunction(() => document.querySelector(".share__status")?.textContent !== "");
    const status = await page.locator(".share__status").textContent();
    if (status === "链接已复制。") {
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), share);
    } else {
      assert.match(status, /手动复制/);
    }
  } finally {
    await context.close();
  }
});

test("kiosk: large targets, start over, idle reset after 120 s with a 20 s warning", { timeout: 90_000 }, async () => {
  for (const device of ["phone", "desktop"]) {
    const context = await browser.newContext({ ...VIEWPORTS[device], locale: "zh-CN", timezoneId: "Asia/Shanghai" });
    try {
      const page = await context.newPage();
      await page.clock.install();
      await page.goto(url("#/?jurisdiction=liuzhou&mode=kiosk"));
      await waitForApp(page);
      if (device === "desktop") await screenshot(page, "app-kiosk-start-desktop");
      await page.getByRole("button", { name: "开始", exact: true }).click();
      await choose(page, "用电地址在城区还是农村？", "城区（城市规划区内）");
      // Targets are at least 44px (kiosk: larger).
      const size = await page.locator(".radio__input").first().boundingBox();
      assert.ok(size.height >= 56, `radio target ${size.height}px`);
      const button = await page.getByRole("button", { name: CONTINUE }).boundingBox();
      assert.ok(button.height >= 56, `button ${button.height}px`);
      await screenshot(page, `app-kiosk-form-${device}`);

      // 100 s idle: the warning with its countdown.
      await page.clock.fastForward(101_000);
      const dialog = page.getByRole("alertdialog");
      await dialog.waitFor();
      assert.match(await dialog.textContent(), /秒后将清除您的答案/);
      await screenshot(page, `app-kiosk-warning-${device}`);
      // The button (or any other input: a touch, a key) keeps the answers.
      // (A real mouse move would already count as input, so dispatch the click.)
      await page.getByRole("button", { name: "继续使用" }).dispatchEvent("click");
      await dialog.waitFor({ state: "detached" });
      assert.match(page.url(), /area=urban/);

      // 120 s idle: back to the start, answers cleared, the kiosk's preset kept.
      await page.clock.fastForward(125_000);
      await page.waitForFunction(() => document.querySelector("h1")?.textContent === "电力接入自助评估");
      assert.doesNotMatch(page.url(), /area=/);
      assert.match(page.url(), /jurisdiction=liuzhou/);
      assert.match(page.url(), /mode=kiosk/);

      // Start over by hand.
      await page.getByRole("button", { name: "开始", exact: true }).click();
      await page.getByRole("button", { name: "重新开始" }).click();
      assert.equal(await heading(page), "电力接入自助评估");
    } finally {
      await context.close();
    }
  }
});

test("embed: no site chrome, region preset, height posted to the portal", { timeout: 60_000 }, async () => {
  const context = await browser.newContext(VIEWPORTS.desktop);
  try {
    const page = await context.newPage();
    const errors = trackErrors(page);
    await page.setContent(
      `<!DOCTYPE html><html lang="zh-Hans"><title>portal</title><body>
       <script>window.heights = []; addEventListener("message", (e) => { if (e.data && e.data.type === "dianli:height") heights.push(e.data.height); });</script>
       <iframe id="tool" title="电力接入自助评估" src="${url("#/?jurisdiction=liuzhou&mode=embed")}" style="width:100%;height:400px;border:0"></iframe></body></html>`,
    );
    const frame = page.frameLocator("#tool");
    await frame.locator("#app main#main h1").waitFor();
    await page.waitForFunction(() => window.heights.length > 0);
    assert.equal(await frame.locator("header").count(), 0, "no header");
    assert.equal(await frame.locator("footer").count(), 0, "no footer");
    assert.match(await frame.locator("main").textContent(), /广西壮族自治区柳州市/);
    const first = await page.evaluate(() => window.heights.at(-1));
    assert.ok(first > 300, `height ${first}`);
    await frame.getByRole("button", { name: "开始" }).click();
    await frame.locator("h1", { hasText: "用电地点" }).waitFor();
    await page.waitForFunction((h) => window.heights.at(-1) !== h, first);
    const second = await page.evaluate(() => window.heights.at(-1));
    assert.notEqual(second, first, "a new height after the page changed");
    // The portal's preset is chosen.
    assert.ok(await frame.getByLabel("广西壮族自治区柳州市").isChecked());
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("embed: the one-line embed script makes a frame with the portal's presets that fits its content", { timeout: 60_000 }, async () => {
  const context = await browser.newContext(VIEWPORTS.desktop);
  try {
    const page = await context.newPage();
    const errors = trackErrors(page);
    await page.setContent(
      `<!DOCTYPE html><html lang="zh-Hans"><title>portal</title><body><h1>柳州市政务服务网</h1>
       <script src="${server.url}embed.js" data-jurisdiction="liuzhou" data-lang="en" data-accent="5b2a86"></script>
       <p id="after">footer</p></body></html>`,
    );
    const frame = page.frameLocator("iframe");
    await frame.locator("#app main#main h1").waitFor();
    const src = await page.locator("iframe").getAttribute("src");
    assert.match(src, /index\.html#\/\?mode=embed&jurisdiction=liuzhou&lang=en&accent=5b2a86$/);
    assert.equal(await page.locator("iframe").getAttribute("title"), "电力接入自助评估");
    assert.equal(await frame.locator("html").getAttribute("lang"), "en");
    assert.equal(await frame.locator("header").count(), 0, "no site header inside the portal");
    await frame.getByRole("button", { name: "Start now" }).click();
    await frame.locator("h1", { hasText: "Where" }).waitFor();
    // The frame fits its content (no inner scroll bar), also after the page changed.
    const fits = async () => {
      const outer = await page.locator("iframe").evaluate((f) => f.getBoundingClientRect().height);
      const inner = await frame.locator("html").evaluate((el) => el.scrollHeight);
      const app = await frame.locator("#app").evaluate((el) => el.getBoundingClientRect().height);
      return outer >= inner - 1 && Math.abs(outer - app) <= 2;
    };
    let ok = false;
    for (let i = 0; i < 100 && !ok; i++) {
      ok = await fits();
      if (!ok) await page.waitForTimeout(100);
    }
    assert.ok(ok, "the frame is as tall as the app inside it");
    assert.ok(await frame.getByLabel("Liuzhou, Guangxi").isChecked());
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("embed: a portal's own policy pack and colour are used, a broken pack is refused with its problems", { timeout: 120_000 }, async () => {
  const dx = JSON.parse(readFileSync(join(REPO_ROOT, "policy", "district-x.json"), "utf8"));
  dx.id = "portal-test";
  dx.name = { "zh-Hans": "门户测试区", "zh-Hant": "門戶測試區", en: "Portal test district" };
  const packs = {
    "good-pack.json": JSON.stringify({ jurisdictions: { "portal-test": dx } }),
    "bad-pack.json": JSON.stringify({ jurisdictions: { "portal-test": { id: "portal-test" } } }),
  };
  const context = await browser.newContext({ ...VIEWPORTS.phone, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  await context.route("**/*-pack.json", (route) => {
    const name = new URL(route.request().url()).pathname.split("/").pop();
    return packs[name]
      ? route.fulfill({ status: 200, contentType: "application/json", body: packs[name] })
      : route.fulfill({ status: 404, body: "not found" });
  });
  try {
    let page = await context.newPage();
    const errors = [trackErrors(page)];
    const app = { jurisdiction: "portal-test", area: "urban", customer: "business", capacity: "30kVA", voltage: "lv", external_works: "yes", start: "2026-04-30" };
    const expected = estimate({ ...app, jurisdiction: "district-x" });
    await page.goto(url(link("result", app, { mode: "embed", policy: "good-pack.json", accent: "5b2a86" })));
    const shown = await readResult(page);
    assert.equal(shown.stages, expected.stages.length);
    assert.equal(shown.date, expected.completion_date);
    assert.equal(shown.verdict, expected.zero_investment.status);
    assert.match(await page.locator("main").textContent(), /使用门户提供的政策数据[\s\S]*good-pack\.json/);
    const brand = await page.evaluate(() => getComputedStyle(document.getElementById("app")).getPropertyValue("--brand").trim());
    assert.equal(brand, "#5b2a86");
    const share = await page.locator("#share-link").inputValue();
    assert.match(share, /policy=good-pack\.json/, "the shared link keeps the pack");
    assert.doesNotMatch(share, /accent=|mode=/, "but not the portal's colour or mode");
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], formatViolations(violations));
    await screenshot(page, "app-portal-pack-phone");
    // The new place is offered in the form, after the built-in ones.
    await page.goto(url("#/form/where?mode=embed&policy=good-pack.json"));
    await page.getByLabel("门户测试区").waitFor();
    assert.ok(await page.getByLabel("广西壮族自治区柳州市").isVisible());

    // A broken pack: the built-in data is used and the page says why, with paths.
    await page.close();
    page = await context.newPage();
    errors.push(trackErrors(page));
    await page.goto(url(link("result", { ...app, jurisdiction: "district-x" }, { policy: "bad-pack.json", accent: "ffdd00" })));
    await readResult(page);
    const alert = page.getByRole("alert").filter({ hasText: "门户提供的政策数据无法使用" });
    await alert.waitFor();
    assert.match(await alert.textContent(), /jurisdictions\.portal-test\.name/);
    assert.match(await page.locator("main").textContent(), /颜色“ffdd00”太浅/);
    assert.notEqual(
      await page.evaluate(() => getComputedStyle(document.getElementById("app")).getPropertyValue("--brand").trim()),
      "#ffdd00",
    );
    await screenshot(page, "app-portal-bad-pack-phone");

    // A pack that is not there: same, with the HTTP status.
    await page.close();
    page = await context.newPage();
    errors.push(trackErrors(page));
    await page.goto(url("#/?policy=missing-pack.json"));
    await page.getByRole("alert").filter({ hasText: "HTTP 404" }).waitFor();
    // Following a link to another pack loads the page afresh with that pack.
    await page.evaluate(() => { location.hash = "#/form/where?policy=good-pack.json"; });
    await page.getByLabel("门户测试区").waitFor();
    assert.equal(await page.getByRole("alert").count(), 0);
    // Only the missing pack's own 404 is logged by the browser.
    assert.deepEqual(errors.flat().filter((e) => !/404/.test(e)), []);
  } finally {
    await context.close();
  }
});

test("screenshots of every page on a phone and a desktop", { timeout: 120_000 }, async () => {
  for (const device of ["phone", "desktop"]) {
    for (const [name, hash] of [
      ["start", ""],
      ["form-where", "#/form/where?jurisdiction=liuzhou&area=urban"],
      ["form-capacity", "#/form/capacity?jurisdiction=liuzhou&capacity=150kW&voltage=lv"],
      ["form-details", "#/form/details?jurisdiction=liuzhou"],
      ["check", link("check", PATHS[4].app)],
      ["result-en", link("result", PATHS[5].app, { lang: "en" })],
      ["result-hant", link("result", PATHS[1].app, { lang: "zh-Hant" })],
    ]) {
      const app = await openApp(browser, url(hash), device);
      try {
        await screenshot(app.page, `app-${name}-${device}`);
        assert.deepEqual(app.errors, [], name);
      } finally {
        await app.close();
      }
    }
  }
});
