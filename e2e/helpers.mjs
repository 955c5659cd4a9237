// Shared helpers for the end-to-end tests (run with `node --test e2e/`, or `./run test`).
//
// - Debian's Chromium (/usr/bin/chromium) driven by playwright-core: nothing is
//   downloaded (`npx playwright install` does not work here and is not needed).
// - The built app (dist/, from `trunk build --release`) served by e2e/serve.mjs
//   on 127.0.0.1 with a free port.
// - Every network request is recorded, with whether it happened after the page's
//   `load` event, so tests can check the privacy promise (no calls after load).
//
// Environment:
//   CHROMIUM        browser binary (default /usr/bin/chromium)
//   E2E_DIST        directory to serve and read (default <repo>/dist; exported as DIST)
//   E2E_BASE_URL    test an already running server instead (e.g. `trunk serve`)
//   E2E_HEADFUL=1   show the browser (needs a display)

import { before, after } from "node:test";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";
import { startServer, DEFAULT_DIST, REPO_ROOT } from "./serve.mjs";

export { startServer, REPO_ROOT };

/** The built app the tests serve and read: E2E_DIST, or <repo>/dist. */
export const DIST = process.env.E2E_DIST || DEFAULT_DIST;

export const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";

// Flags this machine needs (see the machine notes): no sandbox as root, no GPU,
// and no background networking — the sandbox has no internet and Chromium's own
// connections would otherwise be refused many at a time. Playwright gives every
// launch a fresh, empty --user-data-dir of its own.
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/** The element the app renders into; it must contain something once the app is up. */
/** The wasm a bundle's boot-tag attribute names: "" the full app, "wb-", "reszhhans-" (a zh-Hans share link), "resen-" … */
export function bundleWasm(prefix) {
  const html = readFileSync(join(DIST, "index.html"), "utf8");
  return html.match(new RegExp(`data-${prefix}wasm="?\\./([^"\\s>]+)`))?.[1];
}

export const APP_ROOT = "#app main#main";

export const TITLE = "电力接入自助评估";

export const VIEWPORTS = {
  phone: {
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  },
  desktop: {
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
  },
};

export const SCREENSHOT_DIR = join(REPO_ROOT, "e2e", "screenshots");

/**
 * Launch Debian's Chromium headless. A browser that crashes while starting
 * (seen once: SIGSEGV before the first page, in a container without D-Bus) is
 * started once more; a crash after that is the test's failure.
 */
export async function launchBrowser() {
  const launch = () =>
    chromium.launch({
      executablePath: CHROMIUM,
      headless: process.env.E2E_HEADFUL !== "1",
      args: process.env.E2E_HEADFUL === "1" ? CHROMIUM_ARGS.filter((a) => a !== "--headless") : CHROMIUM_ARGS,
      timeout: 60_000,
    });
  try {
    return await launch();
  } catch (e) {
    console.error(`Chromium did not start (${String(e.message).split("\n")[0]}); starting it again`);
    return launch();
  }
}

/**
 * Serve dist/ (or use E2E_BASE_URL). `base` mounts it under a sub-path.
 * @returns {Promise<{url: string, origin: string, requests: any[], close: () => Promise<void>}>}
 */
export async function serveApp({ base = "/" } = {}) {
  if (process.env.E2E_BASE_URL) {
    const url = new URL(process.env.E2E_BASE_URL);
    return { url: url.href, origin: url.origin, requests: [], close: async () => {} };
  }
  return startServer({ root: DIST, base });
}

/**
 * A test file's server and browser: started before its tests, closed after
 * them; `set` receives `{ server, browser }` once both are up.
 */
export function serveAndLaunch(set) {
  let server;
  let browser;
  before(async () => {
    server = await serveApp();
    browser = await launchBrowser();
    set({ server, browser });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
}

/**
 * The engine's answer for an application, or its answers for an array of them
 * (one batch): the `estimate` command's JSON.
 */
export function estimate(input) {
  const out = execFileSync("cargo", ["run", "--quiet", "--bin", "estimate"], {
    cwd: REPO_ROOT,
    input: JSON.stringify(input),
    encoding: "utf8",
    maxBuffer: 512 * 1024 * 1024,
    stdio: ["pipe", "pipe", "inherit"],
  });
  return JSON.parse(out);
}

/**
 * Record every request a page makes. `afterLoad` holds those made after the
 * page's `load` event; `mark()` starts a new window and `sinceMark()` returns the
 * requests since then.
 */
export function trackRequests(page) {
  const log = { all: [], afterLoad: [], loaded: false, markAt: 0 };
  page.on("load", () => {
    log.loaded = true;
  });
  page.on("request", (req) => {
    const entry = {
      url: req.url(),
      method: req.method(),
      type: req.resourceType(),
      afterLoad: log.loaded,
      frame: req.frame()?.url?.() ?? "",
    };
    log.all.push(entry);
    if (entry.afterLoad) log.afterLoad.push(entry);
  });
  log.mark = () => {
    log.markAt = log.all.length;
  };
  log.sinceMark = () => log.all.slice(log.markAt);
  return log;
}

/** Record uncaught exceptions (a wasm panic shows up here) and console errors. */
export function trackErrors(page) {
  const errors = [];
  page.on("pageerror", (err) => errors.push(`pageerror: ${err?.message ?? err}`));
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(`console.error: ${msg.text()}`);
  });
  return errors;
}

/**
 * Open the app in a fresh context. Returns everything a test needs; call
 * `close()` at the end (closes the context only; the browser is shared).
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {'phone'|'desktop'|object} [device]
 */
export async function openApp(browser, url, device = "desktop") {
  const opts = typeof device === "string" ? VIEWPORTS[device] : device;
  const context = await browser.newContext({
    ...opts,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    serviceWorkers: "block",
  });
  const page = await context.newPage();
  const requests = trackRequests(page);
  const errors = trackErrors(page);
  await page.goto(url, { waitUntil: "load" });
  await waitForApp(page);
  return { context, page, requests, errors, close: () => context.close() };
}

/**
 * Wait until the app has rendered a page inside its root element: not
 * "loading" (the policy data on its way, or a reload into the bundle that has
 * this address's page, which replaces the document while this waits).
 */
export function waitForApp(pageOrFrame, timeout = 30_000) {
  return waitAcrossReload(
    pageOrFrame,
    (sel) => {
      const el = document.querySelector(sel);
      return (
        !!el &&
        (el.textContent.trim().length > 0 || el.children.length > 0) &&
        !(el.children.length === 1 && el.querySelector(":scope > .loading[role=status]"))
      );
    },
    APP_ROOT,
    timeout,
  );
}

/**
 * `waitForFunction(fn, arg)`, carried on when the page reloads meanwhile (a
 * share link's bundle reloads into another for another page or language).
 */
export async function waitAcrossReload(pageOrFrame, fn, arg, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      await pageOrFrame.waitForFunction(fn, arg, { timeout: Math.max(1, deadline - Date.now()) });
      return;
    } catch (e) {
      const navigated = /Execution context was destroyed|navigation/i.test(String(e?.message));
      if (!navigated || Date.now() >= deadline) throw e;
    }
  }
}

/** Full-page screenshot to e2e/screenshots/<name>.png; returns the path. */
export async function screenshot(page, name) {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Run axe-core on the page; returns the violations (an empty array is a pass).
 * Use `formatViolations` for the assertion message.
 */
export async function axeViolations(page, configure = (b) => b) {
  const results = await configure(new AxeBuilder({ page })).analyze();
  return results.violations;
}

export function formatViolations(violations) {
  return violations
    .map(
      (v) =>
        `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes.map((n) => `    ${n.target.join(" ")}: ${n.failureSummary?.split("\n").join(" ")}`).join("\n"),
    )
    .join("\n");
}
