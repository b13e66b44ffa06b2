/* rashomon views: clicking an event anywhere shows its evidence sentence, and a link to it in its document.
   Untrusted text is only ever put into the page with textContent, never parsed as HTML. */
(function () {
  "use strict";
  var dataEl = document.getElementById("rashomon-events");
  var events = {};
  try { events = dataEl ? JSON.parse(dataEl.textContent) : {}; } catch (e) { events = {}; }
  var panel = document.getElementById("evidence");
  var docLink = document.body.getAttribute("data-doc-link") || "#e{event}";
  var eventLink = document.body.getAttribute("data-event-link") || "";
  var evidenceApi = document.body.getAttribute("data-evidence-api") || "";

  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (text !== undefined && text !== null) n.textContent = String(text);
    return n;
  }
  function link(pattern, ev) {
    return pattern.replace("{doc}", encodeURIComponent(ev.doc)).replace("{event}", encodeURIComponent(ev.id));
  }
  function showPanel(title) {
    if (!panel) return null;
    var body = panel.querySelector(".body");
    body.textContent = "";
    panel.querySelector(".title").textContent = title;
    panel.hidden = false;
    return body;
  }
  function flash(target) {
    if (target && !target.textContent && target.nextElementSibling) target = target.nextElementSibling;
    if (!target) return;
    reveal(target);
    target.scrollIntoView({ block: "center", behavior: "auto" });
    target.classList.remove("flash");
    void target.offsetWidth;
    target.classList.add("flash");
  }
  function showEvents(ids, title) {
    var missing = ids.filter(function (id) { return !events[id]; });
    if (missing.length && evidenceApi) {
      // the app fetches what the page did not embed, from its own origin
      fetch(evidenceApi + "?ids=" + missing.slice(0, 100).join(","), { credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.json() : {}; })
        .then(function (found) { Object.keys(found).forEach(function (k) { events[k] = found[k]; }); render(ids, title); })
        .catch(function () { render(ids, title); });
      return;
    }
    render(ids, title);
  }
  function render(ids, title) {
    var body = showPanel(title || "Evidence");
    if (!body) return;
    ids.forEach(function (id) {
      var ev = events[id];
      var item = el("div", "item");
      item.setAttribute("data-event", id);
      if (!ev) {
        item.appendChild(el("div", "meta", "event " + id + " (not included on this page)"));
        body.appendChild(item);
        return;
      }
      var head = [ev.date || "undated", ev.event + " (" + ev.cameo + ")", (ev.who || "no source named") + " → " + (ev.whom || "no target named"), ev.modality].join(" · ");
      item.appendChild(el("div", "meta", head));
      var s = el("div", "sentence");
      var at = Math.max(0, Math.min(ev.at, ev.sentence.length));
      s.appendChild(document.createTextNode(ev.sentence.slice(0, at)));
      s.appendChild(el("b", null, ev.sentence.slice(at, at + ev.trigger.length)));
      s.appendChild(document.createTextNode(ev.sentence.slice(at + ev.trigger.length)));
      item.appendChild(s);
      var meta = el("div", "meta", (ev.comment ? "reader comment in " : "") + ev.source + (ev.title ? " — " + ev.title : "") + " · held by " + ev.holder + " ");
      var href = link(docLink, ev);
      var inPage = href.charAt(0) === "#";
      if (!inPage || document.getElementById(href.slice(1))) {
        var a = el("a", "in-doc", "show in its document");
        a.href = href;
        if (inPage) a.addEventListener("click", function (e) { e.preventDefault(); flash(document.getElementById(href.slice(1))); history.replaceState(null, "", href); });
        meta.appendChild(a);
      } else {
        meta.appendChild(el("span", null, "(its document's text is not in this report)"));
      }
      if (eventLink) {
        meta.appendChild(document.createTextNode(" · "));
        var p = el("a", null, "event page");
        p.href = link(eventLink, ev);
        meta.appendChild(p);
      }
      item.appendChild(meta);
      body.appendChild(item);
    });
  }
  function activate(target) {
    var quotes = target.getAttribute("data-quotes");
    if (quotes !== null) {
      var body = showPanel(target.getAttribute("data-title") || "Tone");
      var list = [];
      try { list = JSON.parse(quotes); } catch (e) { list = []; }
      if (!list.length) body.appendChild(el("div", "meta", "no quoted evidence stored"));
      list.forEach(function (q) { body.appendChild(el("blockquote", "evidence", q)); });
      return;
    }
    var ids = (target.getAttribute("data-events") || "").split(" ").filter(Boolean);
    if (ids.length) showEvents(ids, target.getAttribute("data-title") || "Evidence");
  }
  document.addEventListener("click", function (e) {
    var t = e.target.closest ? e.target.closest("[data-events],[data-quotes]") : null;
    if (!t || (t.tagName === "A" && t.getAttribute("href"))) return;
    e.preventDefault();
    activate(t);
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && panel) panel.hidden = true;
    if (e.key !== "Enter" && e.key !== " ") return;
    var t = e.target.closest ? e.target.closest("[data-events],[data-quotes]") : null;
    if (t) { e.preventDefault(); activate(t); }
  });
  if (panel) panel.querySelector(".close").addEventListener("click", function () { panel.hidden = true; });
  // the sources compared side by side: each column shows the source its picker names
  var compare = document.getElementById("compare");
  function pickSources() {
    if (!compare) return;
    var picks = {};
    Array.prototype.forEach.call(compare.querySelectorAll("select[data-side]"), function (s) { picks[s.getAttribute("data-side")] = s.value; });
    Array.prototype.forEach.call(compare.querySelectorAll(".sources .doc"), function (d) {
      d.classList.toggle("left", d.id === picks.left);
      d.classList.toggle("right", d.id === picks.right && d.id !== picks.left);
    });
  }
  function reveal(target) {
    // a passage in a source the compare view hides: show that source in the left column
    if (!compare || !target || !target.closest) return;
    var d = target.closest(".doc");
    if (!d || !compare.contains(d) || d.classList.contains("left") || d.classList.contains("right")) return;
    compare.querySelector("select[data-side='left']").value = d.id;
    pickSources();
  }
  if (compare) {
    compare.classList.add("picking");
    compare.addEventListener("change", pickSources);
    pickSources();
  }
  // the timeline: the story's span spread over the plot, the dates outside it squeezed into strips at the
  // sides (the same scale as TimeScale in rashomon/report/layout.py); drag across the overview below the
  // axis to zoom. The range is kept in the URL (?t_from=...&t_to=...), so a reload or a shared link keeps it.
  var tl = document.getElementById("timeline-svg");
  var SVGNS = "http://www.w3.org/2000/svg";
  var DAY = 86400000;
  function num(el, name) { return parseFloat(el.getAttribute("data-" + name)); }
  function dayText(d) { return new Date(d * DAY).toISOString().slice(0, 10); }
  function dayOf(text) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text || "");
    return m ? Math.round(Date.UTC(+m[1], +m[2] - 1, +m[3]) / DAY) : null;
  }
  function scaleOf(first, last, start, end, left, right, strip, gap) {
    var before = start > first, after = end < last;
    var lo = left + (before ? strip + gap : 0), hi = right - (after ? strip + gap : 0);
    return { before: before, after: after, x: function (day) {
      if (day < start) return left + strip * (day - first) / Math.max(1, start - first);
      if (day > end) return hi + gap + strip * (day - end) / Math.max(1, last - end);
      return lo + (hi - lo) * (day - start) / Math.max(1, end - start);
    } };
  }
  function ticksOf(lo, hi) {
    var out = [], a = new Date(lo * DAY), b = new Date(hi * DAY), span = hi - lo, step, y, m, i, d;
    if (span > 3 * 365) {
      step = Math.max(1, Math.ceil((b.getUTCFullYear() - a.getUTCFullYear() + 1) / 10));
      for (y = a.getUTCFullYear() + (a.getUTCMonth() > 0 || a.getUTCDate() > 1 ? 1 : 0); y <= b.getUTCFullYear(); y += step)
        out.push([Math.round(Date.UTC(y, 0, 1) / DAY), String(y)]);
    } else if (span > 60) {
      var months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth() + 1;
      step = Math.max(1, Math.ceil(months / 10));
      y = a.getUTCFullYear(); m = a.getUTCMonth();
      for (i = 0; i <= months; i++) {
        d = Math.round(Date.UTC(y, m, 1) / DAY);
        if (i % step === 0 && d >= lo && d <= hi) out.push([d, y + "-" + (m < 9 ? "0" : "") + (m + 1)]);
        m += 1; if (m === 12) { m = 0; y += 1; }
      }
    } else {
      step = Math.max(1, Math.ceil((span + 1) / 10));
      for (d = lo; d <= hi; d += step) out.push([d, dayText(d)]);
    }
    return out;
  }
  function svgText(x, y, text, cls) {
    var t = document.createElementNS(SVGNS, "text");
    t.setAttribute("class", cls); t.setAttribute("x", x.toFixed(1)); t.setAttribute("y", y);
    t.setAttribute("text-anchor", "middle"); t.textContent = text;
    return t;
  }
  function yearSpan(a, b) { var ya = dayText(a).slice(0, 4), yb = dayText(b).slice(0, 4); return ya === yb ? ya : ya + "–" + yb; }
  function setRange(start, end, keep) {
    if (!tl) return;
    var first = num(tl, "first"), last = num(tl, "last"), left = num(tl, "left"), right = num(tl, "right");
    var strip = num(tl, "strip"), gap = num(tl, "gap");
    start = Math.max(first, Math.min(Math.round(start), last)); end = Math.min(last, Math.max(Math.round(end), first));
    if (end - start < 1) { start = first; end = last; }
    tl.setAttribute("data-from", start); tl.setAttribute("data-to", end);
    var sc = scaleOf(first, last, start, end, left, right, strip, gap);
    Array.prototype.forEach.call(tl.querySelectorAll("circle.tl-item"), function (c) { c.setAttribute("cx", sc.x(num(c, "day")).toFixed(1)); });
    tl.querySelector(".strip.before").toggleAttribute("hidden", !sc.before);
    tl.querySelector(".strip.after").toggleAttribute("hidden", !sc.after);
    var axis = parseFloat(tl.querySelector("line.axis").getAttribute("y1"));
    var g = tl.querySelector("g.ticks");
    while (g.firstChild) g.removeChild(g.firstChild);
    ticksOf(start, end).forEach(function (t) {
      var x = sc.x(t[0]), l = document.createElementNS(SVGNS, "line");
      l.setAttribute("x1", x.toFixed(1)); l.setAttribute("x2", x.toFixed(1)); l.setAttribute("y1", axis); l.setAttribute("y2", axis + 5);
      l.setAttribute("stroke", "#9aa1ab"); g.appendChild(l);
      g.appendChild(svgText(x, axis + 17, t[1], "tick"));
    });
    if (sc.before) g.appendChild(svgText(left + strip / 2, axis + 31, yearSpan(first, start), "tick strip-label"));
    if (sc.after) g.appendChild(svgText(right - strip / 2, axis + 31, yearSpan(end, last), "tick strip-label"));
    var brush = tl.querySelector(".brush"), ov = function (d) { return left + (right - left) * (d - first) / Math.max(1, last - first); };
    brush.setAttribute("x", ov(start).toFixed(1)); brush.setAttribute("width", Math.max(2, ov(end) - ov(start)).toFixed(1));
    var label = document.querySelector(".tl-range");
    if (label) label.textContent = "showing " + dayText(start) + " to " + dayText(end) + (sc.before || sc.after ? "; dates outside it are squeezed at the side" : "") + " · drag across the strip below the axis to zoom, double-click it for the story's span";
    if (keep) {
      try {
        var params = new URLSearchParams(location.search);
        params.set("t_from", dayText(start)); params.set("t_to", dayText(end));
        history.replaceState(null, "", location.pathname + "?" + params.toString() + location.hash);
      } catch (e) { /* a file:// page may refuse: the range still applies */ }
    }
  }
  if (tl) {
    var track = tl.querySelector(".track-bg"), dragFrom = null;
    var toDay = function (evt) {
      var pt = tl.createSVGPoint(); pt.x = evt.clientX; pt.y = evt.clientY;
      var x = pt.matrixTransform(tl.getScreenCTM().inverse()).x;
      var first = num(tl, "first"), last = num(tl, "last"), left = num(tl, "left"), right = num(tl, "right");
      return first + (last - first) * Math.max(0, Math.min(1, (x - left) / (right - left)));
    };
    track.addEventListener("pointerdown", function (e) { dragFrom = toDay(e); track.setPointerCapture(e.pointerId); e.preventDefault(); });
    track.addEventListener("pointerup", function (e) {
      if (dragFrom === null) return;
      var to = toDay(e), a = Math.min(dragFrom, to), b = Math.max(dragFrom, to);
      dragFrom = null;
      if (b - a >= 1) setRange(a, b, true);
    });
    track.addEventListener("dblclick", function () { setRange(num(tl, "story-from"), num(tl, "story-to"), true); });
    Array.prototype.forEach.call(document.querySelectorAll(".timeline-tools [data-range]"), function (btn) {
      btn.addEventListener("click", function () {
        if (btn.getAttribute("data-range") === "all") setRange(num(tl, "first"), num(tl, "last"), true);
        else setRange(num(tl, "story-from"), num(tl, "story-to"), true);
      });
    });
    var asked = new URLSearchParams(location.search), from = dayOf(asked.get("t_from")), to = dayOf(asked.get("t_to"));
    if (from !== null && to !== null) setRange(from, to, false);
  }
  // network labels: the layout sets them apart by estimated widths; with the fonts actually used, a label
  // that still touches another moves below its node, then sideways, until none overlap
  function overlaps(a, b) { return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height; }
  function unclutter(svg) {
    var labels = Array.prototype.slice.call(svg.querySelectorAll("text.node-label"));
    if (!labels.length || !labels[0].getBBox().width) return;  // not rendered yet (a closed <details>)
    for (var round = 0; round < 3; round++) {
      var boxes = labels.map(function (l) { return l.getBBox(); }), moved = false;
      for (var i = 0; i < labels.length; i++) for (var j = i + 1; j < labels.length; j++) {
        if (!overlaps(boxes[i], boxes[j])) continue;
        var l = labels[j], node = l.parentNode.querySelector("circle.node"), cy = parseFloat(node.getAttribute("cy")), r = parseFloat(node.getAttribute("r"));
        if (round === 0) l.setAttribute("y", (cy + r + 14).toFixed(1));
        else l.setAttribute("x", (parseFloat(l.getAttribute("x")) + (boxes[j].x >= boxes[i].x ? 1 : -1) * (Math.min(boxes[i].x + boxes[i].width, boxes[j].x + boxes[j].width) - Math.max(boxes[i].x, boxes[j].x) + 4)).toFixed(1));
        boxes[j] = l.getBBox(); moved = true;
      }
      if (!moved) break;
    }
  }
  Array.prototype.forEach.call(document.querySelectorAll("svg.network"), unclutter);
  Array.prototype.forEach.call(document.querySelectorAll("details.network-all"), function (d) {
    d.addEventListener("toggle", function () { if (d.open) unclutter(d.querySelector("svg.network")); });
  });
  if (location.hash.length > 1) flash(document.getElementById(decodeURIComponent(location.hash.slice(1))));
  window.addEventListener("hashchange", function () { flash(document.getElementById(decodeURIComponent(location.hash.slice(1)))); });
  document.documentElement.setAttribute("data-ready", "1");
})();
