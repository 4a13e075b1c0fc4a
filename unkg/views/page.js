// unkg graph views: search, click to open a node's page, a time axis, and a first fit to the
// window. Runs after pyvis's template has drawn `network` from the `nodes` and `edges` DataSets.
(function () {
  "use strict";
  var cfg = JSON.parse(document.getElementById("unkg-config").textContent);
  var container = document.getElementById("mynetwork");

  // A node's page: on `unkg serve` (a page under /views/ over http), the IRI's own path on the
  // same server, which dereferences it; anywhere else (a file, a notebook), the IRI itself. Only
  // an http(s) IRI is a page: any other (javascript:, data:, a blank node) opens nothing.
  function pageOf(iri) {
    if (!/^https?:\/\//i.test(iri)) {
      return null;
    }
    var served = /^https?:$/.test(location.protocol) && location.pathname.indexOf("/views/") === 0;
    if (served && iri.indexOf(cfg.base) === 0) {
      var u = new URL(iri);
      return u.pathname + u.search + u.hash;
    }
    return iri;
  }
  window.unkgPageOf = pageOf;

  network.on("click", function (params) {
    var page = params.nodes.length === 1 ? pageOf(String(params.nodes[0])) : null;
    if (page) {
      window.open(page, "_blank", "noopener");
    }
  });
  network.on("hoverNode", function () { container.style.cursor = "pointer"; });
  network.on("blurNode", function () { container.style.cursor = "default"; });

  // search: every node whose label or name holds the text; Enter steps through them
  var input = document.getElementById("unkg-search");
  var found = document.getElementById("unkg-found");
  var hits = [];
  var at = 0;
  function matches(text) {
    var q = text.trim().toLowerCase();
    if (!q) { return []; }
    return nodes.get({ filter: function (n) { return (n.search || "").indexOf(q) >= 0; } }).map(function (n) { return n.id; });
  }
  function show() {
    if (!hits.length) {
      network.unselectAll();
      found.textContent = input.value.trim() ? "no match" : "";
      return;
    }
    network.selectNodes(hits);
    network.focus(hits[at], { scale: Math.max(network.getScale(), 1), animation: { duration: 300 } });
    found.textContent = hits.length === 1 ? "1 match" : (at + 1) + " of " + hits.length + " matches (Enter: next)";
  }
  input.addEventListener("input", function () { hits = matches(input.value); at = 0; show(); });
  input.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && hits.length) { at = (at + 1) % hits.length; show(); e.preventDefault(); }
    if (e.key === "Escape") { input.value = ""; hits = []; show(); network.fit(); }
  });

  // a time axis: a line and a label for each tick, and a line along each lane, behind the nodes
  if (cfg.axis && cfg.axis.length) {
    network.on("beforeDrawing", function (ctx) {
      var ys = Object.values(network.getPositions()).map(function (p) { return p.y; });
      var top = Math.min.apply(null, ys) - 60;
      var bottom = Math.max.apply(null, ys) + 40;
      ctx.save();
      ctx.strokeStyle = "#e8ebef";
      ctx.lineWidth = 1;
      ctx.fillStyle = "#5b6573";
      ctx.font = "13px system-ui, sans-serif";
      ctx.textAlign = "center";
      ctx.strokeStyle = "#d9dde2";
      ctx.lineWidth = 2;
      cfg.lanes.forEach(function (lane) {
        ctx.beginPath();
        ctx.moveTo(lane[1], lane[0]);
        ctx.lineTo(lane[2], lane[0]);
        ctx.stroke();
      });
      ctx.strokeStyle = "#e8ebef";
      ctx.lineWidth = 1;
      cfg.axis.forEach(function (tick) {
        ctx.beginPath();
        ctx.moveTo(tick[0], top + 12);
        ctx.lineTo(tick[0], bottom);
        ctx.stroke();
        ctx.fillText(tick[1], tick[0], top);
      });
      ctx.restore();
    });
  }

  function fit() { network.fit({ maxZoomLevel: 1.15, animation: false }); }
  fit();
  window.addEventListener("resize", fit);
})();
