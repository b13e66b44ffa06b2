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
  if (location.hash.length > 1) flash(document.getElementById(decodeURIComponent(location.hash.slice(1))));
  window.addEventListener("hashchange", function () { flash(document.getElementById(decodeURIComponent(location.hash.slice(1)))); });
  document.documentElement.setAttribute("data-ready", "1");
})();
