// Starts the app without any inline script (the page's Content-Security-Policy
// allows scripts from its own origin only). The build names the hashed module
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
const officials = /^#\/(compare|rules|check-pack|scenarios)([/?#]|$)/.test(location.hash);
const [js, wasm] =
  officials && boot.dataset.wbJs
    ? [boot.dataset.wbJs, boot.dataset.wbWasm]
    : [boot.dataset.js, boot.dataset.wasm];
const { default: init } = await import(js);
await init({ module_or_path: wasm });
if (boot.dataset.sw && "serviceWorker" in navigator) {
  navigator.serviceWorker.register(boot.dataset.sw).catch(() => {});
}
