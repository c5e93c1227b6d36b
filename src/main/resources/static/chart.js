// A YASR result view that draws a bar chart as SVG: one bar per row, the
// first numeric column as the length, the first other column as the label.
// Drawn here rather than with Google Charts (YASGUI's usual chart plugin),
// which would load code from Google's servers. Every text goes in with
// textContent, never as markup.
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var MAX_BARS = 60;
  var NUMERIC = /#(integer|decimal|double|float|long|int|short|byte|nonNegativeInteger|positiveInteger|unsignedInt|unsignedLong)$/;

  function el(name, attrs, text) {
    var e = document.createElementNS(SVG, name);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  function isNumber(term) {
    return term && term.type !== "uri" && term.type !== "bnode"
      && (NUMERIC.test(term.datatype || "") || (!term.datatype && !term["xml:lang"] && /^-?\d+(\.\d+)?$/.test(term.value)));
  }

  /** The columns to draw: {value, label}, or null when no column is numeric in every row. */
  function columns(vars, rows) {
    if (!rows || rows.length === 0) { return null; }
    var value = vars.filter(function (v) { return rows.every(function (r) { return isNumber(r[v]); }); })[0];
    if (!value) { return null; }
    var label = vars.filter(function (v) { return v !== value; })[0];
    return { value: value, label: label };
  }

  function shorten(yasr, term) {
    if (!term) { return ""; }
    if (term.type !== "uri") { return term.value; }
    var p = yasr.getPrefixes ? yasr.getPrefixes() : {};
    var hit = Object.keys(p).filter(function (k) { return term.value.indexOf(p[k]) === 0; })[0];
    return hit !== undefined ? hit + ":" + term.value.substring(p[hit].length) : term.value;
  }

  function Chart(yasr) {
    this.yasr = yasr;
    this.label = "Chart";
    this.priority = 5;
  }
  Chart.prototype.canHandleResults = function () {
    var r = this.yasr.results;
    return !!(r && r.getBindings && r.getBindings() && columns(r.getVariables(), r.getBindings()));
  };
  Chart.prototype.getIcon = function () {
    var svg = el("svg", { viewBox: "0 0 16 16", width: "16", height: "16", "aria-hidden": "true" });
    [[1, 9, 3, 6], [6, 4, 3, 11], [11, 7, 3, 8]].forEach(function (b) {
      svg.appendChild(el("rect", { x: b[0], y: b[1], width: b[2], height: b[3], fill: "currentColor" }));
    });
    return svg;
  };
  Chart.prototype.draw = function () {
    var yasr = this.yasr, vars = yasr.results.getVariables(), rows = yasr.results.getBindings();
    var cols = columns(vars, rows), shown = rows.slice(0, MAX_BARS);
    var max = Math.max.apply(null, shown.map(function (r) { return Math.abs(Number(r[cols.value].value)); }).concat([1]));
    var rowH = 22, labelW = 260, barW = 420, height = shown.length * rowH + 10;
    var svg = el("svg", { "class": "kg-chart", role: "img", width: String(labelW + barW + 80), height: String(height),
      viewBox: "0 0 " + (labelW + barW + 80) + " " + height });
    svg.appendChild(el("title", {}, cols.value + (cols.label ? " by " + cols.label : "")));
    shown.forEach(function (r, i) {
      var n = Number(r[cols.value].value), y = i * rowH + 4, w = Math.max(1, Math.round(barW * Math.abs(n) / max));
      var name = cols.label ? shorten(yasr, r[cols.label]) : String(i + 1);
      svg.appendChild(el("text", { x: String(labelW - 6), y: String(y + 14), "text-anchor": "end" },
        name.length > 38 ? name.substring(0, 37) + "…" : name));
      svg.appendChild(el("rect", { x: String(labelW), y: String(y), width: String(w), height: String(rowH - 6) }));
      svg.appendChild(el("text", { x: String(labelW + w + 4), y: String(y + 14) }, r[cols.value].value));
    });
    var box = document.createElement("figure");
    box.className = "kg-chart";
    box.appendChild(svg);
    if (rows.length > shown.length) {
      var note = document.createElement("figcaption");
      note.textContent = "The first " + shown.length + " of " + rows.length + " rows.";
      box.appendChild(note);
    }
    yasr.resultsEl.appendChild(box);
  };

  window.KgChart = Chart;
})();
