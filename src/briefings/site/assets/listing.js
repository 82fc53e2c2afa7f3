/* Added by the briefings plugin: the list of briefings on a section's index page can be filtered
   (a text box over every column) and sorted (click a column heading; again to reverse). Without
   JavaScript the list is complete and sorted by title. A same-origin file: no inline script. */
(function () {
  "use strict";
  function setUp(table) {
    var body = table.tBodies[0];
    if (!body || table.getAttribute("data-briefings-listing")) { return; }
    table.setAttribute("data-briefings-listing", "ready");
    var rows = Array.prototype.slice.call(body.rows);
    var box = document.createElement("input");
    box.type = "search";
    box.className = "briefing-list-filter md-input";
    box.placeholder = "Filter " + rows.length + " briefings";
    box.setAttribute("aria-label", "Filter the briefings of this section");
    var count = document.createElement("span");
    count.className = "briefing-list-count";
    count.setAttribute("aria-live", "polite");
    var holder = table.closest(".briefing-list") || table;
    holder.parentNode.insertBefore(box, holder);
    holder.parentNode.insertBefore(count, holder);
    box.addEventListener("input", function () {
      var words = box.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      rows.forEach(function (row) {
        var text = row.textContent.toLowerCase();
        var match = words.every(function (w) { return text.indexOf(w) >= 0; });
        row.hidden = !match;
        shown += match ? 1 : 0;
      });
      count.textContent = words.length ? shown + " of " + rows.length : "";
    });
    var heads = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(heads, function (cell, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "briefing-list-sort";
      button.textContent = cell.textContent;
      cell.textContent = "";
      cell.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = cell.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(heads, function (other) { other.removeAttribute("aria-sort"); });
        cell.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        rows.sort(function (a, b) {
          var x = a.cells[column].textContent.trim().toLowerCase();
          var y = b.cells[column].textContent.trim().toLowerCase();
          return (x < y ? -1 : x > y ? 1 : 0) * (ascending ? 1 : -1);
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }
  function all() {
    document.querySelectorAll("table.briefing-list, .briefing-list table").forEach(setUp);
  }
  if (window.document$ && window.document$.subscribe) { window.document$.subscribe(all); } else { all(); }
})();
