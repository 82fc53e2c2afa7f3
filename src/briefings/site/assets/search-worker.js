/* Added by the briefings plugin (see search-setup.js): a search worker that, when the index lists
   its pages' files (config.briefings_shards), fetches them and hands Material's worker the whole index. It
   lives next to Material's worker, whose language files are found relative to it. */
(function () {
  "use strict";
  var held = null; /* messages that arrive while the shards load */
  var passing = false;
  var root = new URL("../../../", self.location.href); /* the edition's root */
  function pass(data) {
    passing = true; /* dispatchEvent is synchronous: our own listener lets it through */
    try { self.dispatchEvent(new MessageEvent("message", { data: data })); } finally { passing = false; }
  }
  var post = self.postMessage.bind(self);
  self.postMessage = function (data) { /* Material's worker answers READY once its index is built */
    post(data);
    if (data && data.type === 1 && held !== null) {
      var later = held;
      held = null;
      later.forEach(pass); /* queries typed while the shards loaded */
    }
  };
  self.addEventListener("message", function (event) {
    var message = event.data;
    if (passing) { return; }
    if (held !== null) { event.stopImmediatePropagation(); held.push(message); return; }
    var shards = message && message.type === 0 && message.data && message.data.config
      && message.data.config.briefings_shards;
    if (!shards) { return; }
    event.stopImmediatePropagation();
    held = [];
    Promise.all(shards.map(function (name) {
      return fetch(new URL("search/" + name, root)).then(function (r) {
        if (!r.ok) { throw new Error(name + ": " + r.status); }
        return r.json();
      });
    })).then(function (parts) {
      var docs = [];
      parts.forEach(function (part) { docs = docs.concat(part); });
      return docs;
    }).catch(function (error) {
      console.warn("search index shards:", error);
      return [];
    }).then(function (docs) {
      message.data.docs = message.data.docs.concat(docs);
      pass(message); /* still holding: queries wait for READY */
    });
  });
  /* only Material's own worker, next to this one: never an address the page could have been made to pass */
  var worker = new URL(String(new URL(self.location.href).searchParams.get("worker")), self.location.href);
  if (worker.origin !== self.location.origin || !/\/assets\/javascripts\/workers\/search\.[\w-]+\.min\.js$/.test(worker.pathname)) {
    throw new Error("search worker: refusing " + worker.href);
  }
  importScripts(worker.href);
})();
