/*
 * 电力接入自助评估 — one-line embed for portals.
 *
 *   <script src="https://example.gov.cn/dianli/embed.js" data-jurisdiction="liuzhou"
 *           data-policy="https://example.gov.cn/dianli/pack.json" data-accent="0b4f7c" async></script>
 *
 * Puts the estimator in an iframe where the script tag stands, in embed mode,
 * with every data-* attribute passed on as a link parameter (any answer, lang,
 * policy, accent), and keeps the frame as tall as its content.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) return;
  var base = script.src.replace(/[^/]*([?#].*)?$/, "");
  var params = ["mode=embed"];
  for (var i = 0; i < script.attributes.length; i++) {
    var a = script.attributes[i];
    if (a.name.indexOf("data-") === 0 && a.name !== "data-title") {
      params.push(encodeURIComponent(a.name.slice(5)) + "=" + encodeURIComponent(a.value));
    }
  }
  var frame = document.createElement("iframe");
  frame.src = base + "index.html#/?" + params.join("&");
  frame.title = script.getAttribute("data-title") || "电力接入自助评估";
  frame.setAttribute("loading", "lazy");
  frame.style.cssText = "display:block;width:100%;min-height:480px;border:0";
  script.parentNode.insertBefore(frame, script.nextSibling);
  var origin = new URL(base).origin;
  window.addEventListener("message", function (e) {
    var d = e.data;
    if (e.source !== frame.contentWindow || e.origin !== origin) return;
    if (d && d.type === "dianli:height" && typeof d.height === "number" && d.height > 0) {
      frame.style.height = Math.ceil(d.height) + "px";
      frame.style.minHeight = "0";
    }
  });
})();
