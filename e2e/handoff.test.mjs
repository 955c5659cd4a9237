// Hand-off from a kiosk to a phone, and the kiosk for everyone: the result's QR
// code decodes to its share link, "Add to calendar" gives a valid iCalendar
// file with the page's dates, care mode (关怀模式) has 60 px targets, larger
// text and longer timeouts, and a portrait 1080×1920 kiosk uses the screen.
// Screenshots go to e2e/screenshots/handoff-*.png.

import { test } from "node:test";
import assert from "node:assert/strict";
import jsQR from "jsqr";
import { openApp, waitForApp, screenshot, axeViolations, formatViolations, VIEWPORTS, serveAndLaunch } from "./helpers.mjs";

let browser;
let server;
serveAndLaunch((up) => ({ server, browser } = up));

const RESULT =
  "#/result?jurisdiction=yangjiang&area=rural&customer=small_micro&capacity=100kVA&voltage=lv&start=2026-09-30";
const url = (hash) => new URL(`index.html${hash}`, server.url).href;

/** The app at `hash` in a fresh context: 1280×900 unless `options` say otherwise. */
const open = (hash, options = {}) => openApp(browser, url(hash), { viewport: { width: 1280, height: 900 }, ...options });

/** Draws an SVG QR (a viewBox and one path of `M x,y h n v1 h-n z` runs) at 4 px per module. */
function rasterize(viewBox, d) {
  const n = Number(viewBox.split(/\s+/)[2]);
  const scale = 4;
  const w = n * scale;
  const data = new Uint8ClampedArray(w * w * 4).fill(255);
  for (const m of d.matchAll(/M(\d+),(\d+)h(\d+)/g)) {
    const [x, y, len] = [Number(m[1]), Number(m[2]), Number(m[3])];
    for (let py = y * scale; py < (y + 1) * scale; py++) {
      for (let px = x * scale; px < (x + len) * scale; px++) {
        const i = (py * w + px) * 4;
        data[i] = data[i + 1] = data[i + 2] = 0;
      }
    }
  }
  return { data, width: w, height: w };
}

test("the result's QR code decodes to its share link, on screen and in print", { timeout: 60_000 }, async () => {
  const { context, page, errors } = await open(RESULT);
  try {
    await page.locator("[data-date]").first().waitFor();
    const figure = page.locator("figure.qr");
    assert.match(await figure.textContent(), /用手机扫码带走结果/);
    const svg = page.locator("svg.qr__code");
    const box = await svg.boundingBox();
    assert.ok(box.width >= 180, `QR is ${box.width}px wide`);
    const viewBox = await svg.getAttribute("viewBox");
    const d = await svg.locator("path").getAttribute("d");
    const { data, width, height } = rasterize(viewBox, d);
    const decoded = jsQR(data, width, height);
    assert.ok(decoded, "the QR code decodes");
    const link = await page.locator("#share-link").inputValue();
    assert.equal(decoded.data, link);
    assert.match(decoded.data, /#\/result\?jurisdiction=yangjiang/);
    await page.emulateMedia({ media: "print" });
    assert.ok(await svg.isVisible(), "printed on the checklist");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("add to calendar gives an iCalendar file with the page's milestones", { timeout: 60_000 }, async () => {
  for (const [lang, summary] of [
    ["", "最迟接电日期"],
    ["&lang=en", "Connected by (latest)"],
  ]) {
    const { context, page } = await open(RESULT + lang);
    try {
      const completion = await page.locator("[data-date]").getAttribute("data-date");
      const a = page.locator("a[download$='.ics']");
      const href = await a.getAttribute("href");
      assert.match(href, /^data:text\/calendar;charset=utf-8,/);
      assert.equal(await a.getAttribute("download"), "dianli-yangjiang-2026-09-30.ics");
      const ics = decodeURIComponent(href.slice(href.indexOf(",") + 1));
      // Lines end in CRLF and are folded at 75 octets.
      assert.ok(ics.endsWith("END:VCALENDAR\r\n"));
      for (const l of ics.split("\r\n")) assert.ok(Buffer.byteLength(l) <= 75, l);
      const lines = ics.replace(/\r\n /g, "").split("\r\n").filter(Boolean);
      assert.equal(lines[0], "BEGIN:VCALENDAR");
      const begins = lines.filter((l) => l === "BEGIN:VEVENT").length;
      assert.equal(begins, lines.filter((l) => l === "END:VEVENT").length);
      assert.ok(begins >= 2, "submission and completion at least");
      const starts = lines.filter((l) => l.startsWith("DTSTART;VALUE=DATE:")).map((l) => l.slice(19));
      assert.equal(starts[0], "20260930", "the application date");
      assert.ok(starts.includes(completion.replaceAll("-", "")), "the completion date shown on the page");
      assert.ok(lines.some((l) => l === `SUMMARY:${summary}`), `a summary in the page's language: ${summary}`);
      for (const l of lines.filter((l) => l.startsWith("UID:"))) assert.match(l, /@dianli$/);
    } finally {
      await context.close();
    }
  }
});

test("care mode: larger text, 60 px targets, a switch, longer kiosk timeouts, no accessibility violations", { timeout: 120_000 }, async () => {
  const { context, page } = await open("#/?jurisdiction=liuzhou&mode=kiosk&care=1", {
    viewport: { width: 1080, height: 1920 },
  });
  try {
    await page.clock.install();
    await page.reload();
    await waitForApp(page);
    const font = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    assert.ok(font >= 26, `root font ${font}px`);
    await screenshot(page, "handoff-kiosk-care-start-portrait");
    await page.getByRole("button", { name: "开始", exact: true }).click();
    await page.locator(".radio__input").first().waitFor();
    for (const sel of [".radio__input", ".button"]) {
      const box = await page.locator(sel).first().boundingBox();
      assert.ok(box.height >= 60, `${sel} target ${box.height}px`);
    }
    await screenshot(page, "handoff-kiosk-care-form-portrait");
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], formatViolations(violations));
    // Care mode waits 5 minutes, warning a minute ahead (not 100 s as usual).
    await page.locator(".radio__input").first().check();
    await page.clock.fastForward(101_000);
    assert.equal(await page.getByRole("alertdialog").count(), 0, "no warning at 100 s in care mode");
    await page.clock.fastForward(140_000);
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    // The warning is announced once, not every second.
    const alert = page.locator(".idle [role=alert]");
    assert.match(await alert.textContent(), /秒后将清除您的答案/);
    await screenshot(page, "handoff-kiosk-care-warning-portrait");
  } finally {
    await context.close();
  }
});

test("anyone can turn care mode on and off from the header; the choice stays in the page address", { timeout: 60_000 }, async () => {
  const { context, page } = await open("#/?jurisdiction=yangjiang");
  try {
    const toggle = page.getByRole("button", { name: "关怀模式" });
    assert.equal(await toggle.getAttribute("aria-pressed"), "false");
    const before = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    await toggle.click();
    await page.waitForFunction(() => document.querySelector(".app--care"));
    assert.equal(await toggle.getAttribute("aria-pressed"), "true");
    const after = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    assert.ok(after > before, `text grows: ${before} → ${after}`);
    assert.match(page.url(), /care=1/);
    await toggle.click();
    await page.waitForFunction(() => !document.querySelector(".app--care"));
    assert.doesNotMatch(page.url(), /care=/);
  } finally {
    await context.close();
  }
});

test("a portrait kiosk (1080×1920) uses the screen, with and without care mode", { timeout: 90_000 }, async () => {
  for (const care of ["", "&care=1"]) {
    const { context, page, errors } = await open(`${RESULT}&mode=kiosk${care}`, {
      viewport: { width: 1080, height: 1920 },
    });
    try {
      await page.locator("[data-date]").first().waitFor();
      const main = await page.locator("#app main").boundingBox();
      assert.ok(main.width >= 900, `main column ${main.width}px of 1080`);
      await screenshot(page, `handoff-kiosk-result-portrait${care ? "-care" : ""}`);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  }
});

test("a kiosk hands off on the first screen: the QR code and 打印清单, no copy-link or calendar", { timeout: 90_000 }, async () => {
  for (const [width, height] of [[1080, 1920], [1920, 1080]]) {
    const { context, page, errors } = await open(`${RESULT}&mode=kiosk`, { viewport: { width, height } });
    try {
      await page.locator("[data-date]").first().waitFor();
      const qr = await page.locator("svg.qr__code").boundingBox();
      assert.ok(qr && qr.y + qr.height <= height, `${width}×${height}: the QR code ends at ${qr && qr.y + qr.height}px`);
      const print = page.getByRole("button", { name: "打印清单" });
      assert.equal(await print.count(), 1);
      const box = await print.boundingBox();
      assert.ok(box.y + box.height <= height, `${width}×${height}: 打印清单 on the first screen`);
      assert.equal(await page.getByRole("button", { name: "复制链接" }).count(), 0);
      assert.equal(await page.getByRole("link", { name: "加入日历" }).count(), 0);
      assert.equal(await page.locator("#share-link").count(), 0);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  }
});

test("a phone shares with the system sheet where there is one, else copies; no QR code on its screen", { timeout: 60_000 }, async () => {
  for (const withShare of [true, false]) {
    const { context, page } = await open(RESULT, { ...VIEWPORTS.phone });
    try {
      if (withShare) {
        await context.addInitScript(() => {
          navigator.share = (data) => {
            window.__shared = data;
            return Promise.resolve();
          };
        });
      } else {
        await context.addInitScript(() => delete Navigator.prototype.share);
      }
      await page.reload();
      await page.locator("[data-date]").first().waitFor();
      assert.equal(await page.locator("figure.qr").isVisible(), false, "no QR code to scan on the phone itself");
      const button = page.locator("[data-share]");
      if (withShare) {
        assert.equal(await button.getAttribute("data-share"), "system");
        assert.match(await button.textContent(), /分享链接/);
        await button.click();
        await page.waitForFunction(() => window.__shared);
        const shared = await page.evaluate(() => window.__shared.url);
        assert.equal(shared, await page.locator("#share-link").inputValue());
      } else {
        assert.equal(await button.getAttribute("data-share"), "copy");
        assert.match(await button.textContent(), /复制链接/);
      }
    } finally {
      await context.close();
    }
  }
});

test("links made in care mode keep care=1: the share link and the kiosk's QR code", { timeout: 60_000 }, async () => {
  let { context, page } = await open(`${RESULT}&care=1`);
  try {
    await page.locator("[data-date]").first().waitFor();
    assert.match(await page.locator("#share-link").inputValue(), /[?&]care=1/);
  } finally {
    await context.close();
  }
  ({ context, page } = await open(`${RESULT}&mode=kiosk&care=1`));
  try {
    await page.locator("[data-date]").first().waitFor();
    const svg = page.locator("svg.qr__code");
    const { data, width, height } = rasterize(await svg.getAttribute("viewBox"), await svg.locator("path").getAttribute("d"));
    const decoded = jsQR(data, width, height);
    assert.match(decoded.data, /[?&]care=1/);
    assert.doesNotMatch(decoded.data, /mode=kiosk/);
  } finally {
    await context.close();
  }
});
