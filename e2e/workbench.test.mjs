// End-to-end tests of the officials' pages: #/compare, #/rules/<place>,
// #/check-pack and #/scenarios. The compare table's figures and the scenario
// grid's cells are checked against the engine itself (the `estimate` command,
// one batch for every case); a pasted pack with a wrong value is named by its
// path in the page's language; a file opens; a valid pack is tried on the
// applicant's pages and stays out of links; the CSV downloads carry a BOM; the
// rules filter and anchors, and "see the rule" from a result; axe in three
// languages; keyboard; print. Screenshots go to e2e/screenshots/workbench-*.png.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  REPO_ROOT,
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

/** The application a result link carries (`#/result?…`). */
function appOf(href) {
  const query = href.slice(href.indexOf("?") + 1);
  const app = Object.fromEntries(new URLSearchParams(query));
  delete app.lang;
  return app;
}

/** A compare cell's figure, read from the engine's JSON the way the page writes it. */
function keyOf(a, measure) {
  const n = (len) => (len === 0 ? "none" : String(len));
  switch (measure) {
    case "stages":
      return n(a.stages.length);
    case "documents":
      return n(a.documents.length);
    case "time_limit": {
      const t = a.time_limit;
      return t ? `${t.days} ${t.days_kind}${t.average ? " average" : ""}` : "none";
    }
    case "zero_investment": {
      const z = a.zero_investment;
      if (!z.applies) return "no";
      if (!z.cap) return "yes";
      return `yes ${z.cap.value} ${z.cap.unit}${z.cap.area ? ` ${z.cap.area}` : ""}`;
    }
    case "permits": {
      const p = a.approvals;
      if (!p.citation) return "none";
      if (p.exempt && p.needed === "no") return "exempt";
      if (p.total_working_days == null) return "open";
      return `${p.total_working_days}${p.total_is_minimum ? "+" : ""}`;
    }
    case "water_time_limit":
    case "gas_time_limit":
    case "telecom_time_limit": {
      const u = (a.utilities || {})[measure.replace("_time_limit", "")];
      const t = u && u.time_limit;
      return t ? `${t.value} ${t.unit}${t.condition ? " conditional" : ""}` : "none";
    }
    default:
      throw new Error(`unknown measure ${measure}`);
  }
}

const LIUZHOU = JSON.parse(readFileSync(join(REPO_ROOT, "policy", "liuzhou.json"), "utf8"));

/** A pack with Liuzhou's first total time limit changed. */
function liuzhouPack(days) {
  const lz = structuredClone(LIUZHOU);
  lz.time_limits[0].days = days;
  return JSON.stringify({ jurisdictions: { liuzhou: lz } }, null, 2);
}

/** Clicks a download link and returns the file's bytes and name. */
async function download(page, name) {
  const [dl] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
  const path = await dl.path();
  return { bytes: readFileSync(path), name: dl.suggestedFilename() };
}

function checkCsv(bytes) {
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], "UTF-8 byte-order mark");
  const text = bytes.subarray(3).toString("utf8");
  assert.ok(text.endsWith("\r\n"), "records end with CRLF");
  assert.ok(!/[^\r]\n/.test(text.replace(/"[^"]*"/g, "")), "no bare LF between records");
  return text.split("\r\n").filter(Boolean);
}

test("the compare table's figures are the engine's for the same cases", { timeout: 300_000 }, async () => {
  const app = await openApp(browser, url("#/compare?start=2026-06-01"), "desktop");
  const { page, errors } = app;
  try {
    assert.equal(await page.locator("h1").textContent(), "各地规定对比");
    assert.equal(await page.locator("table").getAttribute("data-start"), "2026-06-01");
    const cells = await page.$$eval("td[data-key]", (tds) =>
      tds.map((td) => ({
        place: td.dataset.place,
        key: td.dataset.key,
        href: td.querySelector("a").getAttribute("href"),
        measure: td.closest("tr").dataset.measure,
        best: td.classList.contains("wb-best"),
      })),
    );
    const places = await page.$$eval("thead th[data-place]", (ths) => ths.map((th) => th.dataset.place));
    assert.deepEqual(places.sort(), ["district-x", "liuzhou", "national", "shandong", "wanzhou", "yangjiang"]);
    assert.ok(cells.length >= 20 * places.length, `${cells.length} cells`);
    // Every row states its case; every cell links to that case's result.
    const apps = cells.map((c) => appOf(c.href));
    for (const [i, a] of apps.entries()) {
      assert.equal(a.jurisdiction, cells[i].place);
      assert.equal(a.start, "2026-06-01");
      for (const f of ["area", "customer", "capacity", "voltage", "supply", "external_works", "kind", "temporary"]) {
        assert.ok(a[f], `cell ${i} states ${f}`);
      }
    }
    const results = estimate(apps);
    for (const [i, c] of cells.entries()) {
      assert.equal(c.key, keyOf(results[i], c.measure), `${c.measure} in ${c.place}: ${c.href}`);
    }
    // The best value of a row is marked, and only where values differ.
    assert.ok(cells.some((c) => c.best), "some best values are marked");
    // A cell opens its result.
    const first = page.locator("td[data-key] a").first();
    const href = await first.getAttribute("href");
    await first.click();
    await page.waitForSelector("[data-verdict]");
    assert.equal(new URL(page.url()).hash, href);
    await screenshot(page, "workbench-compare-result-desktop");
    assert.deepEqual(errors, []);
  } finally {
    await app.close();
  }
});

test("compare: a sticky first column, scrolling sideways on a phone, a CSV with a BOM, and print", { timeout: 120_000 }, async () => {
  const app = await openApp(browser, url("#/compare?start=2026-06-01&lang=en"), "phone");
  const { page, errors } = app;
  try {
    const region = page.getByRole("region", { name: /Compare the places/ });
    const scroll = await region.evaluate((el) => ({ client: el.clientWidth, scroll: el.scrollWidth }));
    assert.ok(scroll.scroll > scroll.client, "the table scrolls sideways instead of squashing");
    const head = page.locator("tbody th.wb-rowhead").first();
    assert.equal(await head.evaluate((el) => getComputedStyle(el).position), "sticky");
    const before = await head.boundingBox();
    await region.evaluate((el) => el.scrollBy(400, 0));
    const afterScroll = await head.boundingBox();
    assert.equal(Math.round(afterScroll.x), Math.round(before.x), "the first column stays in view");
    await screenshot(page, "workbench-compare-phone");

    const { bytes, name } = await download(page, "Download CSV (opens in Excel)");
    assert.equal(name, "dianli-compare-2026-06-01.csv");
    const lines = checkCsv(bytes);
    assert.match(lines[0], /^Measure,Case,/);
    assert.ok(lines[0].includes("Liuzhou"), lines[0]);
    assert.equal(lines.length, (await page.locator("tr[data-measure]").count()) + 1);

    await page.emulateMedia({ media: "print" });
    assert.equal(await page.locator(".wb-nav").isVisible(), false, "navigation not printed");
    assert.equal(await page.locator("#wb-start").isVisible(), false, "controls not printed");
    assert.equal(await head.evaluate((el) => getComputedStyle(el).position), "static");
    assert.ok(await page.locator("table.wb-compare-table").isVisible());
    await screenshot(page, "workbench-compare-print-phone");
    assert.deepEqual(errors, []);
  } finally {
    await app.close();
  }
  const desk = await openApp(browser, url("#/compare?start=2026-06-01"), "desktop");
  try {
    await desk.page.emulateMedia({ media: "print" });
    const pdf = await desk.page.pdf({ format: "A4", landscape: true });
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
    console.log(`compare prints on ${pages} pages`);
    assert.ok(pages >= 1 && pages <= 8, `${pages} printed pages`);
  } finally {
    await desk.close();
  }
});

test("rules of a place: filters, anchors, and every citation of a result leads to its rule", { timeout: 120_000 }, async () => {
  const app = await openApp(browser, url("#/rules/liuzhou"), "desktop");
  const { page, errors } = app;
  try {
    assert.match(await page.locator("h1").textContent(), /柳州市的规则$/);
    const all = await page.locator("article.wb-rule").count();
    assert.ok(all > 10, `${all} rules`);
    // Every rule has its anchor, its conditions and a quoted clause with its document.
    for (const rule of await page.locator("article.wb-rule").all()) {
      assert.match(await rule.getAttribute("id"), /^[a-z_]+-[\w-]+$/);
      assert.ok(await rule.locator(".wb-rule__when").count());
      assert.ok((await rule.locator("blockquote").count()) > 0);
      assert.ok((await rule.locator(".wb-doc").count()) > 0);
    }
    assert.match(await page.locator("article.wb-rule .wb-meta").first().textContent(), /发布机关：.*发布：/);

    // Filter by voltage with the keyboard: the page keeps the focus on the control.
    await page.focus("#wb-voltage");
    await page.selectOption("#wb-voltage", "10kv");
    await page.waitForFunction(() => location.hash.includes("voltage=10kv"));
    await page.waitForFunction(() => document.activeElement?.id === "wb-voltage");
    const hv = await page.locator("article.wb-rule").count();
    assert.ok(hv < all, `${hv} of ${all} rules for 10 kV`);
    assert.equal(await page.locator("#time_limits-0").count(), 0, "the LV resident limit is filtered out");
    assert.match(await page.locator(".wb-count").textContent(), new RegExp(`显示 ${hv} 条规则，共 ${all} 条`));
    await page.selectOption("#wb-topic", "time_limits");
    await page.waitForFunction(() => location.hash.includes("topic=time_limits"));
    const groups = await page.$$eval("article.wb-rule", (a) => [...new Set(a.map((x) => x.dataset.group))]);
    assert.deepEqual(groups, ["time_limits"]);
    await page.keyboard.press("Tab");
    assert.notEqual(await page.evaluate(() => document.activeElement?.tagName), "BODY");

    // A result's citation: "see the rule" opens that rule, focused, with the same quote.
    await page.goto(
      url("#/result?jurisdiction=liuzhou&area=urban&customer=business&capacity=2000kVA&voltage=10kv&supply=single&external_works=yes&kind=new&temporary=no&start=2026-06-10"),
    );
    await page.waitForSelector("[data-verdict]");
    await page.locator(".fold--verdict > summary").click();
    const cite = page.locator("details.cite").first();
    await cite.locator("summary").click();
    const quote = (await cite.locator("blockquote").first().textContent()).trim();
    const link = cite.getByRole("link", { name: /^查看规则/ }).first();
    const href = await link.getAttribute("href");
    assert.match(href, /^#\/rules\/[a-z-]+#[\w-]+$/);
    await link.focus();
    await page.keyboard.press("Enter");
    const anchor = href.split("#")[2];
    await page.waitForFunction((id) => document.activeElement?.id === id, anchor);
    const target = page.locator(`article#${anchor}`);
    assert.match(await target.getAttribute("class"), /wb-rule--target/);
    const quotes = await target.locator("blockquote").allTextContents();
    assert.ok(quotes.some((q) => q.trim() === quote), `${quote} in ${anchor}`);
    await screenshot(page, "workbench-rule-from-result-desktop");
    // Back to the result.
    await page.goBack();
    await page.waitForSelector("[data-verdict]");
    assert.deepEqual(errors, []);
  } finally {
    await app.close();
  }
});

test("check a pack: a wrong value is named by its path, in the page's language", { timeout: 120_000 }, async () => {
  const app = await openApp(browser, url("#/check-pack"), "desktop");
  const { page, errors } = app;
  try {
    await page.getByLabel("政策数据包（JSON）").fill(liuzhouPack(0));
    await page.getByRole("button", { name: "检查数据包" }).click();
    const problem = page.locator('li[data-path="jurisdictions.liuzhou.time_limits[0].days"]');
    await problem.waitFor();
    assert.match(await problem.textContent(), /jurisdictions\.liuzhou\.time_limits\[0\]\.days：应为正整数/);
    await page.waitForFunction(() => document.activeElement?.id === "pack-report");
    assert.match(await page.locator("#pack-report-h").textContent(), /发现 1 个问题/);
    await screenshot(page, "workbench-check-pack-problem-desktop");
    // The same problem in English and traditional Chinese.
    await page.getByRole("link", { name: "English" }).click();
    await page.waitForFunction(() => document.documentElement.lang === "en");
    assert.match(await problem.textContent(), /time_limits\[0\]\.days: expected a positive integer/);
    await page.getByRole("link", { name: "繁體中文" }).click();
    await page.waitForFunction(() => document.documentElement.lang === "zh-Hant");
    assert.match(await problem.textContent(), /應為正整數/);

    // Text that is not JSON: its line and column, in words.
    await page.locator("#pack-text").fill('{\n  "jurisdictions" {}\n}');
    await page.getByRole("button", { name: "檢查資料包" }).click();
    await page.waitForFunction(() => document.querySelector("#pack-report")?.textContent.includes("第 2 行"));
    assert.match(await page.locator("#pack-report").textContent(), /不是有效的 JSON/);
    assert.deepEqual(errors, []);
  } finally {
    await app.close();
  }
});

test("check a pack: an implausible time limit is refused by its path, in three languages", { timeout: 120_000 }, async () => {
  const app = await openApp(browser, url("#/check-pack"), "desktop");
  const { page, errors } = app;
  try {
    // A limit this long would end in the year 262142.
    await page.getByLabel("政策数据包（JSON）").fill(liuzhouPack(4294967295));
    await page.getByRole("button", { name: "检查数据包" }).click();
    const problem = page.locator('li[data-path="jurisdictions.liuzhou.time_limits[0].days"]');
    await problem.waitFor();
    assert.match(await problem.textContent(), /应不超过 1000 天/);
    await screenshot(page, "workbench-check-pack-bound-desktop");
    await page.getByRole("link", { name: "English" }).click();
    await page.waitForFunction(() => document.documentElement.lang === "en");
    assert.match(await problem.textContent(), /time_limits\[0\]\.days: expected at most 1,000 days/);
    await page.getByRole("link", { name: "繁體中文" }).click();
    await page.waitForFunction(() => document.documentElement.lang === "zh-Hant");
    assert.match(await problem.textContent(), /應不超過 1000 天/);
    // The pack's text is kept for mending.
    assert.match(await page.locator("#pack-text").inputValue(), /"days": 4294967295/);
    assert.deepEqual(errors, []);
  } finally {
    await app.close();
  }
});

test("check a pack: warnings are listed, and the source's text opened as a second file checks the quotes", { timeout: 180_000 }, async () => {
  const app = await openApp(browser, url("#/check-pack?lang=en"), "desktop");
  const { page, errors, requests } = app;
  try {
    const template = JSON.parse(readFileSync(join(REPO_ROOT, "docs", "pack-template.json"), "utf8"));
    const source = template.jurisdictions["example-city"].sources.notice;
    const notice = source.text;
    delete source.text;
    requests.mark();
    await page.setInputFiles("#pack-file", {
      name: "our-pack.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(template)),
    });
    await page.locator('[data-report="valid"]').waitFor();
    const warned = await page.$$eval('[data-report="warnings"] li', (li) => li.map((x) => x.dataset.path));
    assert.deepEqual(warned, ["jurisdictions.example-city.sources.notice"]);
    assert.match(await page.locator('[data-report="warnings"]').textContent(), /quotes citing this source were not checked/);

    // The notice's text as a second file: every quote is found, no warning is left.
    await page.setInputFiles("#source-file", { name: "notice.txt", mimeType: "text/plain", buffer: Buffer.from(notice) });
    await page.locator('[data-report="warnings"]').waitFor({ state: "detached" });
    assert.ok(await page.locator('[data-report="valid"]').isVisible());

    // A text that lacks a quote: the quote is named by its path, in the page's language.
    await page.setInputFiles("#source-file", {
      name: "other.txt",
      mimeType: "text/plain",
      buffer: Buffer.from(notice.replace("用户红线内的工程由用户投资建设", "")),
    });
    await page.locator('[data-report="problems"]').waitFor();
    const paths = await page.$$eval('[data-report="problems"] li', (li) => li.map((x) => x.dataset.path));
    assert.deepEqual(paths, ["jurisdictions.example-city.costs[0].cite.quote"]);
    assert.deepEqual(requests.sinceMark().map((r) => r.url), [], "nothing is sent anywhere");
    assert.deepEqual(errors, []);
  } finally {
    await app.close();
  }
});

test("check a pack: a file opens in the browser; a valid pack shows its changes and is tried, never linked", { timeout: 180_000 }, async () => {
  const app = await openApp(browser, url("#/check-pack?lang=en"), "desktop");
  const { page, errors, requests } = app;
  try {
    requests.mark();
    await page.setInputFiles("#pack-file", {
      name: "liuzhou-pack.json",
      mimeType: "application/json",
      buffer: Buffer.from(liuzhouPack(9)),
    });
    await page.locator('[data-report="valid"]').waitFor();
    assert.deepEqual(requests.sinceMark().map((r) => r.url), [], "the file is not sent anywhere");
    assert.match(await page.locator("#pack-text").inputValue(), /"days": 9/);
    const changes = await page.$$eval(".wb-diff__item", (li) => li.map((x) => [x.dataset.change, x.dataset.anchor]));
    assert.deepEqual(changes, [["changed", "time_limits-0"]]);
    assert.match(await page.locator(".wb-diff__item").textContent(), /Before: .*1 working day.*Now: .*9 working days/s);
    await screenshot(page, "workbench-check-pack-diff-desktop");

    // Try it: the applicant's pages use the pack, say so, and keep it out of links.
    await page.getByRole("button", { name: "Try it on the applicant's pages" }).click();
    await page.waitForFunction(() => location.hash.startsWith("#/?jurisdiction=liuzhou"));
    assert.ok(await page.locator('[data-trial="on"]').isVisible());
    const app1 = "jurisdiction=liuzhou&area=urban&customer=resident&capacity=8kW&voltage=lv&supply=single&external_works=no&kind=new&temporary=no&start=2026-06-01";
    await page.evaluate((h) => (location.hash = h), `#/result?${app1}&lang=en`);
    await page.waitForSelector("[data-verdict]");
    assert.match(await page.locator('[data-trial="on"]').textContent(), /Links do not carry it/);
    const tried = estimate([{ ...Object.fromEntries(new URLSearchParams(app1)) }])[0];
    assert.equal(tried.time_limit.days, 1, "the built-in limit");
    assert.match(await page.locator("main").textContent(), /9 working days/, "the trial's limit is shown");
    const share = await page.locator("#share-link").inputValue();
    assert.ok(share.endsWith(`#/result?${app1}&lang=en`), `the share link has the answers only: ${share}`);
    // The rules page shows the pack being tried.
    await page.evaluate(() => (location.hash = "#/rules/liuzhou?lang=en#time_limits-0"));
    await page.waitForFunction(() => document.activeElement?.id === "time_limits-0");
    assert.match(await page.locator("#time_limits-0 h3").textContent(), /9 working days/);
    // Stop: the built-in data again.
    await page.getByRole("button", { name: "Stop the trial" }).click();
    await page.waitForLoadState("load");
    await page.locator("#time_limits-0").waitFor();
    assert.match(await page.locator("#time_limits-0 h3").textContent(), /1 working day/);
    assert.equal(await page.locator('[data-trial="on"]').count(), 0);
    assert.deepEqual(errors, []);
  } finally {
    await app.close();
  }
});

test("scenario grid: cells are the engine's results and link to them; CSV", { timeout: 240_000 }, async () => {
  const app = await openApp(browser, url("#/scenarios?jurisdiction=yangjiang&start=2026-06-01"), "desktop");
  const { page, errors } = app;
  try {
    assert.equal(await page.locator("table").getAttribute("data-place"), "yangjiang");
    const cells = await page.$$eval("td[data-zero]", (tds) =>
      tds.map((td) => ({
        zero: td.dataset.zero,
        voltage: td.dataset.voltage,
        days: td.dataset.days,
        href: td.querySelector("a").getAttribute("href"),
        capacity: td.closest("tr").dataset.capacity,
        change: td.classList.contains("wb-zchange"),
        vchange: td.classList.contains("wb-vchange"),
      })),
    );
    const steps = await page.locator("tbody tr").count();
    assert.equal(cells.length, steps * 8, "capacity steps × 2 areas × 4 customer types");
    // The caps of the place and the capacity just above each are steps.
    const caps = new Set(cells.map((c) => c.capacity));
    for (const k of ["100kVA", "101kVA", "160kVA", "161kVA", "160kW", "161kW"]) assert.ok(caps.has(k), k);
    const results = estimate(cells.map((c) => appOf(c.href)));
    for (const [i, c] of cells.entries()) {
      const a = results[i];
      assert.equal(c.zero, a.zero_investment.status, c.href);
      assert.equal(c.voltage, a.voltage, c.href);
      assert.equal(c.days, a.time_limit ? String(a.time_limit.days) : "", c.href);
    }
    // Where zero investment stops and where the voltage changes are marked.
    const rural = cells.filter((c) => appOf(c.href).area === "rural" && appOf(c.href).customer === "business");
    const at = (k) => rural.find((c) => c.capacity === k);
    assert.equal(at("100kVA").zero, "yes");
    assert.notEqual(at("101kVA").zero, "yes");
    assert.ok(at("101kVA").change);
    assert.equal(at("160kW").voltage, "lv");
    assert.equal(at("161kW").voltage, "10kv");
    assert.ok(at("161kW").vchange);

    const { bytes, name } = await download(page, "下载 CSV（可用 Excel 打开）");
    assert.equal(name, "dianli-scenarios-yangjiang-2026-06-01.csv");
    const lines = checkCsv(bytes);
    assert.equal(lines.length, cells.length + 1);
    assert.match(lines[0], /^容量,城区还是农村,用户类别,电压,零投资,总时限$/);

    // Another place from the control; a cell opens its result.
    await page.selectOption("#wb-jurisdiction", "liuzhou");
    await page.waitForFunction(() => location.hash.includes("jurisdiction=liuzhou"));
    await page.waitForFunction(() => document.querySelector("table")?.dataset.place === "liuzhou");
    const cell = page.locator('tr[data-capacity="200kVA"] td a').first();
    const href = await cell.getAttribute("href");
    await cell.click();
    await page.waitForSelector("[data-verdict]");
    assert.equal(new URL(page.url()).hash, href);
    assert.deepEqual(errors, []);
  } finally {
    await app.close();
  }
});

const PAGES = ["#/compare?start=2026-06-01", "#/rules/yangjiang", "#/check-pack", "#/scenarios?jurisdiction=liuzhou"];

test("every officials' page passes axe in three languages, on a phone and a desktop", { timeout: 300_000 }, async () => {
  for (const [i, lang] of ["zh-Hans", "zh-Hant", "en"].entries()) {
    const device = i === 1 ? "phone" : "desktop";
    for (const hash of PAGES) {
      const app = await openApp(browser, url(`${hash}${hash.includes("?") ? "&" : "?"}lang=${lang}`), device);
      try {
        assert.equal(await app.page.getAttribute("html", "lang"), lang);
        const v = await axeViolations(app.page);
        assert.equal(v.length, 0, `${hash} in ${lang}:\n${formatViolations(v)}`);
        assert.deepEqual(app.errors, []);
        if (lang === "zh-Hant") await screenshot(app.page, `workbench-${hash.split(/[/?]/)[1]}-${device}`);
      } finally {
        await app.close();
      }
    }
  }
  // With a report on the page.
  const app = await openApp(browser, url("#/check-pack?lang=en"), "phone");
  try {
    await app.page.locator("#pack-text").fill(liuzhouPack(-1));
    await app.page.getByRole("button", { name: "Check the pack" }).click();
    await app.page.locator('[data-report="problems"]').waitFor();
    const v = await axeViolations(app.page);
    assert.equal(v.length, 0, formatViolations(v));
  } finally {
    await app.close();
  }
});

test("the officials' pages are linked from the start page, not in a kiosk, and print their rules", { timeout: 120_000 }, async () => {
  const app = await openApp(browser, url(""), "phone");
  const { page, errors } = app;
  try {
    const footer = page.locator(".footer-officials");
    for (const name of ["各地规定对比", "各地规则", "情景表", "检查政策数据包"]) {
      assert.ok(await footer.getByRole("link", { name }).isVisible(), name);
    }
    // A release build's officials' pages are a bundle of their own: the
    // applicant's pages never fetch it; following the link loads it.
    const wbWasm = await page.locator("#dianli-boot").getAttribute("data-wb-wasm");
    const fetched = (name) => app.requests.all.some((r) => name && r.url.endsWith(name.replace(/^\.\//, "")));
    if (!process.env.E2E_BASE_URL) assert.ok(wbWasm, "dist/index.html names the officials' bundle");
    assert.equal(fetched(wbWasm), false, "the start page does not fetch the officials' bundle");
    await footer.getByRole("link", { name: "各地规则" }).click();
    await page.waitForFunction(() => location.hash.startsWith("#/rules"));
    await page.locator(".wb-places").waitFor();
    if (wbWasm) assert.ok(fetched(wbWasm), "the rules page runs on the officials' bundle");
    await page.getByRole("navigation", { name: "选择地区" }).getByRole("link", { name: "山东省" }).click();
    await page.waitForFunction(() => location.hash.startsWith("#/rules/shandong"));
    await page.locator("article.wb-rule").first().waitFor();
    await page.emulateMedia({ media: "print" });
    for (const sel of [".wb-nav", ".wb-filter", ".wb-places", "footer"]) {
      assert.equal(await page.locator(sel).first().isVisible(), false, `${sel} not printed`);
    }
    assert.ok(await page.locator("article.wb-rule blockquote").first().isVisible());
    await screenshot(page, "workbench-rules-print-phone");
    assert.deepEqual(errors, []);
  } finally {
    await app.close();
  }
  const kiosk = await openApp(browser, url("#/?mode=kiosk"), "desktop");
  try {
    assert.equal(await kiosk.page.locator(".footer-officials").count(), 0);
  } finally {
    await kiosk.close();
  }
});
