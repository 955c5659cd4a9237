// Starts the app without any inline script (the page's Content-Security-Policy
// allows scripts from its own origin only). The build names the hashed module
// and wasm files on this script's tag; a release build also names the service
// worker that makes the app work offline.
const boot = document.getElementById("dianli-boot");
const { default: init } = await import(boot.dataset.js);
await init({ module_or_path: boot.dataset.wasm });
if (boot.dataset.sw && "serviceWorker" in navigator) {
  navigator.serviceWorker.register(boot.dataset.sw).catch(() => {});
}
