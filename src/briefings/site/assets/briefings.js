/* Added by the briefings MkDocs plugin. A file of the site (no inline script, nothing fetched from
   elsewhere): fills in the edition-specific parts of "Cite this briefing" from the page address and
   versions.json, lists the other editions that contain the page, adds copy buttons and makes the
   sourcing tables sortable. Pages stay the same in every edition; only this script reads where it is. */
(function () {
  "use strict";

  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"];

  function siteRoot() {
    var base = ".";
    var config = document.getElementById("__config");
    if (config) {
      try { base = JSON.parse(config.textContent).base || "."; } catch (e) { base = "."; }
    }
    return new URL(base.replace(/\/?$/, "/"), location.href);
  }

  /* The edition this page belongs to: {version, title, root, parent, all}, or null outside editions. */
  function edition(root) {
    var folder = decodeURIComponent(root.pathname.replace(/\/$/, "").split("/").pop() || "");
    var parent = new URL("../", root);
    if (!folder) { return Promise.resolve(null); }
    return fetch(new URL("versions.json", parent)).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (all) {
      if (!Array.isArray(all)) { return null; }
      var match = all.filter(function (v) {
        return v.version === folder || (v.aliases || []).indexOf(folder) >= 0;
      })[0];
      if (!match) { return null; }
      return { version: match.version, title: match.title || match.version, all: all, parent: parent,
               root: new URL(encodeURIComponent(match.version) + "/", parent) };
    }).catch(function () { return null; });
  }

  function pagePath(root) {
    var path = location.pathname;
    return path.indexOf(root.pathname) === 0 ? path.slice(root.pathname.length) : "";
  }

  function today() {
    var d = new Date();
    return { iso: d.toISOString().slice(0, 10), text: d.getDate() + " " + MONTHS[d.getMonth()] + " " + d.getFullYear(),
             parts: [d.getFullYear(), d.getMonth() + 1, d.getDate()] };
  }

  function setText(scope, selector, text) {
    var node = scope.querySelector(selector);
    if (node) { node.textContent = text; }
    return node;
  }

  function fillCitation(block, root, info) {
    var url = info ? new URL(pagePath(root), info.root).href : location.href.split("#")[0].split("?")[0];
    var day = today();
    var urlNode = block.querySelector(".briefing-cite-url");
    if (urlNode) {
      urlNode.textContent = "";
      var link = document.createElement("a");
      link.href = url;
      link.textContent = url;
      urlNode.appendChild(link);
    }
    var editionNode = block.querySelector(".briefing-cite-edition");
    if (editionNode && info) { editionNode.textContent = info.title + " (" + info.version + "),"; }
    else if (editionNode) { editionNode.parentNode.removeChild(editionNode); }
    setText(block, ".briefing-cite-accessed", day.text);
    var csl = block.querySelector(".briefing-cite-csl code");
    if (csl) {
      try {
        var items = JSON.parse(csl.textContent);
        items[0].URL = url;
        items[0].accessed = { "date-parts": [day.parts] };
        if (info) { items[0].version = info.version; }
        csl.textContent = JSON.stringify(items);
      } catch (e) { /* leave the data as built */ }
    }
    var bib = block.querySelector(".briefing-cite-bibtex code");
    if (bib) {
      var text = bib.textContent.replace("{the address of this page in its edition}", "{" + url + "}")
        .replace("{[date accessed]}", "{" + day.iso + "}");
      if (info) { text = text.replace(/\n/, "\n  edition = {" + info.version + "},\n"); }
      bib.textContent = text;
    }
  }

  function copyButton(target, label) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "md-button briefing-copy";
    button.textContent = "Copy " + label;
    button.addEventListener("click", function () {
      var text = target.innerText.trim();
      var done = function () { button.textContent = "Copied"; setTimeout(function () { button.textContent = "Copy " + label; }, 2000); };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(done, function () { legacyCopy(target); done(); });
      } else { legacyCopy(target); done(); }
    });
    target.parentNode.insertBefore(button, target.nextSibling);
  }

  function legacyCopy(target) {
    var range = document.createRange();
    range.selectNodeContents(target);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    try { document.execCommand("copy"); } catch (e) { /* the text stays selected */ }
  }

  function listEditions(block, root, info) {
    var details = block.querySelector(".briefing-editions");
    var list = details && details.querySelector(".briefing-editions-list");
    if (!list) { return; }
    if (!info) { list.textContent = "This site has no other editions."; return; }
    var path = pagePath(root);
    var others = info.all.filter(function (v) {
      return v.version !== info.version && !(v.properties && v.properties.hidden);
    });
    var load = function () {
      details.removeEventListener("toggle", load);
      list.textContent = "Looking for this page in " + others.length + " other editions…";
      Promise.all(others.map(function (v) {
        var url = new URL(path, new URL(encodeURIComponent(v.version) + "/", info.parent));
        return fetch(url, { method: "HEAD" }).then(function (r) { return r.ok ? { v: v, url: url } : null; })
          .catch(function () { return null; });
      })).then(function (found) {
        found = found.filter(Boolean);
        if (!found.length) { list.textContent = "No other edition contains this briefing."; return; }
        var ul = document.createElement("ul");
        found.forEach(function (hit) {
          var li = document.createElement("li");
          var a = document.createElement("a");
          a.href = hit.url.href;
          a.textContent = hit.v.title + " (" + hit.v.version + ")";
          li.appendChild(a);
          ul.appendChild(li);
        });
        list.textContent = "";
        list.appendChild(ul);
      });
    };
    if (!others.length) { list.textContent = "This is the only edition."; return; }
    list.textContent = "Open to look for this briefing in the other editions.";
    details.addEventListener("toggle", load);
  }

  function citations() {
    var block = document.querySelector(".briefing-cite");
    if (!block) { return; }
    var root = siteRoot();
    edition(root).then(function (info) {
      fillCitation(block, root, info);
      listEditions(block, root, info);
      block.classList.add("briefing-cite--ready");
    });
    [[".briefing-cite-text", "citation"], [".briefing-cite-bibtex", "BibTeX"], [".briefing-cite-csl", "CSL-JSON"]]
      .forEach(function (pair) {
        var target = block.querySelector(pair[0]);
        if (target) { copyButton(target, pair[1]); }
      });
  }

  function sortKey(cell) {
    var text = cell.textContent.trim();
    var number = parseFloat(text.replace(/[%,]/g, ""));
    return isNaN(number) || !/^[-\d.,%\s]+$/.test(text) ? text.toLowerCase() : number;
  }

  function sortable(table) {
    var heads = table.querySelectorAll("thead th");
    heads.forEach(function (th, column) {
      th.setAttribute("role", "button");
      th.setAttribute("tabindex", "0");
      th.title = "Sort by this column";
      var sort = function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        heads.forEach(function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = sortKey(a.cells[column]), y = sortKey(b.cells[column]);
          var order = typeof x === typeof y ? (x < y ? -1 : x > y ? 1 : 0) : (typeof x === "number" ? -1 : 1);
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      };
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (event) { if (event.key === "Enter" || event.key === " ") { event.preventDefault(); sort(); } });
    });
  }

  function start() {
    citations();
    document.querySelectorAll(".briefing-sortable table").forEach(sortable);
  }

  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
