/* Added by the briefings plugin to edition builds, just before Material's bundle: Material's search
   worker gets the search index whole; an edition stores it by page (search/pages/a/b/HASH.json, listed
   in search_index.json) so that an edition which changes one briefing rewrites that page's file, not
   the whole index. This points Material at a small worker that loads them, then runs Material's. */
(function () {
  "use strict";
  var element = document.getElementById("__config");
  var script = document.currentScript;
  if (!element || !script) { return; }
  try {
    var config = JSON.parse(element.textContent);
    if (!config.search) { return; }
    var search = new URL(config.search, location.href);
    if (search.origin !== location.origin) { return; }
    var worker = new URL("../javascripts/workers/briefings-search.js", script.src);
    worker.searchParams.set("worker", search.href);
    config.search = worker.href;
    element.textContent = JSON.stringify(config);
  } catch (e) { /* leave Material's own worker */ }
})();
