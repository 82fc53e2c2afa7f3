/* Added by the briefings plugin to edition builds: fills in which edition a page belongs to and
   which one is the latest. The page itself is the same in every edition that did not change it;
   this edition's name comes from its assets/briefings/edition.json, the latest from versions.json
   (the file mike's version selector reads). Without JavaScript, edition.css shows the same text. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !window.fetch) { return; }
  var root = new URL("../../", script.src); /* this script is <edition>/assets/briefings/editions.js */
  var config = document.getElementById("__config");
  var wanted = "latest";
  try { wanted = (JSON.parse(config.textContent).version || {}).default || wanted; } catch (e) { /* keep */ }

  function json(url) {
    return fetch(url).then(function (response) {
      if (!response.ok) { throw new Error(url + ": " + response.status); }
      return response.json();
    });
  }
  function fill(selector, text) {
    document.querySelectorAll(selector).forEach(function (node) { node.textContent = text; });
  }

  json(new URL("assets/briefings/edition.json", root)).then(function (edition) {
    fill(".briefings-edition-title", edition.title);
    document.documentElement.setAttribute("data-briefings-edition", edition.edition);
  }).catch(function () {});
  json(new URL("../versions.json", root)).then(function (all) {
    var visible = all.filter(function (v) { return !(v.properties && v.properties.hidden); });
    var latest = all.find(function (v) { return v.version === wanted || v.aliases.indexOf(wanted) >= 0; })
      || visible[0];
    if (!latest) { return; }
    document.querySelectorAll("a.briefings-latest").forEach(function (link) {
      link.textContent = latest.title;
      link.href = new URL("../" + latest.version + "/", root).href;
    });
  }).catch(function () {});
})();
