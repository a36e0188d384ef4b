// Entity pages: draw the timeline and the neighbourhood graph from the data embedded in the page.
// The same facts are listed in the page itself; this only draws them.
(function () {
  "use strict";

  function data(id) {
    var element = document.getElementById(id);
    return element ? JSON.parse(element.textContent) : null;
  }

  function day(text, last) {
    var p = text.split("-").map(Number);
    if (p.length === 1) { return last ? new Date(p[0], 11, 31) : new Date(p[0], 0, 1); }
    if (p.length === 2) { return last ? new Date(p[0], p[1], 0) : new Date(p[0], p[1] - 1, 1); }
    return new Date(p[0], p[1] - 1, p[2]);
  }

  function label(text) {
    var span = document.createElement("span");
    span.textContent = text;  // text, never markup
    return span;
  }

  var items = data("timeline-data");
  var timeline = document.getElementById("timeline");
  if (items && timeline && window.vis) {
    var hrefs = {};
    var entries = items.map(function (item) {
      hrefs[item.id] = item.href;
      var coarse = item.start.length < 10;
      var entry = { id: item.id, content: label(item.content), start: day(item.start, false) };
      if (item.end || coarse) { entry.end = day(item.end || item.start, true); entry.type = "range"; }
      return entry;
    });
    var drawn = new vis.Timeline(timeline, new vis.DataSet(entries), { stack: true, zoomable: true, margin: { item: 6 } });
    drawn.on("select", function (event) {
      if (event.items.length && hrefs[event.items[0]]) { window.location.href = hrefs[event.items[0]]; }
    });
    timeline.dataset.drawn = String(entries.length);
  }

  var graph = data("graph-data");
  var holder = document.getElementById("graph");
  if (graph && holder && window.cytoscape) {
    var elements = graph.nodes.map(function (n) {
      return { data: { id: n.id, label: n.label, kind: n.kind, href: n.href } };
    }).concat(graph.edges.map(function (e, i) {
      return { data: { id: "e" + i, source: e.source, target: e.target } };
    }));
    var cy = cytoscape({
      container: holder, elements: elements,
      layout: { name: "cose", animate: false, nodeRepulsion: function () { return 12000; }, idealEdgeLength: function () { return 70; } },
      style: [
        { selector: "node", style: { "label": "data(label)", "font-size": 9, "text-wrap": "wrap", "text-max-width": 110,
                                      "background-color": "#6b8fb5", "width": 14, "height": 14 } },
        { selector: "node[kind = 'self']", style: { "background-color": "#b5541b", "width": 24, "height": 24 } },
        { selector: "node[kind = 'fact']", style: { "shape": "round-rectangle", "background-color": "#5a9a6b" } },
        { selector: "edge", style: { "width": 1, "line-color": "#b7c2cc" } }
      ]
    });
    cy.on("tap", "node", function (event) {
      var href = event.target.data("href");
      if (href) { window.location.href = href; }
    });
    holder.dataset.drawn = String(cy.nodes().length);
  }
})();
