// Hostile packs in #/check-pack: how long the officials' page takes to read
// and check each pack that bench_packs writes (up to 2 MB), from the click to
// the report. Desktop Chromium, release build (dist/). Reports; asserts nothing.
//
//   cargo run --release --bin bench_packs -- --write /tmp/packs
//   node e2e/bench-packs.mjs /tmp/packs

import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { launchBrowser, openApp, serveApp } from "./helpers.mjs";

const dir = process.argv[2];
if (!dir) {
  console.error("usage: node e2e/bench-packs.mjs DIR (packs written by bench_packs --write DIR)");
  process.exit(2);
}
const server = await serveApp();
const browser = await launchBrowser();
try {
  console.log(`${"bytes".padStart(9)}  ${"s".padStart(6)}  report`);
  for (const name of (await readdir(dir)).filter((f) => f.endsWith(".json")).sort()) {
    const text = await readFile(join(dir, name), "utf8");
    const app = await openApp(browser, server.url + "#/check-pack", "desktop");
    try {
      const { page } = app;
      // Set the text directly: typing 2 MB is not what is measured.
      await page.locator("#pack-text").evaluate((el, t) => {
        el.value = t;
        el.dispatchEvent(new Event("input", { bubbles: true }));
      }, text);
      const t0 = Date.now();
      await page.locator('button[data-act="check"]').click();
      await page.locator("#pack-report").waitFor({ timeout: 600_000 });
      const seconds = ((Date.now() - t0) / 1000).toFixed(2);
      const report = await page.locator("#pack-report").getAttribute("data-report");
      console.log(`${String(text.length).padStart(9)}  ${seconds.padStart(6)}  ${report}  ${name}`);
    } finally {
      await app.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
