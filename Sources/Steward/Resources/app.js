// Golden steward workbench: a single page over the JSON API (/api/openapi.yaml).
// No external assets; every value is put in the page as text, never as HTML.
"use strict";
(function () {
  const csrf = document.querySelector('meta[name="csrf-token"]').content;
  const main = document.getElementById("main");
  const state = { queue: [], selected: 0, queueQuery: "", pending: null, item: null };

  // ---- helpers -------------------------------------------------------------------------------
  function h(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else if (key === "class") node.className = value;
      else node.setAttribute(key, value === true ? "" : value);
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }
  function show(...nodes) { main.replaceChildren(...nodes.filter((node) => node !== null && node !== undefined)); }
  function toast(text, error) {
    const box = document.getElementById("toast");
    box.textContent = text;
    box.className = "show" + (error ? " error" : "");
    clearTimeout(toast.timer);
    toast.timer = setTimeout(() => { box.className = ""; }, 4000);
  }
  class StaleView extends Error {}
  async function api(path, method, body) {
    const init = { method: method || "GET", credentials: "same-origin", headers: { "Accept": "application/json" } };
    if (body !== undefined) {
      init.headers["Content-Type"] = "application/json";
      init.headers["X-CSRF-Token"] = csrf;
      init.body = JSON.stringify(body);
    }
    const hash = location.hash;
    const response = await fetch(path, init);
    if (response.status === 401) { location.href = "/signin"; throw new Error("signed out"); }
    const data = await response.json().catch(() => ({}));
    // A read answered after the user moved to another view: drawing it would overwrite that view.
    if (init.method === "GET" && location.hash !== hash) throw new StaleView();
    if (!response.ok) {
      const error = new Error((data.error && data.error.message) || response.statusText);
      error.status = response.status;
      error.field = data.error && data.error.field;
      throw error;
    }
    return data;
  }
  const fmt = (p) => (p === null || p === undefined ? "–" : Number(p).toFixed(3));
  const ref = (r) => r.source + ":" + r.key;
  const tag = (status) => h("span", { class: "tag " + status }, status);
  function params() {
    const [path, query] = location.hash.slice(1).split("?");
    return { path: path || "/queue", query: new URLSearchParams(query || "") };
  }
  function goldenLink(id) { return id ? h("a", { href: "#/golden/" + encodeURIComponent(id) }, id) : "–"; }

  // ---- queue ---------------------------------------------------------------------------------
  async function queueView(query) {
    const q = new URLSearchParams(query);
    if (!q.has("status")) q.set("status", "open");
    state.queueQuery = q.toString();
    const page = await api("/api/review/items?" + q.toString());
    state.queue = page.items;
    state.page = page;
    if (state.selected >= page.items.length) state.selected = Math.max(0, page.items.length - 1);
    const field = (name, label, input) => h("label", {}, label, input);
    const statusSelect = h("select", { name: "status" }, ["open", "accepted", "rejected", "merged", "split", "all"].map((s) => h("option", { value: s, selected: q.get("status") === s }, s)));
    const kindSelect = h("select", { name: "kind" }, h("option", { value: "" }, "any"), ["review_band", "cannot_link", "cluster_size", "household", "conflict"].map((k) => h("option", { value: k, selected: q.get("kind") === k }, k)));
    const form = h("form", { class: "filters", id: "filters", onsubmit: (event) => {
      event.preventDefault();
      const next = new URLSearchParams();
      for (const [key, value] of new FormData(form)) if (value) next.set(key, value);
      location.hash = "#/queue?" + next.toString();
    } },
      field("status", "Status", statusSelect), field("kind", "Kind", kindSelect),
      field("min", "Min probability", h("input", { name: "min_probability", size: 5, value: q.get("min_probability") || "" })),
      field("max", "Max probability", h("input", { name: "max_probability", size: 5, value: q.get("max_probability") || "" })),
      field("source", "Source", h("input", { name: "source", size: 10, value: q.get("source") || "" })),
      h("button", { type: "submit" }, "Filter"));
    const rows = page.items.map((item, index) => h("tr", { "data-id": item.id, class: index === state.selected ? "selected" : "", onclick: () => { location.hash = "#/item/" + item.id; } },
      h("td", { class: "num" }, item.id), h("td", {}, item.kind), h("td", {}, tag(item.status)), h("td", { class: "num" }, fmt(item.probability)),
      h("td", {}, ref(item.a)), h("td", {}, item.golden_a || "–"), h("td", {}, ref(item.b)), h("td", {}, item.golden_b || "–"), h("td", { class: "muted" }, item.reason)));
    const first = page.items.length ? page.offset + 1 : 0;
    show(h("h2", {}, "Review queue"), form,
      h("table", { id: "queue" }, h("thead", {}, h("tr", {}, ["id", "kind", "status", "prob", "record a", "golden a", "record b", "golden b", "why queued"].map((t) => h("th", {}, t)))), h("tbody", {}, rows)),
      h("div", { class: "pager" }, `items ${first}–${page.offset + page.items.length} of ${page.total}`,
        h("button", { type: "button", onclick: () => pageBy(-1), disabled: page.offset === 0 }, "← previous (p)"),
        h("button", { type: "button", onclick: () => pageBy(1), disabled: page.offset + page.items.length >= page.total }, "next (n) →")),
      page.items.length ? null : h("p", { class: "muted" }, "Nothing to review here."));
  }
  function pageBy(direction) {
    if (!state.page) return;
    const q = new URLSearchParams(state.queueQuery);
    const offset = Math.max(0, state.page.offset + direction * state.page.limit);
    if (offset >= state.page.total && direction > 0) return;
    q.set("offset", offset);
    state.selected = 0;
    location.hash = "#/queue?" + q.toString();
  }
  function select(delta) {
    const rows = document.querySelectorAll("#queue tbody tr");
    if (!rows.length) return;
    state.selected = Math.min(rows.length - 1, Math.max(0, state.selected + delta));
    rows.forEach((row, index) => row.classList.toggle("selected", index === state.selected));
    rows[state.selected].scrollIntoView({ block: "nearest" });
  }

  // ---- pair ----------------------------------------------------------------------------------
  async function itemView(id) {
    const detail = await api("/api/review/items/" + encodeURIComponent(id));
    state.item = detail.item;
    state.pending = null;
    const item = detail.item, report = detail.explanation;
    const values = {};
    for (const v of (report && report.values) || []) values[v.comparison] = v;
    const maxWeight = Math.max(1, ...((report && report.explanation.comparisons) || []).map((c) => Math.abs(c.weight + (c.term_frequency_adjustment || 0))));
    const rows = ((report && report.explanation.comparisons) || []).map((c) => {
      const v = values[c.name] || {};
      const weight = c.weight + (c.term_frequency_adjustment || 0);
      const differs = c.level !== "missing" && (v.a || "") !== (v.b || "");
      const width = Math.round(60 * Math.abs(weight) / maxWeight);
      return h("tr", { class: (differs ? "differs" : "") + (c.level === "missing" ? " missing" : ""), "data-comparison": c.name },
        h("th", {}, c.name), h("td", { class: "value" }, v.a || "–"), h("td", { class: "value" }, v.b || "–"),
        h("td", {}, c.level), h("td", { class: "num" }, c.m === undefined || c.m === null ? "–" : c.m.toFixed(3)), h("td", { class: "num" }, c.u === undefined || c.u === null ? "–" : c.u.toFixed(4)),
        h("td", { class: "num" }, h("span", { class: "weight" }, h("span", { class: "bar " + (weight >= 0 ? "pos" : "neg"), style: "width:" + width + "px" }), h("span", { class: weight >= 0 ? "pos-text" : "neg-text" }, (weight >= 0 ? "+" : "") + weight.toFixed(2)))));
    });
    const reason = h("input", { id: "reason", placeholder: "reason (required) — Enter confirms", autocomplete: "off", onkeydown: (event) => {
      if (event.key === "Enter") { event.preventDefault(); if (state.pending) decide(state.pending); else reason.blur(); }
      if (event.key === "Escape") { state.pending = null; reason.blur(); }
    } });
    const open = item.status === "open";
    show(
      h("h2", {}, `Review item ${item.id} `, tag(item.status), " ", h("span", { class: "muted" }, item.kind)),
      h("div", { class: "summary" },
        h("div", {}, "probability", h("b", { id: "probability" }, fmt(report ? report.explanation.probability : item.probability))),
        h("div", {}, "total weight", h("b", { id: "total-weight" }, report ? report.explanation.total_weight.toFixed(2) : "–")),
        h("div", {}, "band", h("b", {}, report ? report.band : "–"), report && report.same_cluster !== null ? (report.same_cluster ? "in one cluster now" : "in different clusters now") : ""),
        h("div", {}, "why queued", h("b", { style: "font-size:14px" }, item.reason))),
      h("table", { class: "pair", id: "pair" },
        h("thead", {}, h("tr", {}, h("th", {}, "comparison"), h("th", { class: "ref" }, ref(item.a)), h("th", { class: "ref" }, ref(item.b)), h("th", {}, "level"), h("th", { class: "num" }, "m"), h("th", { class: "num" }, "u"), h("th", { class: "num" }, "weight"))),
        h("tbody", {}, h("tr", {}, h("th", {}, "golden record"), h("td", {}, goldenLink(item.golden_a)), h("td", {}, goldenLink(item.golden_b)), h("td", { colspan: 3, class: "muted" }, "prior"), h("td", { class: "num" }, report ? report.explanation.prior_weight.toFixed(2) : "–")), rows)),
      detail.explanation_missing ? h("p", { class: "error" }, "No explanation: " + detail.explanation_missing) : null,
      h("p", { class: "muted" }, "Highlighted rows are where the two records differ; the weight says how much each comparison pushed the score up (green) or down (red)."),
      detail.constraint ? h("p", {}, `Decided: ${detail.constraint.kind} by ${detail.constraint.actor} at ${detail.constraint.at} — ${detail.constraint.reason}`) : null,
      open ? h("div", { class: "decide" }, reason,
        h("button", { type: "button", class: "accept", id: "accept", onclick: () => decide("accept") }, "Accept — same person (a)"),
        h("button", { type: "button", class: "reject", id: "reject", onclick: () => decide("reject") }, "Reject — two people (r)")) : null,
      h("p", {}, h("a", { href: "#/queue?" + state.queueQuery }, "← back to the queue (u)")));
  }
  async function decide(action) {
    const input = document.getElementById("reason");
    if (!input || !state.item) return;
    if (!input.value.trim()) {
      state.pending = action;
      input.focus();
      toast(`Type a reason, then Enter to ${action}.`);
      return;
    }
    try {
      await api(`/api/review/items/${state.item.id}/${action}`, "POST", { reason: input.value.trim(), updated_at: state.item.updated_at });
      toast(`${action === "accept" ? "Accepted" : "Rejected"} item ${state.item.id}; it takes effect on the next run.`);
      const index = state.queue.findIndex((i) => i.id === state.item.id);
      const next = index >= 0 ? state.queue[index + 1] : null;
      location.hash = next ? "#/item/" + next.id : "#/queue?" + state.queueQuery;
    } catch (error) {
      toast(error.status === 409 ? "Conflict: " + error.message + " — reloaded." : error.message, true);
      if (error.status === 409) itemView(state.item.id);
    }
  }

  // ---- golden records ------------------------------------------------------------------------
  async function searchView(query) {
    const q = query.get("q") || "";
    const input = h("input", { id: "search", name: "q", value: q, size: 40, placeholder: "golden id, e-mail, phone or name" });
    const form = h("form", { class: "filters", onsubmit: (event) => { event.preventDefault(); location.hash = "#/search?q=" + encodeURIComponent(input.value); } },
      h("label", {}, "Search golden records", input), h("button", { type: "submit" }, "Search"));
    show(h("h2", {}, "Golden records"), form, h("div", { id: "results" }));
    input.focus();
    if (!q) return;
    const results = await api("/api/goldens?q=" + encodeURIComponent(q));
    document.getElementById("results").replaceChildren(
      h("p", { class: "muted" }, `${results.items.length} found by ${results.by}`),
      h("table", {}, h("thead", {}, h("tr", {}, ["golden id", "name", "records", "status", "updated"].map((t) => h("th", {}, t)))),
        h("tbody", {}, results.items.map((g) => h("tr", { onclick: () => { location.hash = "#/golden/" + g.golden_id; } },
          h("td", {}, goldenLink(g.golden_id)), h("td", {}, g.display_name || "–"), h("td", { class: "num" }, g.record_count), h("td", {}, g.status), h("td", { class: "muted" }, g.updated_at))))));
  }
  async function goldenView(id) {
    const g = await api("/api/goldens/" + encodeURIComponent(id));
    const reason = h("input", { id: "split-reason", placeholder: "reason (required)", size: 40 });
    const boxes = g.xref.map((r) => h("input", { type: "checkbox", value: r.ref, class: "leave" }));
    const split = async () => {
      const records = boxes.filter((b) => b.checked).map((b) => b.value);
      try {
        await api(`/api/goldens/${encodeURIComponent(g.golden_id)}/split`, "POST", { records, reason: reason.value, updated_at: g.updated_at });
        toast(`Split ${records.length} record(s) off ${g.golden_id}; it takes effect on the next run.`);
        goldenView(g.golden_id);
      } catch (error) { toast(error.message, true); }
    };
    const other = h("input", { id: "merge-with", placeholder: "other golden id", size: 12 });
    const mergeReason = h("input", { id: "merge-reason", placeholder: "reason (required)", size: 40 });
    const merge = async () => {
      try {
        await api("/api/goldens/merge", "POST", { goldens: [g.golden_id, other.value.trim()], reason: mergeReason.value });
        toast(`Merged ${other.value} into ${g.golden_id}; it takes effect on the next run.`);
      } catch (error) { toast(error.message, true); }
    };
    const events = g.events || {};
    const fresh = g.freshness || { attributes: [] };
    const freshness = (name) => { const f = fresh.attributes.find((x) => x.attribute === name); return f ? tag(f.status) : "–"; };
    show(
      h("h2", {}, `${g.golden_id} `, h("span", { class: "muted" }, g.display_name || ""), " ", tag(g.status)),
      g.redirected_from ? h("p", { class: "muted" }, `${g.redirected_from} was retired and redirects here.`) : null,
      h("div", { class: "summary" }, h("div", {}, "records", h("b", {}, g.record_count)), h("div", {}, "events", h("b", {}, events.events || 0)),
        h("div", {}, "purchases", h("b", {}, events.purchases || 0)), h("div", {}, "last purchase", h("b", { style: "font-size:14px" }, events.last_purchase_at || "–")),
        h("div", {}, "channels", h("b", { style: "font-size:14px" }, (events.channels || []).join(", ") || "–")),
        h("div", {}, "freshness", h("b", { style: "font-size:14px" }, g.freshness ? tag(fresh.status) : "–", fresh.dormant ? " dormant" : "")),
        h("div", {}, "engagement", h("b", { style: "font-size:14px", id: "engagement-state" }, g.engagement ? `${g.engagement.line} the line · ${g.engagement.stage}` : "–"))),
      g.engagement ? h("div", {},
        h("h3", {}, "Engagement path"),
        h("p", { class: "muted" }, `As of ${g.engagement.as_of}, since ${g.engagement.since}` +
          (g.engagement.ladder ? ` · ladder ${g.engagement.ladder.name}, step ${g.engagement.ladder.step + 1}${g.engagement.ladder.capped ? " (capped)" : ""}${g.engagement.ladder.succeeded ? " (succeeded)" : ""}` : "")),
        h("table", { id: "engagement-path" }, h("thead", {}, h("tr", {}, ["day", "from", "to", "rule", "signals"].map((t) => h("th", {}, t)))),
          h("tbody", {}, g.engagement.path.map((p) => h("tr", {}, h("td", { class: "muted" }, p.day),
            h("td", {}, p.from_line ? `${p.from_line} · ${p.from_stage}` : "(first day)"), h("td", {}, `${p.line} · ${p.stage}`),
            h("td", {}, p.rule), h("td", { class: "muted" }, p.signals.join(", "))))))) : null,
      h("h3", {}, "Attributes"),
      h("table", { id: "attributes" }, h("thead", {}, h("tr", {}, ["attribute", "value", "status", "sources (observed at)", "last asserted", "freshness"].map((t) => h("th", {}, t)))),
        h("tbody", {}, g.attributes.map((a) => h("tr", {}, h("td", {}, a.attribute, a.preferred ? " ★" : ""), h("td", {}, a.value), h("td", {}, a.status),
          h("td", {}, a.sources.map((s) => h("div", {}, `${s.source}:${s.key}`, h("span", { class: "muted" }, s.observed_at ? ` (${s.observed_at})` : "")))), h("td", { class: "muted" }, a.last_asserted_at || "–"),
          h("td", {}, a.preferred ? freshness(a.attribute) : ""))))),
      h("h3", {}, "Source records — split"),
      h("p", { class: "muted" }, "Tick the records that are another person: they leave together and never rejoin the rest."),
      h("table", { id: "xref" }, h("tbody", {}, g.xref.map((r, i) => h("tr", {}, h("td", {}, h("label", {}, boxes[i], " ", r.ref)))))),
      h("div", { class: "decide" }, reason, h("button", { type: "button", id: "split", onclick: split }, "Split off ticked records")),
      h("h3", {}, "Merge with another golden record"),
      h("div", { class: "decide" }, other, mergeReason, h("button", { type: "button", id: "merge", onclick: merge }, "Merge")),
      h("h3", {}, "History"),
      h("table", { id: "history" }, h("tbody", {}, g.history.map((e) => h("tr", {}, h("td", { class: "muted" }, e.at), h("td", {}, e.actor), h("td", {}, e.action), h("td", {}, e.other || ""), h("td", {}, e.reason))))),
      g.redirects.length ? h("p", {}, "Redirected here: ", g.redirects.map((r) => `${r.retired} (${r.reason})`).join(", ")) : null);
  }

  // ---- audit ---------------------------------------------------------------------------------
  async function auditView(query) {
    const q = new URLSearchParams(query);
    const page = await api("/api/audit?" + q.toString());
    show(h("h2", {}, "Audit log"),
      h("table", { id: "audit" }, h("thead", {}, h("tr", {}, ["#", "at", "actor", "action", "golden", "other", "records", "reason"].map((t) => h("th", {}, t)))),
        h("tbody", {}, page.entries.map((e) => h("tr", {}, h("td", { class: "num" }, e.id), h("td", { class: "muted" }, e.at), h("td", {}, e.actor), h("td", {}, e.action),
          h("td", {}, goldenLink(e.golden)), h("td", {}, goldenLink(e.other)), h("td", { class: "num" }, e.records ?? ""), h("td", {}, e.reason))))),
      page.next_before ? h("p", {}, h("a", { href: "#/audit?before=" + page.next_before }, "older →")) : null);
  }

  // ---- routing and keys ----------------------------------------------------------------------
  async function route() {
    const { path, query } = params();
    document.querySelectorAll("nav a").forEach((a) => a.classList.toggle("active", path.startsWith(a.getAttribute("href").slice(1))));
    try {
      if (path.startsWith("/item/")) await itemView(path.slice(6));
      else if (path.startsWith("/golden/")) await goldenView(decodeURIComponent(path.slice(8)));
      else if (path.startsWith("/search")) await searchView(query);
      else if (path.startsWith("/audit")) await auditView(query);
      else await queueView(query);
      document.body.dataset.view = path.split("/")[1] || "queue";
    } catch (error) {
      if (error instanceof StaleView) return;
      show(h("h2", {}, "Something went wrong"), h("p", { class: "error" }, error.message), h("p", {}, h("a", { href: "#/queue" }, "back to the queue")));
    }
  }
  document.addEventListener("keydown", (event) => {
    if (event.target.matches("input, textarea, select") || event.ctrlKey || event.metaKey || event.altKey) return;
    const view = params().path;
    const key = event.key;
    if (key === "?") { const help = document.getElementById("help"); help.hidden = !help.hidden; return; }
    if (key === "/") { event.preventDefault(); location.hash = "#/search"; return; }
    if (view.startsWith("/queue")) {
      if (key === "j") select(1);
      else if (key === "k") select(-1);
      else if (key === "n") pageBy(1);
      else if (key === "p") pageBy(-1);
      else if ((key === "Enter" || key === "o") && state.queue[state.selected]) location.hash = "#/item/" + state.queue[state.selected].id;
    } else if (view.startsWith("/item/")) {
      if (key === "a") { event.preventDefault(); decide("accept"); }
      else if (key === "r") { event.preventDefault(); decide("reject"); }
      else if (key === "u" || key === "Escape") location.hash = "#/queue?" + state.queueQuery;
    }
  });
  document.getElementById("help-link").addEventListener("click", (event) => { event.preventDefault(); const help = document.getElementById("help"); help.hidden = !help.hidden; });
  document.getElementById("signout").addEventListener("click", async () => {
    await fetch("/signout", { method: "POST", credentials: "same-origin", headers: { "X-CSRF-Token": csrf } });
    location.href = "/signin";
  });
  window.addEventListener("hashchange", route);
  route();
})();
