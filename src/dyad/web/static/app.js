// dyad web: evidence highlighting on document pages and the ECharts views (dyad timeline,
// network, counterparts). Data comes from the JSON API or from <script type="application/json">
// blocks; text only ever reaches the DOM as text (textContent) or as canvas labels.
(function () {
  "use strict";

  function q(sel, root) { return (root || document).querySelector(sel); }
  function qa(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }
  function cssId(id) { return window.CSS && CSS.escape ? CSS.escape(id) : String(id).replace(/[^\w-]/g, ""); }
  function go(path, params) {
    var query = Object.keys(params || {}).filter(function (k) { return params[k]; })
      .map(function (k) { return encodeURIComponent(k) + "=" + encodeURIComponent(params[k]); }).join("&");
    window.location.assign(path + (query ? "?" + query : ""));
  }

  // --- document page: light up one event's evidence ----------------------------------------
  function activate(id, scroll) {
    qa(".hl-evidence.on, li.event.on").forEach(function (el) { el.classList.remove("on"); });
    if (!id) { return; }
    var pieces = qa('[data-ev~="' + cssId(id) + '"]');
    pieces.forEach(function (el) { el.classList.add("on"); });
    var card = document.getElementById("ev-" + id);
    if (card) { card.classList.add("on"); }
    if (scroll && pieces.length) { pieces[0].scrollIntoView({ block: "center", behavior: "smooth" }); }
  }
  if (q("#article")) {
    qa("li.event[data-event]").forEach(function (card) {
      function pick(ev) {
        if (ev.target.closest && ev.target.closest("a")) { return; }
        activate(card.getAttribute("data-event"), true);
      }
      card.addEventListener("click", pick);
      card.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { pick(ev); } });
    });
    qa(".hl-trigger[data-event]").forEach(function (el) {
      el.addEventListener("click", function (ev) {
        if (ev.target.closest && ev.target.closest("a")) { return; }
        var id = el.getAttribute("data-event");
        activate(id, false);
        var card = document.getElementById("ev-" + id);
        if (card) { card.scrollIntoView({ block: "nearest", behavior: "smooth" }); }
      });
    });
    var hash = decodeURIComponent(window.location.hash || "");
    if (hash.indexOf("#ev-") === 0) { activate(hash.slice(4), true); }
  }

  // --- charts ---------------------------------------------------------------------------------
  function chart(el) {
    if (!window.echarts) { el.textContent = "(chart library missing)"; return null; }
    var c = echarts.init(el, null, { renderer: "canvas" });
    window.addEventListener("resize", function () { c.resize(); });
    return c;
  }
  function fetchJson(url) {
    return fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (r) { if (!r.ok) { throw new Error(r.status + " " + r.statusText); } return r.json(); });
  }
  function failed(el, err) { el.textContent = "Could not load the chart: " + err.message; el.setAttribute("data-ready", "error"); }

  var dyadEl = q("#dyad-chart");
  if (dyadEl) {
    var src = dyadEl.getAttribute("data-src");
    fetchJson(src).then(function (d) {
      var c = chart(dyadEl);
      if (!c) { return; }
      if (!d.months.length) {
        dyadEl.setAttribute("data-points", "0");
        c.setOption({ title: { text: "No dated events", left: "center", top: "middle", textStyle: { color: "#888", fontSize: 14 } } });
        dyadEl.setAttribute("data-ready", "1");
        return;
      }
      c.setOption({
        tooltip: { trigger: "axis", renderMode: "richText" },
        legend: { top: 4, type: "scroll" },
        grid: { left: 44, right: 18, top: 40, bottom: 64 },
        xAxis: { type: "category", data: d.months },
        yAxis: { type: "value", minInterval: 1 },
        dataZoom: [{ type: "inside" }, { type: "slider", height: 18, bottom: 10 }],
        series: d.types.map(function (t) {
          return { name: t, type: "bar", stack: "events", data: d.series[t], emphasis: { focus: "series" } };
        })
      });
      c.on("click", function (p) {
        go("/events", { country: d.a, "with": d.b, type: p.seriesName, since: p.name, until: p.name });
      });
      var points = d.types.reduce(function (n, t) { return n + d.series[t].filter(function (v) { return v > 0; }).length; }, 0);
      dyadEl.setAttribute("data-points", String(points));
      dyadEl.setAttribute("data-ready", "1");
    }).catch(function (err) { failed(dyadEl, err); });
  }

  function graphOption(nodes, links, categories) {
    return {
      tooltip: { renderMode: "richText" },
      legend: categories.length > 1 ? { type: "scroll", top: 4, data: categories.map(function (c) { return c.name; }) } : undefined,
      series: [{
        type: "graph", layout: "force", roam: true, draggable: true,
        data: nodes, links: links, categories: categories,
        force: { repulsion: 220, edgeLength: [40, 160], gravity: 0.08 },
        label: { show: true, position: "right", fontSize: 12 },
        labelLayout: { hideOverlap: true },
        lineStyle: { color: "source", opacity: 0.55, curveness: 0.08 },
        emphasis: { focus: "adjacency", lineStyle: { width: 4 } }
      }]
    };
  }

  var netEl = q("#network-chart");
  if (netEl) {
    fetchJson(netEl.getAttribute("data-src")).then(function (d) {
      var c = chart(netEl);
      if (!c) { return; }
      var actor = d.level === "actor";
      var cats = [];
      var catIndex = {};
      var max = d.nodes.reduce(function (m, n) { return Math.max(m, n.weight); }, 1);
      var nodes = d.nodes.map(function (n) {
        var cat = actor ? (n.country || "?") : "country";
        if (!(cat in catIndex)) { catIndex[cat] = cats.length; cats.push({ name: cat }); }
        return { id: n.id, name: n.name, value: n.weight, category: catIndex[cat],
                 symbolSize: 8 + 34 * Math.sqrt(n.weight / max) };
      });
      var emax = d.edges.reduce(function (m, e) { return Math.max(m, e.events); }, 1);
      var links = d.edges.map(function (e) {
        return { source: e.source, target: e.target, value: e.events, lineStyle: { width: 1 + 7 * e.events / emax } };
      });
      c.setOption(graphOption(nodes, links, actor ? cats : []));
      c.on("click", function (p) {
        if (p.dataType === "node") {
          if (actor) { window.location.assign("/actors/" + encodeURIComponent(p.data.id)); }
          else { go("/events", { country: p.data.id }); }
        } else if (p.dataType === "edge") {
          if (actor) { go("/events", { actor: p.data.source }); }
          else { go("/dyads", { a: p.data.source, b: p.data.target }); }
        }
      });
      netEl.setAttribute("data-ready", "1");
    }).catch(function (err) { failed(netEl, err); });
  }

  var partnersEl = q("#partners-chart");
  var partnersData = q("#partners-data");
  if (partnersEl && partnersData) {
    var g = JSON.parse(partnersData.textContent);
    if (!g.partners.length) { partnersEl.style.display = "none"; }
    else {
      var c = chart(partnersEl);
      if (c) {
        var nodes = [{ id: g.center.id, name: g.center.name, symbolSize: 30, category: 0, value: 0 }];
        var links = [];
        g.partners.forEach(function (p) {
          var id = "p:" + p.id;
          nodes.push({ id: id, name: p.name, value: p.events, category: 1, symbolSize: 10 + 4 * Math.min(p.events, 6), target: p.id, named: p.id !== p.name });
          links.push({ source: g.center.id, target: id, value: p.events, lineStyle: { width: 1 + Math.min(p.events, 8) } });
        });
        c.setOption(graphOption(nodes, links, [{ name: g.center.name }, { name: "counterparts" }]));
        c.on("click", function (p) {
          if (p.dataType === "node" && p.data.target) {
            if (p.data.named) { window.location.assign("/actors/" + encodeURIComponent(p.data.target)); }
            else { go("/events", { actor: p.data.target }); }
          }
        });
        partnersEl.setAttribute("data-ready", "1");
      }
    }
  }
})();
