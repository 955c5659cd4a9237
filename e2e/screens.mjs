// How long the result is on a phone, in screens (page height ÷ 844 px on a
// 390×844 viewport), with every <details> as the page first shows it. Reports
// numbers; asserts nothing (the result test checks the target).
//
//   node e2e/screens.mjs [--json]

import { launchBrowser, openApp, serveApp } from "./helpers.mjs";

export const RESULTS = {
  // A low-voltage shop in Liuzhou and a rural one in Yangjiang: the typical results.
  "liuzhou-shop":
    "#/result?jurisdiction=liuzhou&area=urban&customer=small_micro&capacity=100kVA&voltage=lv&kind=new&applicant=sole_proprietor&start=2026-06-10",
  "yangjiang-shop":
    "#/result?jurisdiction=yangjiang&area=rural&customer=small_micro&capacity=100kVA&voltage=lv&start=2026-09-30",
  // The long one: a 10 kV dual supply in Liuzhou.
  "liuzhou-10kv-dual":
    "#/result?jurisdiction=liuzhou&area=urban&customer=business&capacity=2000kVA&voltage=10kv&supply=dual&kind=new&start=2026-06-10",
};

export const PHONE_HEIGHT = 844;

/** The page's height in phone screens, and where the key parts start (in screens). */
export async function measure(page) {
  return page.evaluate((h) => {
    const at = (sel) => {
      const el = document.querySelector(sel);
      if (!el || !el.getClientRects().length) return null;
      return Math.round(((el.getBoundingClientRect().top + window.scrollY) / h) * 10) / 10;
    };
    return {
      screens: Math.round((document.documentElement.scrollHeight / h) * 10) / 10,
      date: at("[data-date]"),
      documents: at("#docs-h"),
      share: at("#share-h, .handoff"),
    };
  }, PHONE_HEIGHT);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await serveApp();
  const browser = await launchBrowser();
  const out = {};
  try {
    for (const [name, hash] of Object.entries(RESULTS)) {
      const { page, close } = await openApp(browser, new URL(`index.html${hash}`, server.url).href, "phone");
      await page.locator("[data-date]").first().waitFor();
      out[name] = await measure(page);
      await close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (process.argv.includes("--json")) console.log(JSON.stringify(out, null, 2));
  else for (const [name, m] of Object.entries(out)) console.log(`${name}: ${m.screens} screens (date at ${m.date}, documents at ${m.documents}, share at ${m.share})`);
}
