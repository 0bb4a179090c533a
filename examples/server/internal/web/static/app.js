// The case workers' and providers' page: a client of the service's JSON API.
//
// A person's need is health data. It is read from the form when it is sent,
// sent only as the body of a POST (never in a URL), held in this page's
// memory only — no localStorage, sessionStorage, cookies or IndexedDB;
// autocomplete="off" on its form, so the browser keeps no form history, and
// spellcheck="false", so no spelling service sees it — and cleared on
// pagehide, so the back-forward cache keeps none of it. The text typed
// into the autocomplete fields is sent by POST too. A listing pasted into
// "Classify a listing" is no personal data, but it is handled the same way:
// sent only in a POST body, kept in memory, cleared on pagehide.
"use strict";
(function () {
  let TEXT = { nb: {} }; // the page's own text, from text.json
  const LANGS = ["nb", "nn", "en"];
  const $ = (sel, root) => (root || document).querySelector(sel);
  const $$ = (sel, root) => Array.from((root || document).querySelectorAll(sel));

  const state = {
    lang: "nb",
    vocab: {}, // by language: the answer of /api/vocabulary
    results: null, // the last match answer
    explained: null, // { name, result } of the last explain
    coverage: null, // the last coverage answer and the query it answered
    edit: null, // { id, doc, etag, draft, conflicts, readToken, listing } of the offering on the form; draft: its missing fields; conflicts: the paths the latest listing disagrees on (Lmh-Conflicts, sent only with the token); readToken: the token it was read with ("" without); listing: what the listing now says at each conflict, by path (undefined: no longer given), once read
    drafts: null, // the held drafts listed, [{ id, missing, offering }]
    discards: null, // the discarded drafts and deleted offerings listed, [{ id, kind, discarded_at, missing, offering }]
    classified: null, // the last classify answer and what it read
    conflict: null, // { theirs, etag, conflicts, readToken, origin, rows } while a conflict is shown; theirs: the version the form was refilled with; origin: the version the person's edits started from; rows: the box's list, [{ pointer, theirs, mine }] (mine only where both changed)
    view: "" // the view shown
  };

  // ---------------------------------------------------------------- text

  function t(key, vars) {
    let s = (TEXT[state.lang] && TEXT[state.lang][key]) || TEXT.nb[key] || key;
    if (vars) {
      for (const k of Object.keys(vars)) s = s.split("{" + k + "}").join(String(vars[k]));
    }
    return s;
  }

  function vocab() { return state.vocab[state.lang]; }

  // label returns the library's label of a code of a vocabulary list
  // ("roles", "themes" …), or the code itself.
  function label(list, code) {
    const v = vocab();
    const hit = v && v[list] && v[list].find((x) => x.code === code);
    return hit ? hit.label : code;
  }

  function topicLabel(ref) {
    const [facet, code] = ref.split(":");
    return label(facet === "condition" ? "conditions" : "themes", code);
  }

  function applyText() {
    document.documentElement.lang = state.lang;
    for (const el of $$("[data-t]")) el.textContent = t(el.dataset.t);
    for (const el of $$("[data-t-aria-label]")) el.setAttribute("aria-label", t(el.dataset.tAriaLabel));
    for (const b of $$(".langs button")) b.setAttribute("aria-pressed", String(b.dataset.lang === state.lang));
  }

  // fillVocab (re)builds the selects and checkbox groups filled from the
  // vocabulary, keeping what is chosen.
  function fillVocab() {
    const v = vocab();
    for (const sel of $$("select[data-vocab]")) {
      const keep = sel.value;
      sel.textContent = "";
      if (sel.dataset.empty) sel.append(new Option(t(sel.dataset.empty), ""));
      for (const x of v[sel.dataset.vocab]) sel.append(new Option(x.label, x.code));
      if (keep !== "" || sel.dataset.empty) sel.value = keep;
    }
    for (const box of $$("[data-vocab-checks]")) {
      const keep = new Set($$("input:checked", box).map((i) => i.value));
      box.textContent = "";
      for (const x of v[box.dataset.vocabChecks]) {
        const id = box.dataset.name + "-" + x.code;
        const span = document.createElement("span");
        const input = Object.assign(document.createElement("input"), { type: "checkbox", id, value: x.code, checked: keep.has(x.code) });
        const lab = Object.assign(document.createElement("label"), { htmlFor: id, textContent: x.label });
        span.append(input, lab);
        box.append(span);
      }
    }
    for (const sel of $$("select[data-langs]")) {
      const keep = sel.value;
      sel.textContent = "";
      const names = t("langNames");
      for (const code of Object.keys(names)) sel.append(new Option(names[code], code));
      sel.value = keep;
    }
    const area = $("#cov-area");
    const keepArea = area.value;
    area.textContent = "";
    const regions = Object.assign(document.createElement("optgroup"), { label: t("areaRegions") });
    for (const r of v.health_regions) regions.append(new Option(r.label, r.code));
    const counties = Object.assign(document.createElement("optgroup"), { label: t("areaCounties") });
    for (const c of v.counties) counties.append(new Option(c.label, c.code));
    area.append(regions, counties);
    area.value = keepArea || "46";
    // Picked codes shown by label follow the language too.
    const cond = $("#need-condition");
    if (cond.picked) cond.value = label("conditions", cond.picked.value);
  }

  async function setLang(lang) {
    state.lang = LANGS.includes(lang) ? lang : "nb";
    if (!state.vocab[state.lang]) {
      const r = await api("GET", "/api/vocabulary");
      if (!r.ok) throw new Error("vocabulary");
      state.vocab[state.lang] = r.data;
    }
    applyText();
    fillVocab();
    const url = new URL(location.href);
    url.searchParams.set("lang", state.lang);
    history.replaceState(null, "", url.pathname + url.search + url.hash);
    // What is on screen is asked again in the new language.
    if (state.results) await find(true);
    if (state.explained) await whyNot(true);
    if (state.coverage) await showCoverage(true);
    if (state.drafts) renderDrafts();
    if (state.discards) renderDiscards();
    if (state.edit && state.edit.draft) markMissing(state.edit.draft);
    if (state.edit) renderListingConflicts();
    if (state.conflict) renderConflict();
    if (state.classified) await classifyListing(true);
  }

  // ---------------------------------------------------------------- API

  // api calls the service. Bodies are JSON unless form is set; nothing is
  // cached by the browser (cache: "no-store").
  async function api(method, path, body, opts) {
    opts = opts || {};
    const headers = Object.assign({ "Accept-Language": state.lang }, opts.headers || {});
    let payload;
    if (body !== undefined) {
      headers["Content-Type"] = opts.form ? "application/x-www-form-urlencoded" : "application/json";
      payload = opts.form ? new URLSearchParams(body).toString() : JSON.stringify(body);
    }
    const res = await fetch(path, { method, headers, body: payload, cache: "no-store", credentials: "omit", redirect: "error" });
    let data = null;
    if ((res.headers.get("Content-Type") || "").includes("json")) data = await res.json();
    return {
      status: res.status, ok: res.ok, data, etag: res.headers.get("ETag"), restore: res.headers.get("Lmh-Restore"),
      conflicts: listingConflicts(res.headers.get("Lmh-Conflicts"))
    };
  }

  // listingConflicts reads Lmh-Conflicts: the paths of the members on
  // which the latest import of the offering's listing disagreed with what
  // a person wrote (paths only, never values).
  function listingConflicts(h) {
    return (h || "").split(",").map((x) => x.trim()).filter(Boolean);
  }

  function status(el, text, isError) {
    el.textContent = text || "";
    el.classList.toggle("error", !!isError);
  }

  function problemText(r) {
    return r.data && r.data.title ? t("problem", { title: r.data.title }) : t("network");
  }

  // ---------------------------------------------------------------- views

  const VIEWS = ["find", "edit", "coverage", "classify"];

  // showView shows the view the address names (#find, #edit, #coverage,
  // #classify);
  // other fragments (the skip link's #main) leave the view as it is.
  function showView(focus) {
    const asked = location.hash.slice(1);
    if (!VIEWS.includes(asked) && state.view) return;
    const id = VIEWS.includes(asked) ? asked : "find";
    state.view = id;
    for (const v of VIEWS) {
      $("#" + v).classList.toggle("active", v === id);
      const tab = $("#tab-" + v);
      if (v === id) tab.setAttribute("aria-current", "page");
      else tab.removeAttribute("aria-current");
    }
    if (focus) {
      const h = $("#" + id + " h1");
      h.tabIndex = -1;
      h.focus();
    }
  }

  // ---------------------------------------------------------------- autocomplete

  // combo makes input an ARIA 1.2 combobox over its listbox: search(q)
  // answers [{value, label, sub}], the arrow keys move, Enter or a click
  // picks, Escape closes. The picked item is input.picked; typing clears it.
  function combo(input, search) {
    const list = document.getElementById(input.getAttribute("aria-controls"));
    let items = [];
    let active = -1;
    let timer = 0;
    let seq = 0;

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }
    function mark() {
      $$("li", list).forEach((li, i) => li.setAttribute("aria-selected", String(i === active)));
      if (active >= 0) {
        const li = list.children[active];
        input.setAttribute("aria-activedescendant", li.id);
        li.scrollIntoView({ block: "nearest" });
      } else input.removeAttribute("aria-activedescendant");
    }
    function choose(i) {
      const it = items[i];
      if (!it) return;
      // A search still under way must not open the list again.
      clearTimeout(timer);
      seq++;
      input.value = it.label;
      input.picked = it;
      clearFieldError(input);
      close();
    }
    function render() {
      list.textContent = "";
      items.forEach((it, i) => {
        const li = document.createElement("li");
        li.id = list.id + "-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        li.textContent = it.label;
        if (it.lang) li.lang = it.lang;
        if (it.sub) {
          const s = document.createElement("span");
          s.className = "sub";
          s.textContent = " " + it.sub;
          li.append(s);
        }
        li.addEventListener("mousedown", (e) => { e.preventDefault(); choose(i); });
        list.append(li);
      });
      if (!items.length) {
        const li = document.createElement("li");
        li.setAttribute("role", "option");
        li.setAttribute("aria-disabled", "true");
        li.setAttribute("aria-selected", "false");
        li.id = list.id + "-none";
        li.textContent = t("noHits");
        list.append(li);
      }
      active = -1;
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }
    async function run() {
      const q = input.value.trim();
      if (!q) { items = []; close(); return; }
      const my = ++seq;
      let found;
      try { found = await search(q); } catch (e) { return; }
      if (my !== seq || document.activeElement !== input) return;
      items = found;
      list.dataset.q = q; // what the list answers
      render();
    }
    input.addEventListener("input", () => {
      input.picked = null;
      clearTimeout(timer);
      timer = setTimeout(run, 120);
    });
    input.addEventListener("keydown", (e) => {
      const open = !list.hidden && items.length > 0;
      if (e.key === "ArrowDown") {
        e.preventDefault();
        if (list.hidden) { if (items.length) render(); else run(); return; }
        if (open) { active = (active + 1) % items.length; mark(); }
      } else if (e.key === "ArrowUp") {
        e.preventDefault();
        if (open) { active = active <= 0 ? items.length - 1 : active - 1; mark(); }
      } else if (e.key === "Enter" && open && active >= 0) {
        e.preventDefault();
        choose(active);
      } else if (e.key === "Escape" && !list.hidden) {
        e.preventDefault();
        close();
      }
    });
    input.addEventListener("blur", close);
    input.resolve = async () => {
      // A value typed but not picked: take the single exact hit.
      if (input.picked || !input.value.trim()) return input.picked || null;
      let found = [];
      try { found = await search(input.value.trim()); } catch (e) { return null; }
      const exact = found.filter((it) => it.exact);
      if (exact.length >= 1 && new Set(exact.map((it) => it.value)).size === 1) {
        input.picked = exact[0];
        input.value = exact[0].label;
      }
      return input.picked || null;
    };
    input.reset = () => { input.value = ""; input.picked = null; items = []; close(); };
  }

  const lower = (s) => s.toLocaleLowerCase("nb");

  async function searchMunicipalities(q) {
    const r = await api("POST", "/api/municipalities/search", { q, limit: 8 });
    if (!r.ok) return [];
    return r.data.municipalities.map((m) => ({
      value: m.number,
      label: m.name,
      sub: (m.parallel_name ? "(" + m.parallel_name + ") " : "") + "· " + m.county.name,
      exact: lower(m.name) === lower(q) || (m.parallel_name && lower(m.parallel_name) === lower(q))
    }));
  }

  async function searchConditions(q) {
    const r = await api("POST", "/api/glossary/search", { q, facet: "condition", limit: 8 });
    if (!r.ok) return [];
    const seen = new Set();
    const out = [];
    for (const h of r.data.hits) {
      const sense = h.senses.find((s) => s.ref.startsWith("condition:"));
      const code = sense.ref.slice("condition:".length);
      if (seen.has(code)) continue;
      seen.add(code);
      const same = lower(h.term) === lower(sense.label);
      out.push({ value: code, label: sense.label, sub: same ? "" : "← " + h.term, exact: h.how === "exact" });
    }
    return out;
  }

  // searchOfferings finds offerings by the start of their name, or of a
  // word of it, through the FHIR façade's search, sent as POST.
  async function searchOfferings(q) {
    const r = await api("POST", "/fhir/HealthcareService/_search", { name: q, _count: "10" }, { form: true });
    if (!r.ok || !r.data.entry) return [];
    return r.data.entry.map((e) => ({
      value: e.resource.id,
      label: e.resource.name,
      sub: e.resource.providedBy && e.resource.providedBy.display ? "· " + e.resource.providedBy.display : "",
      exact: lower(e.resource.name) === lower(q)
    }));
  }

  // ---------------------------------------------------------------- field errors

  function errorElement(control) {
    const ids = (control.getAttribute("aria-describedby") || "").split(/\s+/);
    const id = ids.find((x) => x.endsWith("-err"));
    return id ? document.getElementById(id) : null;
  }

  function invalidTargets(control) {
    return control.tagName === "FIELDSET" ? $$("input", control) : [control];
  }

  function setFieldError(control, message) {
    const err = errorElement(control);
    if (err) {
      err.textContent = err.hidden ? message : err.textContent + " " + message;
      err.hidden = false;
    }
    for (const el of invalidTargets(control)) el.setAttribute("aria-invalid", "true");
  }

  function clearFieldError(control) {
    const err = errorElement(control);
    if (err) { err.hidden = true; err.textContent = ""; }
    for (const el of invalidTargets(control)) el.removeAttribute("aria-invalid");
  }

  function clearErrors(root) {
    for (const el of $$("[aria-describedby]", root)) clearFieldError(el);
  }

  function fieldLabel(control) {
    if (control.tagName === "FIELDSET") return $("legend", control).textContent;
    const lab = $('label[for="' + control.id + '"]');
    return lab ? lab.textContent : control.id;
  }

  function focusControl(control) {
    (control.tagName === "FIELDSET" ? $("input", control) : control).focus();
  }

  // ---------------------------------------------------------------- find

  // readNeed reads the need from the form, or marks the fields that cannot
  // be read and returns null.
  async function readNeed() {
    clearErrors($("#need-form"));
    let ok = true;
    const need = {};
    const free = $("#free-text").value.trim();
    if (free) need.free_text = free;
    const role = $("#need-role").value;
    if (role) need.roles = [role];
    const age = $("#need-age").value.trim();
    if (age !== "" || $("#need-age").validity.badInput) {
      const n = Number(age);
      if (age === "" || !Number.isInteger(n) || n < 0 || n > 130) {
        setFieldError($("#need-age"), t("ageInvalid"));
        ok = false;
      } else need.age = n;
    }
    const muni = $("#need-municipality");
    if (muni.value.trim()) {
      const m = await muni.resolve();
      if (m) need.municipality = m.value;
      else { setFieldError(muni, t("pickMunicipality")); ok = false; }
    }
    const cond = $("#need-condition");
    if (cond.value.trim()) {
      const c = await cond.resolve();
      if (c) need.conditions = [c.value];
      else { setFieldError(cond, t("pickCondition")); ok = false; }
    }
    const theme = $("#need-theme").value;
    if (theme) need.themes = [theme];
    const delivery = $("#need-delivery").value;
    if (delivery) need.delivery = delivery;
    const times = $$("#need-times input:checked").map((i) => i.value);
    if (times.length) need.availability = times;
    const language = $("#need-language").value;
    if (language) need.languages = [language];
    if ($("#need-interpreter").checked) need.accessibility = ["interpreter"];
    if (ok && Object.keys(need).length === 0) {
      setFieldError($("#free-text"), t("needEmpty"));
      ok = false;
    }
    if (!ok) {
      const first = $("#need-form [aria-invalid='true']");
      if (first) first.focus();
      return null;
    }
    return need;
  }

  const LIMIT = 10;

  async function find(again) {
    const out = $("#find-status");
    const need = await readNeed();
    if (!need) return;
    status(out, t("searching"));
    let r;
    try { r = await api("POST", "/api/match", { need, limit: LIMIT }); } catch (e) { status(out, t("network"), true); return; }
    if (!r.ok) { status(out, problemText(r), true); return; }
    state.results = r.data;
    renderResults();
    status(out, r.data.results.length ? t("resultsCount", { n: r.data.results.length }) : t("noResults"));
    $("#whynot").hidden = false;
    if (!again) $("#results-h").focus();
  }

  function offeringName(o) {
    const tr = (o.translations || []).find((x) => x.lang === state.lang);
    return tr ? { text: tr.name, lang: state.lang } : { text: o.name, lang: o.lang };
  }

  const FIT_MARK = { met: "✓", partly_met: "◐", not_met: "✗", unknown: "?" };
  const CONF_TEXT = { exact: "confExact", high: "confHigh", low: "confLow", no: "confNo" };

  function el(tag, props, ...children) {
    const e = Object.assign(document.createElement(tag), props || {});
    for (const c of children) if (c !== null && c !== undefined) e.append(c);
    return e;
  }

  function reasonItem(why) {
    const li = el("li", { className: "fit-" + why.fit });
    li.append(
      el("span", { className: "fit", ariaHidden: "true", textContent: FIT_MARK[why.fit] || "?" }),
      el("span", {}, el("span", { className: "vh", textContent: label("fits", why.fit) + ": " }), why.text,
        why.from_text ? el("span", { className: "badge", textContent: t("fromTextBadge") }) : null)
    );
    if (why.from_text) li.dataset.fromText = "true";
    return li;
  }

  // resultCard renders one result: the offering, the confidence in words,
  // and one reason per criterion, those nobody stated folded away.
  function resultCard(res, headingTag, idBase) {
    const o = res.offering;
    const name = offeringName(o);
    const card = el("article", { className: "result" });
    card.setAttribute("aria-labelledby", idBase + "-name");
    card.dataset.offering = o.id;
    const h = el(headingTag, { id: idBase + "-name" });
    if (res.rank) h.append(res.rank + ". ");
    h.append(el("span", { lang: name.lang, textContent: name.text }));
    card.append(h);
    const meta = [o.provider && o.provider.name, label("deliveries", o.delivery), label("formats", o.format)].filter(Boolean).join(" · ");
    card.append(el("p", { className: "meta", textContent: meta }));
    const conf = el("p", { className: "confidence" }, t("confidence") + " ",
      el("strong", { className: "conf conf-" + res.confidence, textContent: label("confidences", res.confidence) }),
      " – " + t(CONF_TEXT[res.confidence] || "confLow"));
    card.append(conf);
    const known = res.reasons.filter((w) => w.fit !== "unknown");
    const unknown = res.reasons.filter((w) => w.fit === "unknown");
    // What did not fit first, then the rest in the API's order.
    known.sort((a, b) => (a.fit === "not_met" ? 0 : 1) - (b.fit === "not_met" ? 0 : 1));
    card.append(el("ul", { className: "reasons" }, ...known.map(reasonItem)));
    if (unknown.length) {
      card.append(el("details", {}, el("summary", { textContent: t("unknownReasons", { n: unknown.length }) }),
        el("ul", { className: "reasons" }, ...unknown.map(reasonItem))));
    }
    if (o.url) card.append(el("p", {}, el("a", { href: o.url, rel: "noopener noreferrer", textContent: t("web") })));
    return card;
  }

  function renderResults() {
    const box = $("#results");
    const list = $("#result-list");
    list.textContent = "";
    const results = state.results.results;
    results.forEach((res, i) => list.append(el("li", {}, resultCard(res, "h3", "r" + i))));
    const crit = [];
    for (const res of results) {
      for (const why of res.reasons) if (why.from_text && !crit.includes(why.criterion)) crit.push(why.criterion);
    }
    const ft = $("#from-text");
    ft.hidden = crit.length === 0;
    ft.textContent = crit.length ? t("fromText", { list: crit.map((c) => label("criteria", c)).join(", ") }) : "";
    box.hidden = false;
    $("#results-h").tabIndex = -1;
  }

  async function whyNot(again) {
    const input = $("#whynot-offering");
    const out = $("#whynot-out");
    clearFieldError(input);
    const picked = await input.resolve();
    if (!picked) {
      setFieldError(input, t("pickOffering"));
      input.focus();
      return;
    }
    const need = await readNeed();
    if (!need) return;
    out.textContent = t("searching");
    let r;
    try { r = await api("POST", "/api/explain", { need, offering_id: picked.value }); } catch (e) { out.textContent = t("network"); return; }
    if (!r.ok) { out.textContent = problemText(r); return; }
    state.explained = { picked };
    const res = r.data;
    const name = offeringName(res.offering).text;
    const listed = state.results && state.results.results.find((x) => x.offering.id === res.offering.id);
    let summary;
    if (res.excluded) {
      summary = t("whyNotExcluded", { name, list: (res.failed || []).map((c) => label("criteria", c)).join(", ") });
    } else if (listed) {
      summary = t("whyNotListed", { name, rank: listed.rank });
    } else {
      summary = t("whyNotIncluded", { name, conf: label("confidences", res.confidence), n: LIMIT });
    }
    out.textContent = "";
    const p = el("p", { className: "explain-summary", id: "whynot-summary", textContent: summary, tabIndex: -1 });
    out.append(p, resultCard(res, "h3", "x"));
    if (!again) p.focus();
  }

  function clearNeed() {
    $("#need-form").reset();
    for (const c of $$("#need-form [role=combobox], #whynot-form [role=combobox]")) c.reset();
    clearErrors($("#need-form"));
    clearErrors($("#whynot-form"));
    state.results = null;
    state.explained = null;
    $("#result-list").textContent = "";
    $("#results").hidden = true;
    $("#whynot").hidden = true;
    $("#whynot-out").textContent = "";
    status($("#find-status"), "");
  }

  // ---------------------------------------------------------------- edit

  function getAt(doc, pointer) {
    let v = doc;
    for (const part of pointer.split("/").slice(1)) {
      if (v === null || typeof v !== "object") return undefined;
      v = v[part];
    }
    return v;
  }

  function setAt(doc, pointer, value) {
    const parts = pointer.split("/").slice(1);
    let v = doc;
    for (const part of parts.slice(0, -1)) {
      if (v[part] === null || typeof v[part] !== "object") {
        if (value === undefined) return;
        v[part] = {};
      }
      v = v[part];
    }
    const last = parts[parts.length - 1];
    if (value === undefined) delete v[last];
    else v[last] = value;
  }

  // formControls are the form's controls with a pointer (where errors land);
  // valueControls those that hold a value (not a group such as coverage).
  const formControls = () => $$("#edit-form [data-pointer]");
  const valueControls = () => formControls().filter((c) => !c.dataset.group);

  function fillEdit(doc) {
    // Only an offering can be deleted, not a draft on the form.
    $("#o-delete").hidden = !state.edit || !!state.edit.draft;
    $("#delete-confirm").hidden = true;
    for (const c of valueControls()) setControl(c, getAt(doc, c.dataset.pointer));
    renderListingConflicts();
  }

  // filled holds, per control, its state as setControl left it.
  const filled = new WeakMap();

  // setControl shows a JSON value in one control, and remembers how the
  // control then holds it (see touched).
  function setControl(c, v) {
    if (c.dataset.bool) c.checked = v === true;
    else if (c.tagName === "FIELDSET") {
      const set = new Set(Array.isArray(v) ? v : []);
      for (const i of $$("input", c)) i.checked = set.has(i.value);
    } else if (c.dataset.list) c.value = Array.isArray(v) ? v.join(", ") : "";
    else c.value = v === undefined || v === null ? "" : String(v);
    filled.set(c, controlState(c));
  }

  // controlState is what a control holds, as the control holds it (a
  // textarea's line ends as LF, a text field's spaces kept), so that it can
  // be compared with what setControl left there.
  function controlState(c) {
    if (c.dataset.bool) return c.checked ? "true" : "false";
    if (c.tagName === "FIELDSET") return $$("input:checked", c).map((i) => i.value).sort().join("\n");
    return c.value;
  }

  // touched tells whether the person changed a control since the page
  // last filled it. It compares the control with itself, not the JSON value
  // it reads as with the value filled in: a value the form cannot hold
  // exactly (spaces around a name, a CRLF in a description) reads back in
  // the form's spelling, which is no change the person made.
  const touched = (c) => !filled.has(c) || filled.get(c) !== controlState(c);
  const touchedPointers = () => valueControls().filter(touched).map((c) => c.dataset.pointer);

  // shownValue says a field's JSON value in words, as its control c (if
  // any) shows it: a select's or a checkbox's label rather than the code.
  function shownValue(c, v) {
    if (v === undefined || v === null || v === "" || (Array.isArray(v) && !v.length)) return t("notStated");
    let s;
    if (c && c.dataset.bool) s = t(v === true ? "yes" : "no");
    else if (c && c.tagName === "SELECT") {
      const o = Array.from(c.options).find((x) => x.value === String(v));
      s = o ? o.textContent : String(v);
    } else if (c && c.tagName === "FIELDSET") {
      s = (Array.isArray(v) ? v : [v]).map((x) => {
        const i = $$("input", c).find((y) => y.value === x);
        const lab = i && $('label[for="' + i.id + '"]');
        return lab ? lab.textContent : String(x);
      }).join(", ");
    } else if (Array.isArray(v)) s = v.map((x) => (typeof x === "object" ? JSON.stringify(x) : String(x))).join(", ");
    else s = typeof v === "object" ? JSON.stringify(v) : String(v);
    return s.length > 300 ? s.slice(0, 300) + "…" : s;
  }

  // renderListingConflicts shows, on an offering's form, the fields on
  // which the latest import of its listing disagreed with what a person
  // wrote (the person's values are on the form; a save clears the note),
  // each a link to its control where the form has one.
  function renderListingConflicts() {
    const box = $("#listing-box");
    const fields = (state.edit && !state.edit.draft && state.edit.conflicts) || [];
    box.hidden = !fields.length;
    const ul = $("#listing-fields");
    ul.textContent = "";
    const listing = state.edit && state.edit.listing;
    for (const f of fields) {
      const c = controlFor(pointerOf(f));
      const li = el("li");
      if (c) {
        const a = el("a", { href: "#" + (c.id || $("input", c).id), textContent: fieldName(f) });
        a.addEventListener("click", (ev) => { ev.preventDefault(); focusControl(c); });
        li.append(a);
      } else {
        const n = fieldName(f);
        li.textContent = n === f ? t("otherField", { field: f }) : n;
      }
      // What the listing now says there, once read (with the token).
      if (listing && f in listing) {
        const own = valueControls().find((x) => x.dataset.pointer === pointerOf(f));
        li.append(" – " + (listing[f] === undefined ? t("listingGone") : t("listingSays", { value: shownValue(own, listing[f]) })));
      }
      ul.append(li);
    }
  }

  // readListing reads what the listing now says at each of the offering's
  // conflicts (GET /api/offerings/{id}/conflicts, which needs the token it
  // was read with) and shows it beside the fields, when it belongs to the
  // version on the form (the same ETag).
  async function readListing(e) {
    if (!e || e.draft || !e.readToken || !(e.conflicts || []).length) return;
    let r;
    try {
      r = await api("GET", "/api/offerings/" + encodeURIComponent(e.id) + "/conflicts", undefined, { headers: readHeaders(e.readToken) });
    } catch (err) { return; }
    if (state.edit !== e || !r.ok || r.etag !== e.etag) return;
    e.listing = {};
    for (const c of r.data.conflicts) e.listing[c.field] = "listing" in c ? c.listing : undefined;
    renderListingConflicts();
  }

  // formValue reads one control as the JSON value it stands for; undefined
  // means "leave the member out".
  function formValue(c) {
    if (c.dataset.bool) return c.checked ? true : undefined;
    if (c.tagName === "FIELDSET") {
      const vs = $$("input:checked", c).map((i) => i.value);
      return vs.length || c.dataset.pointer === "/target_group/roles" ? vs : undefined;
    }
    const s = c.value.trim();
    if (c.dataset.list) {
      const vs = s.split(",").map((x) => x.trim()).filter(Boolean);
      return vs.length ? vs : (c.dataset.pointer === "/languages" ? [] : undefined);
    }
    if (s === "") return c.tagName === "SELECT" && !c.dataset.empty ? "" : undefined;
    if (c.dataset.number) {
      const n = Number(s);
      return Number.isFinite(n) ? n : s; // the server names a non-number
    }
    return s;
  }

  const same = (a, b) => JSON.stringify(a === undefined ? null : a) === JSON.stringify(b === undefined ? null : b);

  // changedPointers lists the form's pointers where doc a and doc b differ.
  function changedPointers(a, b) {
    return valueControls().map((c) => c.dataset.pointer).filter((p) => !same(getAt(a, p), getAt(b, p)));
  }

  // applyForm puts the form's values onto a copy of doc; only lists the
  // pointers to apply when given.
  function applyForm(doc, only) {
    const out = structuredClone(doc);
    for (const c of valueControls()) {
      if (only && !only.includes(c.dataset.pointer)) continue;
      setAt(out, c.dataset.pointer, formValue(c));
    }
    return out;
  }

  async function openOffering(id, quiet) {
    const st = $("#edit-status");
    status(st, t("loading"));
    let r;
    const tok = $("#o-token").value.trim();
    try { r = await api("GET", "/api/offerings/" + encodeURIComponent(id), undefined, { headers: readHeaders(tok) }); } catch (e) { status(st, t("network"), true); return false; }
    if (!r.ok) { status(st, problemText(r), true); return false; }
    state.edit = { id, doc: r.data, etag: r.etag, conflicts: r.conflicts, readToken: tok };
    hideConflict();
    hideDraft();
    clearErrors($("#edit-form"));
    $("#edit-summary").hidden = true;
    fillEdit(r.data);
    readListing(state.edit);
    $("#edit-form").hidden = false;
    if (!quiet) {
      status(st, t(r.conflicts.length ? "loadedListingConflicts" : "loaded",
        { name: r.data.name, list: r.conflicts.map(fieldName).join(", ") }));
    }
    return true;
  }

  // readHeaders are the headers of a read of an offering: the write token
  // when the page holds one, as the service names the listing's conflicts
  // (Lmh-Conflicts) only to a request with it.
  function readHeaders(tok) {
    return tok ? { Authorization: "Bearer " + tok } : {};
  }

  // readConflictsAgain reads the offering on the form again with token
  // when it was read without it (or with another), for the listing's
  // conflicts, and shows them. True when it found conflicts the person had
  // not been shown: a save then waits, since it would clear them unseen.
  // A newer version is left to the save (412, "someone else saved").
  // A read already under way with the token (the token field's change,
  // then Save) is awaited, not repeated.
  function readConflictsAgain(token) {
    const e = state.edit;
    if (!e || e.draft || !token) return Promise.resolve(false);
    if (e.reading && e.reading.token === token) return e.reading.found;
    if (e.readToken === token) return Promise.resolve(false);
    const found = readConflictsWith(e, token).finally(() => {
      if (e.reading && e.reading.found === found) e.reading = null;
    });
    e.reading = { token, found };
    return found;
  }

  async function readConflictsWith(e, token) {
    let r;
    try { r = await api("GET", "/api/offerings/" + encodeURIComponent(e.id), undefined, { headers: readHeaders(token) }); } catch (err) { return false; }
    if (state.edit !== e || !r.ok || r.etag !== e.etag) return false;
    const seen = (e.conflicts || []).join(",");
    e.conflicts = r.conflicts;
    e.readToken = token;
    renderListingConflicts();
    readListing(e);
    if (!r.conflicts.length || r.conflicts.join(",") === seen) return false;
    status($("#edit-status"), t("loadedListingConflicts", { name: e.doc.name, list: r.conflicts.map(fieldName).join(", ") }));
    return true;
  }

  function showProblems(p) {
    const form = $("#edit-form");
    clearErrors(form);
    const summary = $("#edit-summary");
    const ul = $("ul", summary);
    ul.textContent = "";
    const controls = formControls();
    for (const e of p.errors || [{ field: "", pointer: "", message: p.title }]) {
      let best = controlFor(e.pointer, controls);
      if (e.rule === "unauthorized" || p.status === 401) best = $("#o-token");
      const li = document.createElement("li");
      if (best) {
        setFieldError(best, e.message);
        const a = el("a", { href: "#" + (best.id || $("input", best).id), textContent: fieldLabel(best) + ": " + e.message });
        a.addEventListener("click", (ev) => { ev.preventDefault(); focusControl(best); });
        li.append(a);
      } else {
        li.textContent = (e.field ? t("otherField", { field: e.field }) + ": " : "") + e.message;
      }
      ul.append(li);
    }
    summary.hidden = false;
    summary.focus();
  }

  // controlFor returns the form's control whose pointer is the given one or
  // the longest prefix of it, or null.
  function controlFor(pointer, controls) {
    let best = null;
    for (const c of controls || formControls()) {
      const cp = c.dataset.pointer;
      if (pointer && (pointer === cp || pointer.startsWith(cp + "/")) && (!best || cp.length > best.dataset.pointer.length)) best = c;
    }
    // A field the form holds only in parts (user_participation): its first part.
    if (!best && pointer) best = (controls || formControls()).find((c) => c.dataset.pointer.startsWith(pointer + "/")) || null;
    return best;
  }

  // pointerOf turns a field path (frames.capacity.max, schedule.weekly[0].start)
  // into a JSON Pointer.
  const pointerOf = (field) => "/" + field.replace(/\[(\d+)\]/g, ".$1").split(".").join("/");

  // fieldName names a field path for people: the page's name for it, else
  // the label of the form's control for it, else the name of the nearest
  // field above it, else the path.
  function fieldName(field) {
    const names = t("fieldNames");
    let f = field.replace(/\[\d+\]/g, "");
    const own = formControls().find((c) => c.dataset.pointer === pointerOf(f));
    if (!(names && names[f]) && own) return fieldLabel(own);
    for (;;) {
      if (names && names[f]) return names[f];
      const i = f.lastIndexOf(".");
      if (i < 0) break;
      f = f.slice(0, i);
    }
    const c = controlFor(pointerOf(field));
    return c ? fieldLabel(c) : field;
  }

  async function save(doc, etag) {
    const st = $("#edit-status");
    const token = $("#o-token").value.trim();
    clearFieldError($("#o-token"));
    if (!token) {
      setFieldError($("#o-token"), t("tokenMissing"));
      $("#o-token").focus();
      return;
    }
    // The offering read without this token: the listing's conflicts,
    // if any, are shown before a save would clear them.
    if (await readConflictsAgain(token)) return;
    status(st, t("saving"));
    const wasDraft = !!state.edit.draft;
    let r;
    try {
      // A draft becomes an offering under its own id (POST), which removes it.
      r = wasDraft
        ? await api("POST", "/api/offerings", Object.assign(doc, { id: state.edit.id }), { headers: { Authorization: "Bearer " + token } })
        : await api("PUT", "/api/offerings/" + encodeURIComponent(state.edit.id), doc,
          { headers: { "If-Match": etag, Authorization: "Bearer " + token } });
    } catch (e) { status(st, t("network"), true); return; }
    if (r.ok) {
      state.edit = { id: state.edit.id, doc: r.data, etag: r.etag, readToken: token };
      hideConflict();
      hideDraft();
      clearErrors($("#edit-form"));
      $("#edit-summary").hidden = true;
      fillEdit(r.data);
      if (wasDraft) {
        if (state.drafts) state.drafts = state.drafts.filter((d) => d.id !== r.data.id);
        if (state.drafts) renderDrafts();
      }
      status(st, t(wasDraft ? "draftSaved" : "saved", { name: r.data.name }));
      return;
    }
    if (r.status === 412) { await showConflict(); status(st, ""); return; }
    status(st, "");
    if (r.data && r.data.type) showProblems(r.data);
    else status(st, problemText(r), true);
  }

  // showConflict reads the version someone else saved and lists the form's
  // fields others changed since the version the person started from, with
  // their values; the user keeps theirs or saves their own changes (only
  // the fields they changed) on top of it. The form is refilled with the
  // other version where the person changed nothing, so that it shows what
  // is saved now; a field both changed keeps what the person typed, and
  // the list gives the other value beside it. A conflict already shown (a
  // save of the person's changes that met yet another version) counts the
  // person's changes from the version the form was refilled with, and
  // lists what others changed since the version the person started from.
  async function showConflict() {
    const prev = state.conflict;
    const origin = prev ? prev.origin : state.edit.doc;
    const base = prev ? prev.theirs : state.edit.doc;
    const tok = $("#o-token").value.trim();
    const r = await api("GET", "/api/offerings/" + encodeURIComponent(state.edit.id), undefined, { headers: readHeaders(tok) });
    if (!r.ok) { status($("#edit-status"), problemText(r), true); return; }
    const controls = valueControls();
    const at = (p) => controls.find((x) => x.dataset.pointer === p);
    const mine = touchedPointers();
    for (const p of changedPointers(base, r.data)) {
      if (!mine.includes(p)) setControl(at(p), getAt(r.data, p));
    }
    // The list keeps values, not words, so that it can be drawn again in
    // another language (setLang).
    const rows = changedPointers(origin, r.data).map((p) => (mine.includes(p)
      ? { pointer: p, theirs: getAt(r.data, p), mine: formValue(at(p)) }
      : { pointer: p, theirs: getAt(r.data, p) }));
    state.conflict = { theirs: r.data, etag: r.etag, conflicts: r.conflicts, readToken: tok, origin, rows };
    renderConflict();
    $("#edit-summary").hidden = true;
    const box = $("#conflict");
    box.hidden = false;
    box.focus();
  }

  // renderConflict draws the conflict box's list of fields in the page's
  // language: each field others changed with their value, and beside it
  // the person's where both changed it.
  function renderConflict() {
    const ul = $("#conflict-fields");
    ul.textContent = "";
    const controls = valueControls();
    for (const row of state.conflict.rows) {
      const c = controls.find((x) => x.dataset.pointer === row.pointer);
      const vars = { field: fieldLabel(c), theirs: shownValue(c, row.theirs) };
      if ("mine" in row) {
        vars.mine = shownValue(c, row.mine);
        ul.append(el("li", { textContent: t("conflictBoth", vars) }));
      } else {
        ul.append(el("li", { textContent: t("conflictField", vars) }));
      }
    }
    if (!state.conflict.rows.length) ul.append(el("li", { textContent: t("conflictNone") }));
  }

  // saveMine saves the person's own changes (the form's fields the person
  // changed since the page filled them) on top of the version someone
  // else saved, also when the form's Save is used while the conflict is
  // shown. Fields changed since the conflict was shown count as the
  // person's too. Every other field is sent as the other version holds it,
  // exactly as the server gave it, not as the form reads it back.
  function saveMine() {
    const c = state.conflict;
    const doc = applyForm(c.theirs, touchedPointers());
    // What the form has shown of the listing: its conflicts, and their
    // values, belong to its own version only. Another version that
    // carries conflicts was given them by an import, which also brings
    // the listing's next values at them (the same set included).
    const shown = state.edit.etag === c.etag ? (state.edit.conflicts || []).join(",") : null;
    state.edit = { id: state.edit.id, doc: c.theirs, etag: c.etag, conflicts: c.conflicts, readToken: c.readToken };
    // Their version brought conflicts of the listing, or values at them,
    // the form did not show: shown first, as the save clears them.
    if (c.conflicts.length && c.conflicts.join(",") !== shown) {
      renderListingConflicts();
      readListing(state.edit);
      status($("#edit-status"), t("loadedListingConflicts", { name: c.theirs.name, list: c.conflicts.map(fieldName).join(", ") }));
      return;
    }
    save(doc, c.etag);
  }

  function hideConflict() {
    state.conflict = null;
    $("#conflict").hidden = true;
  }

  // askDelete shows the confirmation, in the page, with focus on it.
  function askDelete() {
    if (!state.edit || state.edit.draft) return;
    const box = $("#delete-confirm");
    box.hidden = false;
    box.focus();
  }

  // cancelDelete hides the confirmation and gives focus back to Delete.
  function cancelDelete() {
    $("#delete-confirm").hidden = true;
    $("#o-delete").focus();
  }

  // deleteOffering deletes the offering on the form (DELETE
  // /api/offerings/{id}, If-Match its version). An offering an import wrote
  // is remembered as deleted: the answer's Lmh-Restore says so, and the
  // status then points to the discards list (reloaded only when shown).
  async function deleteOffering() {
    const st = $("#edit-status");
    const tok = token();
    if (!tok) { $("#delete-confirm").hidden = true; return; }
    const { id, doc, etag } = state.edit;
    status(st, t("deleting"));
    let r;
    try {
      r = await api("DELETE", "/api/offerings/" + encodeURIComponent(id), undefined,
        { headers: { "If-Match": etag || "*", Authorization: "Bearer " + tok } });
    } catch (e) { status(st, t("network"), true); return; }
    if (tokenProblem(r, st)) { $("#delete-confirm").hidden = true; return; }
    if (!r.ok) { status(st, problemText(r), true); cancelDelete(); return; }
    state.edit = null;
    hideConflict();
    hideDraft();
    $("#delete-confirm").hidden = true;
    $("#edit-form").hidden = true;
    $("#edit-offering").reset();
    const h = $("#pick-h");
    h.tabIndex = -1;
    h.focus();
    status(st, t(r.restore ? "deletedRestorable" : "deleted", { name: doc.name }));
    if (state.discards) {
      const all = await allPages("/api/drafts/discarded?limit=100", $("#discards-status"), tok);
      if (all) { state.discards = all; renderDiscards(); }
    }
  }

  // ---------------------------------------------------------------- drafts

  function token() {
    const input = $("#o-token");
    clearFieldError(input);
    const v = input.value.trim();
    if (!v) { setFieldError(input, t("tokenMissing")); input.focus(); }
    return v;
  }

  // tokenProblem shows a refused token at the token field.
  function tokenProblem(r, st) {
    if (r.status === 401 || r.status === 403) {
      const e = r.data && r.data.errors && r.data.errors[0];
      setFieldError($("#o-token"), e ? e.message : problemText(r));
      $("#o-token").focus();
      status(st, "");
      return true;
    }
    return false;
  }

  // allPages reads every page of a paged list from path on (each page's
  // next), with status in st; null after a problem it has shown there.
  async function allPages(path, st, tok) {
    status(st, t("loading"));
    const all = [];
    try {
      while (path) {
        const r = await api("GET", path, undefined, { headers: { Authorization: "Bearer " + tok } });
        if (tokenProblem(r, st)) return null;
        if (!r.ok) { status(st, problemText(r), true); return null; }
        all.push(...r.data.items);
        path = r.data.next || "";
      }
    } catch (e) { status(st, t("network"), true); return null; }
    return all;
  }

  // loadDrafts lists the drafts imports hold (GET /api/drafts, every page).
  async function loadDrafts(focus = true) {
    const st = $("#drafts-status");
    const tok = token();
    if (!tok) return;
    const all = await allPages("/api/drafts?limit=100", st, tok);
    if (!all) return;
    state.drafts = all;
    renderDrafts();
    if (focus) $("#draft-list").focus();
  }

  // draftTitle names a draft: its name, else its provider, web page or id.
  function draftTitle(d) {
    const o = d.offering || {};
    return o.name || (o.provider && o.provider.name) || o.url || d.id;
  }

  function renderDrafts() {
    const list = $("#draft-list");
    list.textContent = "";
    list.tabIndex = -1;
    status($("#drafts-status"), state.drafts.length ? t("draftsCount", { n: state.drafts.length }) : t("draftsNone"));
    state.drafts.forEach((d, i) => {
      const o = d.offering || {};
      const hid = "draft-" + i + "-name";
      const li = el("li", { className: "draft" });
      li.dataset.draft = d.id;
      li.append(el("h3", { id: hid }, el("span", { lang: o.lang || "", textContent: draftTitle(d) })));
      const meta = [o.provider && o.provider.name, o.url].filter(Boolean).join(" · ");
      if (meta) li.append(el("p", { className: "meta", textContent: meta }));
      li.append(el("p", { textContent: t("draftMissing", { list: d.missing.map(fieldName).join(", ") }) }));
      const open = el("button", { type: "button", textContent: t("draftOpen") });
      const drop = el("button", { type: "button", textContent: t("draftDiscard") });
      for (const b of [open, drop]) b.setAttribute("aria-describedby", hid);
      open.addEventListener("click", () => openDraft(d));
      drop.addEventListener("click", () => discardDraft(d.id));
      li.append(el("div", { className: "actions" }, open, drop));
      list.append(li);
    });
  }

  // openDraft puts a draft on the offering form with its missing fields
  // marked; saving it creates the offering under the draft's id.
  function openDraft(d) {
    state.edit = { id: d.id, doc: structuredClone(d.offering), etag: null, draft: d.missing };
    hideConflict();
    clearErrors($("#edit-form"));
    $("#edit-summary").hidden = true;
    fillEdit(d.offering);
    $("#edit-form").hidden = false;
    status($("#edit-status"), "");
    markMissing(d.missing);
    const box = $("#draft-box");
    box.hidden = false;
    box.focus();
    showDraftEvidence(d);
  }

  // showDraftEvidence shows, at each field the listing gave, the listing's
  // words it was read from. A catalogue line carries no evidence, but a
  // harvested draft's name is the listing's title and its description the
  // listing's text, so reading them again (POST /api/classify) finds the
  // same words.
  async function showDraftEvidence(d) {
    clearDraftEvidence();
    const o = d.offering || {};
    if (!o.description) return;
    let r;
    try { r = await api("POST", "/api/classify", { title: o.name || "", text: o.description }); } catch (e) { return; }
    if (!r.ok || !state.edit || state.edit.id !== d.id || !state.edit.draft) return;
    const listing = { title: o.name || "", text: o.description };
    const words = new Map(); // control → the words read for it
    // The classifier's facets are fields of the offering too.
    const facetField = { format: "format", delivery: "delivery", scope: "scope", arena: "provider.arena", role: "target_group.roles" };
    const facetEvidence = r.data.facets.evidence.filter((e) => facetField[e.facet]).map((e) => Object.assign({}, e, { field: facetField[e.facet] }));
    for (const e of r.data.draft.evidence.concat(facetEvidence)) {
      const c = controlFor(pointerOf(e.field));
      if (!c || getAt(o, pointerOf(e.field)) === undefined) continue;
      const w = quote(listing, e);
      if (!words.has(c)) words.set(c, []);
      if (w && !words.get(c).some((x) => lower(x) === lower(w))) words.get(c).push(w);
    }
    for (const [c, ws] of words) {
      if (!ws.length) continue;
      const id = (c.id || $("input", c).id) + "-ev";
      const p = el("p", { className: "from-listing", id }, t("fromListing") + " ", ...ws.flatMap((w, i) => [i ? ", " : "", el("q", { className: "words", textContent: w })]));
      const err = errorElement(c);
      if (err) err.before(p);
      else c.after(p);
      c.setAttribute("aria-describedby", (c.getAttribute("aria-describedby") || "") + " " + id);
    }
  }

  function clearDraftEvidence() {
    for (const p of $$("#edit-form .from-listing")) {
      for (const c of $$('[aria-describedby~="' + p.id + '"]')) {
        c.setAttribute("aria-describedby", c.getAttribute("aria-describedby").split(/\s+/).filter((x) => x && x !== p.id).join(" "));
      }
      p.remove();
    }
  }

  // markMissing marks each missing field at its control and lists it with a
  // link there; a field the form does not hold is named by its path.
  function markMissing(missing) {
    const ul = $("#draft-missing");
    ul.textContent = "";
    for (const c of formControls()) clearFieldError(c);
    for (const f of missing) {
      const c = controlFor(pointerOf(f));
      const li = el("li");
      if (c) {
        setFieldError(c, t("missingHere"));
        const a = el("a", { href: "#" + (c.id || $("input", c).id), textContent: fieldLabel(c) });
        a.addEventListener("click", (ev) => { ev.preventDefault(); focusControl(c); });
        li.append(a);
      } else li.textContent = t("otherField", { field: f });
      ul.append(li);
    }
  }

  function hideDraft() {
    $("#draft-box").hidden = true;
    clearDraftEvidence();
    if (state.edit) state.edit.draft = null;
  }

  async function discardDraft(id) {
    const st = $("#drafts-status");
    const tok = token();
    if (!tok) return;
    let r;
    try { r = await api("DELETE", "/api/drafts/" + encodeURIComponent(id), undefined, { headers: { Authorization: "Bearer " + tok } }); } catch (e) { status(st, t("network"), true); return; }
    if (tokenProblem(r, st)) return;
    if (!r.ok && r.status !== 404) { status(st, problemText(r), true); return; }
    const d = (state.drafts || []).find((x) => x.id === id);
    state.drafts = (state.drafts || []).filter((x) => x.id !== id);
    renderDrafts();
    if (state.edit && state.edit.id === id && state.edit.draft) {
      state.edit = null;
      hideDraft();
      $("#edit-form").hidden = true;
    }
    status(st, t("draftDiscarded", { name: d ? draftTitle(d) : id }));
    $("#drafts-h").tabIndex = -1;
    $("#drafts-h").focus();
    if (state.discards) await loadDiscards(false);
  }

  // loadDiscards lists the discarded drafts and the deleted offerings
  // imports will not bring back (GET /api/drafts/discarded, every page).
  // focus moves to the list when the user asked for it.
  async function loadDiscards(focus) {
    const st = $("#discards-status");
    const tok = token();
    if (!tok) return;
    const all = await allPages("/api/drafts/discarded?limit=100", st, tok);
    if (!all) return;
    state.discards = all;
    renderDiscards();
    if (focus) $("#discard-list").focus();
  }

  function renderDiscards() {
    const list = $("#discard-list");
    list.textContent = "";
    list.tabIndex = -1;
    status($("#discards-status"), state.discards.length ? t("discardsCount", { n: state.discards.length }) : t("discardsNone"));
    state.discards.forEach((d, i) => {
      const o = d.offering || {};
      const hid = "discard-" + i + "-name";
      const li = el("li", { className: "draft" });
      li.dataset.discard = d.id;
      li.append(el("h4", { id: hid }, el("span", { lang: o.lang || "", textContent: draftTitle(d) })));
      const date = new Date(d.discarded_at).toLocaleDateString(state.lang === "en" ? "en-GB" : state.lang,
        { day: "numeric", month: "long", year: "numeric" });
      li.append(el("p", { className: "meta", textContent: t(d.kind === "offering" ? "discardedOffering" : "discardedDraft", { date }) }));
      if (d.missing && d.missing.length) li.append(el("p", { textContent: t("draftMissing", { list: d.missing.map(fieldName).join(", ") }) }));
      const restore = el("button", { type: "button", textContent: t("discardRestore") });
      restore.setAttribute("aria-describedby", hid);
      restore.addEventListener("click", () => restoreDiscard(d));
      li.append(el("div", { className: "actions" }, restore));
      list.append(li);
    });
  }

  // restoreDiscard takes a discard back (DELETE /api/drafts/discarded/{id}):
  // a draft is held again, a deleted offering published again as it was.
  async function restoreDiscard(d) {
    const st = $("#discards-status");
    const tok = token();
    if (!tok) return;
    let r;
    try { r = await api("DELETE", "/api/drafts/discarded/" + encodeURIComponent(d.id), undefined, { headers: { Authorization: "Bearer " + tok } }); } catch (e) { status(st, t("network"), true); return; }
    if (tokenProblem(r, st)) return;
    if (r.status === 404) {
      // Someone else restored it, or it is no longer discarded: say so and
      // show the list as it is now.
      await loadDiscards(false);
      if (state.drafts) await loadDrafts(false);
      status(st, t("restoredAlready", { name: draftTitle(d) }));
      $("#discards-h").tabIndex = -1;
      $("#discards-h").focus();
      return;
    }
    if (!r.ok) { status(st, problemText(r), true); return; }
    state.discards = state.discards.filter((x) => x.id !== d.id);
    renderDiscards();
    const key = !d.offering ? "restoredForgotten" : d.kind === "offering" ? "restoredOffering" : "restoredDraft";
    status(st, t(key, { name: draftTitle(d) }));
    $("#discards-h").tabIndex = -1;
    $("#discards-h").focus();
    if (d.kind === "draft" && d.offering && state.drafts) await loadDrafts(false);
  }

  // ---------------------------------------------------------------- classify

  const utf8 = new TextEncoder();
  const fromUtf8 = new TextDecoder();

  // byteSpan turns the byte offsets the API gives into string indices of s.
  function byteSpan(s, start, end) {
    const b = utf8.encode(s);
    return [fromUtf8.decode(b.subarray(0, start)).length, fromUtf8.decode(b.subarray(0, end)).length];
  }

  // quote returns the words of the listing an evidence span points at.
  function quote(listing, e) {
    const s = listing[e.part] || "";
    const [a, b] = byteSpan(s, e.start, e.end);
    return s.slice(a, b);
  }

  // marked renders s with the spans of its part marked (<mark>), overlaps
  // merged.
  function marked(s, spans) {
    const ranges = spans.map((e) => byteSpan(s, e.start, e.end)).filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
    const merged = [];
    for (const r of ranges) {
      const last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
      else merged.push(r.slice());
    }
    const out = [];
    let at = 0;
    for (const [a, b] of merged) {
      if (a > at) out.push(s.slice(at, a));
      out.push(el("mark", { textContent: s.slice(a, b) }));
      at = b;
    }
    if (at < s.length) out.push(s.slice(at));
    return out;
  }

  const FACET_LIST = {
    concept: "concepts", format: "formats", role: "roles", age_group: "age_groups", arena: "arenas", delivery: "deliveries",
    method: "methods", scope: "scopes", condition: "conditions", theme: "themes", programme: "programmes"
  };

  // refLabel labels a "facet:code" reference by the vocabulary.
  function refLabel(ref) {
    const [facet, code] = ref.split(":");
    return FACET_LIST[facet] ? label(FACET_LIST[facet], code) : code;
  }

  // shown writes a draft value for people: codes by their labels, lists
  // joined, objects by their members.
  function shown(v, field) {
    if (v === undefined || v === null) return "";
    if (Array.isArray(v)) return v.map((x) => shown(x, field)).join(", ");
    if (typeof v === "boolean") return v ? t("yes") : t("no");
    if (typeof v === "object") return Object.keys(v).map((k) => shown(v[k], field + "." + k)).filter(Boolean).join(" ");
    const leaf = field.replace(/\[\d+\]/g, "").split(".").pop();
    if (leaf === "weekday") return t("weekdays")[v] || String(v);
    if (leaf === "lang") return { nb: "Bokmål", nn: "Nynorsk" }[v] || String(v);
    const list = { format: "formats", delivery: "deliveries", arena: "arenas", scope: "scopes", roles: "roles",
      conditions: "conditions", themes: "themes", programme: "programmes", methods: "methods" }[leaf];
    return list ? label(list, String(v)) : String(v);
  }

  const NEVER_IN_A_LISTING = ["id", "status", "last_modified"];

  async function classifyListing(again) {
    const st = $("#classify-status");
    const text = $("#c-text");
    clearFieldError(text);
    const listing = { title: $("#c-title").value.trim(), text: text.value.trim() };
    if (!listing.title && !listing.text) {
      setFieldError(text, t("cTextMissing"));
      text.focus();
      return;
    }
    status(st, t("reading"));
    let r;
    try { r = await api("POST", "/api/classify", listing); } catch (e) { status(st, t("network"), true); return; }
    if (!r.ok) {
      const e = r.data && r.data.errors && r.data.errors[0];
      if (e && (e.field === "text" || e.field === "title")) { setFieldError(text, e.message); status(st, ""); text.focus(); }
      else status(st, problemText(r), true);
      return;
    }
    state.classified = { listing, data: r.data };
    renderClassified();
    status(st, "");
    if (!again) $("#classify-out-h").focus();
  }

  // evidenceItem is one line of what was read: the field or facet, the
  // value, the listing's words and how sure the reading is.
  function evidenceItem(name, value, words, how) {
    const li = el("li", {}, el("strong", { textContent: name + ": " }), value);
    words = words.filter(Boolean);
    if (words.length) li.append(" – ", ...words.flatMap((w, i) => [i ? ", " : "", el("q", { className: "words", textContent: w })]));
    if (how) li.append(el("span", { className: "how", textContent: " (" + how + ")" }));
    return li;
  }

  function renderClassified() {
    const { listing, data } = state.classified;
    const f = data.facets;
    const d = data.draft;
    $("#c-scope").textContent = f.in_scope ? t("cInScope", { p: Math.round(100 * f.confidence.in_scope) }) : t("cOutOfScope");
    // The listing with every span read marked.
    const spans = { title: [], text: [] };
    for (const e of f.evidence.concat(d.evidence)) if (spans[e.part]) spans[e.part].push(e);
    const box = $("#c-listing");
    box.textContent = "";
    if (listing.title) box.append(el("p", { className: "listing-title" }, ...marked(listing.title, spans.title)));
    if (listing.text) box.append(el("p", { className: "listing-text" }, ...marked(listing.text, spans.text)));
    // The facets, each value with the words it was read from.
    const facets = $("#c-facets");
    facets.textContent = "";
    const byValue = new Map(); // facet and value → the words read for it
    for (const e of f.evidence) {
      if (!e.facet) continue;
      const k = e.facet + " " + e.value;
      if (!byValue.has(k)) byValue.set(k, { e, words: [] });
      const w = quote(listing, e);
      const ws = byValue.get(k).words;
      if (w && !ws.some((x) => lower(x) === lower(w))) ws.push(w);
    }
    for (const { e, words } of byValue.values()) {
      const conf = f.confidence[e.facet];
      facets.append(evidenceItem(t("facetNames")[e.facet] || e.facet, refLabel(e.value), words,
        conf ? t("cSure", { p: Math.round(100 * conf) }) : ""));
    }
    if (!facets.children.length) facets.append(el("li", { textContent: t("cNothing") }));
    // The draft's fields, each with its evidence.
    const draft = $("#c-draft");
    draft.textContent = "";
    for (const e of d.evidence) {
      const v = getAt(d.offering, pointerOf(e.field));
      draft.append(evidenceItem(fieldName(e.field), shown(v, e.field), [quote(listing, e)],
        t("cRule", { rule: e.rule, p: Math.round(100 * e.confidence) }) + (e.year_inferred ? ", " + t("cYearInferred") : "")));
    }
    if (!draft.children.length) draft.append(el("li", { textContent: t("cNothing") }));
    // What is missing, and the other warnings.
    const miss = $("#c-missing");
    miss.textContent = "";
    const said = new Set();
    for (const w of d.warnings) {
      if (NEVER_IN_A_LISTING.includes(w.field) || said.has(w.field + w.message)) continue;
      said.add(w.field + w.message);
      miss.append(el("li", {}, el("strong", { textContent: fieldName(w.field) + ": " }), w.message));
    }
    if (!miss.children.length) miss.append(el("li", { textContent: t("cNothingMissing") }));
    $("#classify-out").hidden = false;
  }

  function clearClassify() {
    $("#classify-form").reset();
    clearFieldError($("#c-text"));
    state.classified = null;
    for (const id of ["#c-listing", "#c-facets", "#c-draft", "#c-missing", "#c-scope"]) $(id).textContent = "";
    $("#classify-out").hidden = true;
    status($("#classify-status"), "");
  }

  // ---------------------------------------------------------------- coverage

  async function showCoverage(again) {
    const st = $("#coverage-status");
    const q = new URLSearchParams({ role: $("#cov-role").value, area: $("#cov-area").value });
    if ($("#cov-age").value) q.set("age_group", $("#cov-age").value);
    if ($("#cov-in-person").checked) q.set("in_person_only", "true");
    status(st, t("loading"));
    let r;
    try { r = await api("GET", "/api/coverage?" + q.toString()); } catch (e) { status(st, t("network"), true); return; }
    if (!r.ok) { status(st, problemText(r), true); return; }
    state.coverage = { data: r.data, facet: $("#cov-topics").value, role: $("#cov-role").value };
    renderCoverage();
    status(st, "");
    if (!again) $("#coverage-out caption").focus();
  }

  function renderCoverage() {
    const { data, facet, role } = state.coverage;
    const area = data.area;
    const out = $("#coverage-out");
    out.textContent = "";
    const cols = [];
    area.columns.forEach((c, i) => { if (c.role === role && c.topic.startsWith(facet + ":")) cols.push(i); });
    const abbr = t("accAbbr");
    const levels = vocab().access;

    const day = new Date(data.day + "T12:00:00Z").toLocaleDateString(state.lang === "en" ? "en-GB" : state.lang,
      { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    out.append(el("p", { textContent: t("covDay", { day }) + " " + t("covHowTo") }));
    const legend = el("ul", { className: "legend", ariaLabel: t("covLegend") });
    for (const a of levels) {
      legend.append(el("li", {}, el("span", { className: "swatch acc-" + a.code, ariaHidden: "true", textContent: abbr[a.code] }), a.label));
    }
    legend.append(el("li", {}, el("span", { className: "swatch", ariaHidden: "true", textContent: "•" }), t("covMixed")));
    out.append(legend);

    const table = el("table", { className: "heat" });
    const topics = facet === "condition" ? t("covConditions") : t("covThemes");
    table.append(el("caption", { tabIndex: -1, textContent: t("covCaption", { topics, role: label("roles", role), area: area.name }) }));
    const head = el("tr", {}, el("th", { scope: "col", textContent: area.kind === "county" ? t("covMunicipality") : t("covCounty") }));
    for (const i of cols) head.append(el("th", { scope: "col" }, el("span", { textContent: topicLabel(area.columns[i].topic) })));
    table.append(el("thead", {}, head));

    const row = (r, section) => {
      const name = r.parallel_name ? r.name + " (" + r.parallel_name + ")" : r.name;
      const tr = el("tr", {}, el("th", { scope: "row", textContent: section === "total" ? t("covTotal") + " – " + name : name }));
      for (const i of cols) {
        const c = r.cells[i];
        const td = el("td", { className: "acc-" + c.access });
        const lvl = label("access", c.access);
        if (c.share) {
          const s = c.share;
          const text = t("covShare", { reachable: s.reachable, n: s.municipalities, local: s.local });
          td.title = lvl + " – " + text;
          td.append(el("span", { ariaHidden: "true", textContent: s.reachable + "/" + s.municipalities }),
            el("span", { className: "vh", textContent: lvl + ", " + text }));
          if (s.reachable > 0 && s.reachable < s.municipalities) td.classList.add("mixed");
        } else {
          td.title = lvl;
          td.append(el("span", { ariaHidden: "true", textContent: abbr[c.access] }), el("span", { className: "vh", textContent: lvl }));
        }
        tr.append(td);
      }
      return tr;
    };
    table.append(el("tbody", {}, ...area.rows.map((r) => row(r, "body"))));
    table.append(el("tfoot", {}, row(area.total, "total")));
    const scroll = el("div", { className: "scroll", tabIndex: 0, role: "region", ariaLabel: t("covScroll") }, table);
    out.append(scroll);
  }

  // ---------------------------------------------------------------- start

  function chooseLang() {
    const asked = new URL(location.href).searchParams.get("lang");
    if (LANGS.includes(asked)) return asked;
    for (const l of navigator.languages || []) {
      const base = l.toLowerCase().split("-")[0];
      if (base === "nn") return "nn";
      if (base === "nb" || base === "no") return "nb";
      if (base === "en") return "en";
    }
    return "nb";
  }

  async function start() {
    document.documentElement.classList.add("js");
    combo($("#need-municipality"), searchMunicipalities);
    combo($("#need-condition"), searchConditions);
    combo($("#whynot-offering"), searchOfferings);
    combo($("#edit-offering"), searchOfferings);

    for (const b of $$(".langs button")) b.addEventListener("click", () => setLang(b.dataset.lang));
    window.addEventListener("hashchange", () => showView(true));
    $("#need-form").addEventListener("submit", (e) => { e.preventDefault(); find(false); });
    $("#need-clear").addEventListener("click", () => { clearNeed(); $("#free-text").focus(); });
    $("#whynot-form").addEventListener("submit", (e) => { e.preventDefault(); whyNot(false); });
    $("#edit-pick").addEventListener("submit", async (e) => {
      e.preventDefault();
      const input = $("#edit-offering");
      clearFieldError(input);
      const picked = await input.resolve();
      if (!picked) { setFieldError(input, t("pickOffering")); input.focus(); return; }
      if (await openOffering(picked.value)) $("#o-name").focus();
    });
    // A token given after the offering was opened: read its conflicts.
    $("#o-token").addEventListener("change", () => readConflictsAgain($("#o-token").value.trim()));
    $("#edit-form").addEventListener("submit", (e) => {
      e.preventDefault();
      // The choice between versions still open: only the person's own
      // changes, as "Save mine" (the whole form would write the old values
      // of the fields the other person changed over their version).
      if (state.conflict) saveMine();
      else if (state.edit) save(applyForm(state.edit.doc), state.edit.etag);
    });
    $("#conflict-theirs").addEventListener("click", async () => {
      const c = state.conflict;
      state.edit = { id: state.edit.id, doc: c.theirs, etag: c.etag, conflicts: c.conflicts, readToken: c.readToken };
      hideConflict();
      fillEdit(c.theirs);
      readListing(state.edit);
      $("#o-name").focus();
    });
    $("#conflict-mine").addEventListener("click", saveMine);
    $("#o-delete").addEventListener("click", askDelete);
    $("#delete-yes").addEventListener("click", deleteOffering);
    $("#delete-no").addEventListener("click", cancelDelete);
    $("#delete-confirm").addEventListener("keydown", (e) => {
      if (e.key === "Escape") { e.preventDefault(); cancelDelete(); }
    });
    $("#coverage-form").addEventListener("submit", (e) => { e.preventDefault(); showCoverage(false); });
    $("#drafts-load").addEventListener("click", () => loadDrafts());
    $("#discards-load").addEventListener("click", () => loadDiscards(true));
    $("#draft-discard").addEventListener("click", () => { if (state.edit && state.edit.draft) discardDraft(state.edit.id); });
    $("#classify-form").addEventListener("submit", (e) => { e.preventDefault(); classifyListing(false); });
    $("#classify-clear").addEventListener("click", () => { clearClassify(); $("#c-title").focus(); });
    $("#cov-topics").addEventListener("change", () => {
      if (state.coverage) { state.coverage.facet = $("#cov-topics").value; renderCoverage(); }
    });
    // Nothing of the need outlives the page, not even in the back-forward cache.
    window.addEventListener("pagehide", () => {
      clearNeed();
      clearClassify();
      $("#o-token").value = "";
    });

    showView(false);
    try {
      const r = await fetch("/static/text.json", { credentials: "omit" });
      TEXT = await r.json();
      await setLang(chooseLang());
    } catch (e) {
      status($("#find-status"), t("network"), true);
    }
    document.body.dataset.ready = "true";
  }

  start();
})();
