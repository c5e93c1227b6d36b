// The query editor: YASGUI's YASQE (highlighting, syntax check, completion)
// and YASR (table, chart, raw response), served from this server. Completion
// of prefixes, classes and properties comes from the ontology the page carries
// (#editor-config), never from another server. The address holds the query
// (?query=), so a link reproduces it. Without this script the plain form works.
(function () {
  "use strict";
  if (typeof Yasgui === "undefined") { return; }
  var Yasqe = Yasgui.Yasqe, Yasr = Yasgui.Yasr;
  var config = JSON.parse(document.getElementById("editor-config").textContent);
  var form = document.getElementById("sparql");
  var editorEl = document.getElementById("editor");
  var resultsEl = document.getElementById("results");

  // IRIs in a query may be relative (the endpoint resolves them against the base).
  function resolve(iri) {
    try { return new URL(iri, config.base).href; } catch (e) { return iri; }
  }

  /** A completer over a fixed list of IRIs that answers in the form the query writes them. */
  function terms(list) {
    return function (yasqe, token) {
      if (!token || token.autocompletionString === undefined) { return list; }
      var typed = resolve(token.autocompletionString);
      var written = token.tokenPrefixUri, abs = written !== undefined ? resolve(written) : null;
      return list.filter(function (t) { return t.indexOf(typed) === 0; }).map(function (t) {
        return abs !== null && t.indexOf(abs) === 0 ? written + t.substring(abs.length) : t;
      });
    };
  }
  var ours = Object.keys(config.prefixes).map(function (p) { return p + ": <" + config.prefixes[p] + ">"; });
  var bundled = Yasqe.Autocompleters.prefixes.get;
  Yasqe.forkAutocompleter("prefixes", { name: "kg-prefixes", persistenceId: null, get: function (yasqe) {
    return Promise.resolve(bundled(yasqe)).then(function (more) { return ours.concat(more); });
  } }, false);
  Yasqe.forkAutocompleter("class", { name: "kg-classes", bulk: false, autoShow: true, get: terms(config.classes) }, false);
  Yasqe.forkAutocompleter("property", { name: "kg-properties", bulk: false, autoShow: true, get: terms(config.properties) }, false);

  function link(query) {
    return location.pathname + "?query=" + encodeURIComponent(query);
  }

  // Shown before YASQE is made: CodeMirror measures its box when it starts.
  form.hidden = true;
  editorEl.hidden = false;
  var yasqe = new Yasqe(editorEl, {
    value: document.getElementById("query").value,
    persistenceId: null,
    autocompleters: ["kg-prefixes", "variables", "kg-classes", "kg-properties"],
    requestConfig: { endpoint: config.endpoint, method: "POST" },
    consumeShareLink: null,
    createShareableLink: function (y) { return location.origin + link(y.getValue()); },
    collapsePrefixesOnLoad: true,
    editorHeight: "260px"
  });
  Yasr.registerPlugin("chart", window.KgChart);
  var yasr = new Yasr(resultsEl, {
    persistenceId: null,
    prefixes: config.prefixes,
    pluginOrder: ["table", "chart", "response"],
    defaultPlugin: "table"
  });

  // CodeMirror types into a textarea of its own, and YASR's page-size list
  // stands beside a label that is not tied to it: both get a name of their own.
  yasqe.getInputField().setAttribute("aria-label", "SPARQL query");
  yasr.on("drawn", function () {
    resultsEl.querySelectorAll("select.tableSizer").forEach(function (s) { s.setAttribute("aria-label", "Rows per page"); });
  });

  yasqe.on("change", function () { history.replaceState(null, "", link(yasqe.getValue())); });
  yasqe.on("queryResponse", function (y, response, duration) { yasr.setResponse(response, duration); });

  document.querySelectorAll("a[data-example]").forEach(function (a) {
    a.addEventListener("click", function (e) {
      e.preventDefault();
      var query = new URL(a.href).searchParams.get("query");
      yasqe.setValue(query);
      history.pushState(null, "", link(query));
      editorEl.scrollIntoView();
      yasqe.query().catch(function () { /* YASR shows the error */ });
    });
  });
  // A link with ?run shows its results at once (as the README's screenshot does).
  if (new URLSearchParams(location.search).has("run")) {
    yasqe.query().catch(function () { /* YASR shows the error */ });
  }
  window.addEventListener("popstate", function () {
    var query = new URLSearchParams(location.search).get("query");
    if (query !== null) { yasqe.setValue(query); }
  });
})();
