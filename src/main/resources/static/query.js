// Sends the query to the SPARQL endpoint and shows the results as a table.
// Every value is inserted as text (textContent), never as HTML.
(function () {
  "use strict";
  var form = document.getElementById("sparql");
  var results = document.getElementById("results");
  var status = document.getElementById("status");
  function cell(row, tag, text, href) {
    var c = document.createElement(tag);
    if (href && /^https?:\/\//.test(href)) {
      var a = document.createElement("a");
      a.href = href;
      a.textContent = text;
      c.appendChild(a);
    } else {
      c.textContent = text;
    }
    row.appendChild(c);
  }
  function show(json) {
    results.textContent = "";
    if (typeof json.boolean === "boolean") {
      results.textContent = "ASK: " + json.boolean;
      return;
    }
    var vars = json.head.vars, table = document.createElement("table"), head = document.createElement("tr");
    vars.forEach(function (v) { cell(head, "th", v); });
    table.appendChild(head);
    json.results.bindings.forEach(function (b) {
      var tr = document.createElement("tr");
      vars.forEach(function (v) {
        var t = b[v];
        if (!t) { cell(tr, "td", ""); return; }
        var text = t.value + (t["xml:lang"] ? " @" + t["xml:lang"] : "");
        cell(tr, "td", text, t.type === "uri" ? t.value : null);
      });
      table.appendChild(tr);
    });
    results.appendChild(table);
    status.textContent = json.results.bindings.length + " rows";
  }
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    status.textContent = "running…";
    fetch(form.action, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json" },
      body: new URLSearchParams({ query: document.getElementById("query").value })
    }).then(function (r) {
      if (!r.ok) { return r.text().then(function (t) { throw new Error(r.status + " " + t); }); }
      var type = r.headers.get("Content-Type") || "";
      if (type.indexOf("json") < 0) { return r.text().then(function (t) { results.textContent = ""; var pre = document.createElement("pre"); pre.textContent = t; results.appendChild(pre); status.textContent = ""; }); }
      return r.json().then(show);
    }).catch(function (err) {
      results.textContent = "";
      var pre = document.createElement("pre");
      pre.textContent = String(err.message);
      results.appendChild(pre);
      status.textContent = "error";
    });
  });
})();
