/* briefings live preview (served by `briefings serve --live` only; never part of a built site).
 * 1. Reload the page when a save changed it (long-polls /_preview/events).
 * 2. Mark the lint findings of the page: a wavy underline on the words a finding covers, a marker
 *    in the margin, the rule and reason on hover or tap, and a panel that counts them by rule. */
(function () {
  "use strict";
  var me = document.currentScript;
  var page = me.getAttribute("data-page") || "";
  var generation = parseInt(me.getAttribute("data-generation") || "0", 10);
  var showingError = me.getAttribute("data-error") === "1";
  var WORD = /[\p{L}\p{N}]+/gu;
  var SKIP = "script,style,.headerlink,sup[id^='fnref'],.footnote-backref,.briefing-meta,.bp-ui";

  function poll() {
    var url = "/_preview/events?generation=" + generation + "&page=" + encodeURIComponent(page) +
      "&error=" + (showingError ? 1 : 0);
    fetch(url, { cache: "no-store" }).then(function (r) { return r.json(); }).then(function (data) {
      if (data.reload) { location.reload(); return; }
      generation = data.generation;
      poll();
    }, function () { setTimeout(poll, 1000); });  // the server restarts or stops: try again
  }

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text) node.textContent = text;
    return node;
  }

  // The page's words, each with the text node and offsets it came from.
  function pageWords(root) {
    var words = [];
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        return node.parentElement && node.parentElement.closest(SKIP) ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT;
      }
    });
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      var match;
      WORD.lastIndex = 0;
      while ((match = WORD.exec(node.data)) !== null) {
        words.push({ word: match[0].toLowerCase(), node: node, start: match.index, end: match.index + match[0].length });
      }
    }
    return words;
  }

  function find(words, wanted) {
    if (!wanted.length) return -1;
    outer: for (var i = 0; i + wanted.length <= words.length; i++) {
      for (var j = 0; j < wanted.length; j++) {
        if (words[i + j].word !== wanted[j]) continue outer;
      }
      return i;
    }
    return -1;
  }

  // Wrap the text between two words in spans (a range may cross links and emphasis).
  function wrap(first, last, finding) {
    var range = document.createRange();
    range.setStart(first.node, first.start);
    range.setEnd(last.node, last.end);
    var nodes = [];
    var walker = document.createTreeWalker(range.commonAncestorContainer.nodeType === 3 ?
      range.commonAncestorContainer.parentNode : range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      if (range.intersectsNode(node)) nodes.push(node);
    }
    var spans = [];
    nodes.forEach(function (node) {
      var start = node === first.node ? first.start : 0;
      var end = node === last.node ? last.end : node.data.length;
      if (end <= start || !node.data.slice(start, end).trim()) return;
      var target = node;
      if (start > 0) target = target.splitText(start);
      if (end - start < target.data.length) target.splitText(end - start);
      var span = el("span", "bp-mark bp-mark--" + finding.severity);
      span.setAttribute("data-bp-finding", finding.id);
      span.tabIndex = 0;
      target.parentNode.replaceChild(span, target);
      span.appendChild(target);
      spans.push(span);
    });
    return spans;
  }

  var tip = null;
  function showTip(finding, anchor) {
    hideTip();
    tip = el("div", "bp-ui bp-tip bp-tip--" + finding.severity);
    tip.setAttribute("role", "tooltip");
    tip.appendChild(el("strong", "bp-tip__rule", finding.rule));
    tip.appendChild(el("span", "bp-tip__where", " " + finding.path + ":" + finding.line));
    tip.appendChild(el("p", "bp-tip__message", finding.message));
    if (finding.reason) tip.appendChild(el("p", "bp-tip__reason", "Why: " + finding.reason));
    document.body.appendChild(tip);
    var box = anchor.getBoundingClientRect();
    var width = Math.min(360, document.documentElement.clientWidth - 16);
    tip.style.width = width + "px";
    tip.style.left = Math.max(8, Math.min(box.left, document.documentElement.clientWidth - width - 8)) + window.scrollX + "px";
    tip.style.top = box.bottom + window.scrollY + 6 + "px";
  }
  function hideTip() { if (tip) { tip.remove(); tip = null; } }

  function attach(node, finding) {
    node.addEventListener("mouseenter", function () { showTip(finding, node); });
    node.addEventListener("mouseleave", hideTip);
    node.addEventListener("focus", function () { showTip(finding, node); });
    node.addEventListener("blur", hideTip);
    node.addEventListener("click", function (event) {
      if (node.closest("a")) event.preventDefault();  // a tap on a marked link explains, not follows
      event.stopPropagation();
      showTip(finding, node);
    });
  }

  function gutter(spans, finding, layer, article) {
    var marker = el("button", "bp-ui bp-gutter bp-gutter--" + finding.severity);
    marker.type = "button";
    marker.setAttribute("aria-label", finding.rule + ": " + finding.message);
    marker.setAttribute("data-bp-finding", finding.id);
    attach(marker, finding);
    layer.appendChild(marker);
    return function place() {
      var top = spans[0].getBoundingClientRect().top - article.getBoundingClientRect().top;
      marker.style.top = top + "px";
    };
  }

  function panel(findings, placed) {
    var box = el("aside", "bp-ui bp-panel");
    box.setAttribute("aria-label", "Lint findings of this page (preview only)");
    var counts = {};
    findings.forEach(function (f) { counts[f.rule] = (counts[f.rule] || 0) + 1; });
    var toggle = el("button", "bp-panel__toggle",
      findings.length ? findings.length + " lint finding" + (findings.length === 1 ? "" : "s") : "No lint findings");
    toggle.type = "button";
    toggle.setAttribute("aria-expanded", "false");
    box.appendChild(toggle);
    var body = el("div", "bp-panel__body");
    Object.keys(counts).sort().forEach(function (rule) {
      var group = el("details", "bp-panel__rule");
      group.appendChild(el("summary", "", rule + " · " + counts[rule]));
      var list = el("ol", "bp-panel__list");
      findings.filter(function (f) { return f.rule === rule; }).forEach(function (f) {
        var item = el("li");
        var spans = placed[f.id];
        var link = el(spans ? "a" : "span", "", "line " + f.line + ": " + f.message);
        if (spans) {
          link.href = "#";
          link.addEventListener("click", function (event) {
            event.preventDefault();
            spans[0].scrollIntoView({ block: "center" });
            spans.forEach(function (s) { s.classList.add("bp-mark--flash"); });
            setTimeout(function () { spans.forEach(function (s) { s.classList.remove("bp-mark--flash"); }); }, 1200);
            showTip(f, spans[0]);
          });
        } else {
          item.appendChild(el("span", "bp-panel__off", "not on the page: "));
        }
        item.appendChild(link);
        list.appendChild(item);
      });
      group.appendChild(list);
      body.appendChild(group);
    });
    box.appendChild(body);
    toggle.addEventListener("click", function () {
      var open = box.classList.toggle("bp-panel--open");
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
    });
    if (findings.length && window.matchMedia("(min-width: 76.25em)").matches) {
      box.classList.add("bp-panel--open");
      toggle.setAttribute("aria-expanded", "true");
    }
    box.setAttribute("data-bp-count", String(findings.length));
    document.body.appendChild(box);
  }

  function mark(findings) {
    var article = document.querySelector("article.md-content__inner") || document.querySelector("main") || document.body;
    var layer = el("div", "bp-ui bp-layer");
    article.insertBefore(layer, article.firstChild);
    var placed = {};
    var places = [];
    findings.forEach(function (finding) {
      var words = pageWords(article);
      var at = find(words, finding.words);
      if (at < 0) return;
      var spans = wrap(words[at], words[at + finding.words.length - 1], finding);
      if (!spans.length) return;
      spans.forEach(function (span) { attach(span, finding); });
      placed[finding.id] = spans;
      places.push(gutter(spans, finding, layer, article));
    });
    var reposition = function () { places.forEach(function (place) { place(); }); };
    reposition();
    window.addEventListener("resize", reposition);
    if (document.fonts) document.fonts.ready.then(reposition);
    panel(findings, placed);
    document.addEventListener("click", hideTip);
    document.addEventListener("keydown", function (event) { if (event.key === "Escape") hideTip(); });
    document.documentElement.setAttribute("data-bp-ready", "1");
  }

  poll();
  if (!showingError && page !== null && document.querySelector(".md-content")) {
    fetch("/_preview/findings?page=" + encodeURIComponent(page), { cache: "no-store" })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(mark, function () { document.documentElement.setAttribute("data-bp-ready", "error"); });
  }
})();
