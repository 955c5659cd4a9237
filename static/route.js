// Before the first paint: show the pre-rendered start page only for the start
// page's address; any other page of the app shows "loading" until the app runs.
// Also picks the bundle the address needs (the officials' pages, a share
// link's result alone in its language, or the full app) and, in a release build, starts
// fetching it now, while the page is parsed; static/boot.js loads it.
(function () {
  var h = location.hash;
  var root = document.documentElement;
  var start = h === "" || h === "#" || /^#\/?(\?|$)/.test(h);
  root.setAttribute("data-route", start ? "start" : "app");
  // [module, wasm] by bundle, written by scripts/postbuild.mjs.
  var names = /*BUNDLES*/ {};
  // A share link's result has a bundle per language, named by `lang=` as the
  // app writes it (reszhhans, reszhhant, resen); the full app reads any other
  // spelling, has the kiosk's idle reset and reads a portal's own pack.
  var params = new URLSearchParams(h.split("?")[1] || "");
  var lang = params.getAll("lang").pop() || "zh-Hans";
  var res = "res" + lang.trim().toLowerCase().replace(/-/g, "");
  var kiosk = params.getAll("mode").pop() === "kiosk";
  // Any value at all (the app ignores a blank one): when in doubt, the full
  // app, which shows every page; the share-link bundle reloads into it.
  var portal = params.getAll("policy").some(function (p) {
    return p !== "";
  });
  var bundle = /^#\/(compare|rules|check-pack|scenarios)([/?#]|$)/.test(h)
    ? "wb"
    : /^#\/?result\/?(\?|$)/.test(h) && names[res] && !kiosk && !portal
      ? res
      : "full";
  root.setAttribute("data-bundle", bundle);
  var files = names[bundle] || names.full;
  if (!files) return;
  var link = function (rel, href, as) {
    var l = document.createElement("link");
    l.rel = rel;
    l.href = href;
    l.crossOrigin = "anonymous";
    if (as) {
      l.as = as;
      l.type = "application/wasm";
    }
    document.head.appendChild(l);
  };
  var preload = function () {
    link("modulepreload", files[0]);
    link("preload", files[1], "fetch");
  };
  // The start page is painted from index.html: its bundle waits for the first
  // frame (the stylesheets loaded) instead of sharing the bandwidth with them.
  if (start) requestAnimationFrame(preload);
  else preload();
})();
