// Starts the app from a file of the page's own origin (the Content-Security-Policy
// allows no inline script but the router, by its hash). The build names the hashed module
// and wasm files on this script's tag; a release build also names the
// officials' bundle (their pages: compare, rules, check a pack, scenarios),
// loaded only for those addresses so applicants never download it, and the
// service worker that makes the app work offline.
// Printing opens the result's folded sections (the stylesheet does it where
// ::details-content can be styled; this covers the other browsers), and
// closes again those it opened.
addEventListener("beforeprint", () => {
  for (const d of document.querySelectorAll("details.fold:not([open])")) {
    d.open = true;
    d.dataset.printOpened = "";
  }
});
addEventListener("afterprint", () => {
  for (const d of document.querySelectorAll("details[data-print-opened]")) {
    d.open = false;
    delete d.dataset.printOpened;
  }
});
const boot = document.getElementById("dianli-boot");
// static/route.js picked the bundle by the address (see below).
const bundle = document.documentElement.dataset.bundle;
// The officials' styles: for their bundle, or a build without bundles of its
// own (./run serve), whose app has their pages.
const wbCss = document.getElementById("workbench-css");
if (wbCss && (bundle === "wb" || !boot.dataset.wbJs)) wbCss.disabled = false;
// The policy data (data-policy: each place, the national rules, the
// calendar) is fetched while the wasm downloads: the start page needs none,
// a result its place, the national rules and the calendar, any other page
// all places (the app
// fetches whatever this guess misses; see client::files_for).
// The zh-Hans share-link bundle reads them in zh-Hans alone (data-policy-zh-hans).
const hansOnly = bundle === "reszhhans" && boot.dataset.policyZhHans;
const files = JSON.parse(hansOnly || boot.dataset.policy || "{}");
const [path, query = ""] = location.hash.replace(/^#/, "").split("?");
const params = new URLSearchParams(query);
let place = (params.get("jurisdiction") || "").trim().toLowerCase().replaceAll("_", "-");
if (place === "districtx") place = "district-x";
const portal = !!params.get("policy")?.trim();
const wanted =
  portal ? Object.keys(files)
  : /^\/?$/.test(path) ? []
  : /^\/result\/?$/.test(path) && place !== "calendar" && files[place] ? [...new Set(["calendar", "national", place])]
  : Object.keys(files);
globalThis.dianliPreload = Object.fromEntries(
  wanted.map((n) => [n, fetch(files[n]).then((r) => (r.ok ? r.text() : null), () => null)]),
);
// static/route.js picked the bundle by the address and started fetching it: a
// share link's result has a bundle of its own in each language, without the
// questions (the app reloads into another for any other page or language),
// as have the officials' pages. If it cannot be had (offline before it was
// ever cached), the full app shows the page too.
const full = [boot.dataset.js, boot.dataset.wasm];
// data-wb-js / data-reszhhans-js … on the boot tag, named by postbuild.mjs --merge.
const named = [boot.dataset[`${bundle}Js`], boot.dataset[`${bundle}Wasm`]];
const [js, wasm] = named[0] && named[1] ? named : full;
const start = async (js, wasm) => {
  const { default: init } = await import(js);
  await init({ module_or_path: wasm });
};
try {
  await start(js, wasm);
} catch (e) {
  if (js === full[0]) throw e;
  // The full app reads every language: not what was fetched for the bundle.
  if (hansOnly) globalThis.dianliPreload = {};
  await start(...full);
}
if (boot.dataset.sw && "serviceWorker" in navigator) {
  navigator.serviceWorker.register(boot.dataset.sw).catch(() => {});
}
