// Before the first paint: show the pre-rendered start page only for the start
// page's address; any other page of the app shows "loading" until the app runs.
(function () {
  var h = location.hash;
  var start = h === "" || h === "#" || /^#\/?(\?|$)/.test(h);
  document.documentElement.setAttribute("data-route", start ? "start" : "app");
})();
