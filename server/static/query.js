// The query page: YASGUI over our own /sparql, the example gallery, a "use this query" box and a
// shareable page URL. Without JavaScript the page is a plain form that does the same.
(function () {
  "use strict";
  var form = document.getElementById("plain-form");
  var container = document.getElementById("yasgui");
  if (!form || !container || typeof Yasgui === "undefined") { return; }
  var endpoint = new URL("/sparql", window.location.href).href;
  var initial = form.querySelector("textarea").value;

  function shellQuote(text) { return "'" + text.replace(/'/g, "'\\''") + "'"; }

  function describe(query) {
    var params = new URLSearchParams({ query: query });
    document.getElementById("get-url").value = endpoint + "?" + params.toString();
    document.getElementById("curl-command").value =
      "curl -s " + endpoint + " -H 'Accept: application/sparql-results+json' --data-urlencode " +
      shellQuote("query=" + query);
    var page = "/query?" + params.toString();
    document.getElementById("share-link").href = page;
    window.history.replaceState(null, "", page);
  }

  form.hidden = true;
  container.hidden = false;
  var yasgui = new Yasgui(container, {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: false,
    persistenceId: null,
    populateFromUrl: false,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    yasqe: { value: initial, autocompleters: ["prefixes", "variables"], persistenceId: null },
    yasr: { persistenceId: null }
  });
  var tab = yasgui.getTab();
  tab.setQuery(initial);
  tab.getYasqe().on("change", function (editor) { describe(editor.getValue()); });
  document.querySelectorAll("a.example").forEach(function (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      tab.setQuery(link.dataset.query);
      describe(link.dataset.query);
      tab.query();
    });
  });
  if (new URLSearchParams(window.location.search).has("query")) { tab.query(); }
  window.dipkgYasgui = yasgui;
})();
