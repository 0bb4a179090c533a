// The case workers' and providers' page: a client of the service's JSON API.
//
// A person's need is health data. It is read from the form when it is sent,
// sent only as the body of a POST (never in a URL), held in this page's
// memory only — no localStorage, sessionStorage, cookies or IndexedDB;
// autocomplete="off" on its form, so the browser keeps no form history, and
// spellcheck="false", so no spelling service sees it — and cleared on
// pagehide, so the back-forward cache keeps none of it. The text typed
// into the autocomplete fields is sent by POST too.
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
    edit: null, // { id, doc, etag } of the offering on the form
    conflict: null, // { theirs, etag, mine } while a conflict is shown
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
    return { status: res.status, ok: res.ok, data, etag: res.headers.get("ETag") };
  }

  function status(el, text, isError) {
    el.textContent = text || "";
    el.classList.toggle("error", !!isError);
  }

  function problemText(r) {
    return r.data && r.data.title ? t("problem", { title: r.data.title }) : t("network");
  }

  // ---------------------------------------------------------------- views

  const VIEWS = ["find", "edit", "coverage"];

  // showView shows the view the address names (#find, #edit, #coverage);
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

  const formControls = () => $$("#edit-form [data-pointer]");

  function fillEdit(doc) {
    for (const c of formControls()) {
      const v = getAt(doc, c.dataset.pointer);
      if (c.tagName === "FIELDSET") {
        const set = new Set(Array.isArray(v) ? v : []);
        for (const i of $$("input", c)) i.checked = set.has(i.value);
      } else if (c.dataset.list) c.value = Array.isArray(v) ? v.join(", ") : "";
      else c.value = v === undefined || v === null ? "" : String(v);
    }
  }

  // formValue reads one control as the JSON value it stands for; undefined
  // means "leave the member out".
  function formValue(c) {
    if (c.tagName === "FIELDSET") {
      const vs = $$("input:checked", c).map((i) => i.value);
      return vs.length || c.dataset.pointer === "/target_group/roles" ? vs : undefined;
    }
    const s = c.value.trim();
    if (c.dataset.list) {
      const vs = s.split(",").map((x) => x.trim()).filter(Boolean);
      return vs.length ? vs : (c.dataset.pointer === "/languages" ? [] : undefined);
    }
    if (s === "") return c.tagName === "SELECT" ? "" : undefined;
    if (c.dataset.number) {
      const n = Number(s);
      return Number.isFinite(n) ? n : s; // the server names a non-number
    }
    return s;
  }

  const same = (a, b) => JSON.stringify(a === undefined ? null : a) === JSON.stringify(b === undefined ? null : b);

  // changedPointers lists the form's pointers where doc a and doc b differ.
  function changedPointers(a, b) {
    return formControls().map((c) => c.dataset.pointer).filter((p) => !same(getAt(a, p), getAt(b, p)));
  }

  // applyForm puts the form's values onto a copy of doc; only lists the
  // pointers to apply when given.
  function applyForm(doc, only) {
    const out = structuredClone(doc);
    for (const c of formControls()) {
      if (only && !only.includes(c.dataset.pointer)) continue;
      setAt(out, c.dataset.pointer, formValue(c));
    }
    return out;
  }

  async function openOffering(id, quiet) {
    const st = $("#edit-status");
    status(st, t("loading"));
    let r;
    try { r = await api("GET", "/api/offerings/" + encodeURIComponent(id)); } catch (e) { status(st, t("network"), true); return false; }
    if (!r.ok) { status(st, problemText(r), true); return false; }
    state.edit = { id, doc: r.data, etag: r.etag };
    hideConflict();
    clearErrors($("#edit-form"));
    $("#edit-summary").hidden = true;
    fillEdit(r.data);
    $("#edit-form").hidden = false;
    if (!quiet) status(st, t("loaded", { name: r.data.name }));
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
      // The control whose pointer is the error's or the longest prefix of it.
      let best = null;
      for (const c of controls) {
        const cp = c.dataset.pointer;
        if (e.pointer && (e.pointer === cp || e.pointer.startsWith(cp + "/")) && (!best || cp.length > best.dataset.pointer.length)) best = c;
      }
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

  async function save(doc, etag) {
    const st = $("#edit-status");
    const token = $("#o-token").value.trim();
    clearFieldError($("#o-token"));
    if (!token) {
      setFieldError($("#o-token"), t("tokenMissing"));
      $("#o-token").focus();
      return;
    }
    status(st, t("saving"));
    let r;
    try {
      r = await api("PUT", "/api/offerings/" + encodeURIComponent(state.edit.id), doc,
        { headers: { "If-Match": etag, Authorization: "Bearer " + token } });
    } catch (e) { status(st, t("network"), true); return; }
    if (r.ok) {
      state.edit = { id: state.edit.id, doc: r.data, etag: r.etag };
      hideConflict();
      clearErrors($("#edit-form"));
      $("#edit-summary").hidden = true;
      fillEdit(r.data);
      status(st, t("saved", { name: r.data.name }));
      return;
    }
    if (r.status === 412) { await showConflict(); status(st, ""); return; }
    status(st, "");
    if (r.data && r.data.type) showProblems(r.data);
    else status(st, problemText(r), true);
  }

  // showConflict reads the version someone else saved and lists the form's
  // fields they changed; the user keeps theirs or saves their own changes
  // (only the fields they changed) on top of it.
  async function showConflict() {
    const base = state.edit.doc;
    const r = await api("GET", "/api/offerings/" + encodeURIComponent(state.edit.id));
    if (!r.ok) { status($("#edit-status"), problemText(r), true); return; }
    const mine = changedPointers(base, applyForm(base));
    state.conflict = { theirs: r.data, etag: r.etag, mine };
    const ul = $("#conflict-fields");
    ul.textContent = "";
    const theirs = changedPointers(base, r.data);
    for (const p of theirs) {
      const c = formControls().find((x) => x.dataset.pointer === p);
      ul.append(el("li", { textContent: fieldLabel(c) }));
    }
    if (!theirs.length) ul.append(el("li", { textContent: t("conflictNone") }));
    $("#edit-summary").hidden = true;
    const box = $("#conflict");
    box.hidden = false;
    box.focus();
  }

  function hideConflict() {
    state.conflict = null;
    $("#conflict").hidden = true;
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
    $("#edit-form").addEventListener("submit", (e) => {
      e.preventDefault();
      if (state.edit) save(applyForm(state.edit.doc), state.edit.etag);
    });
    $("#conflict-theirs").addEventListener("click", async () => {
      const c = state.conflict;
      state.edit = { id: state.edit.id, doc: c.theirs, etag: c.etag };
      hideConflict();
      fillEdit(c.theirs);
      $("#o-name").focus();
    });
    $("#conflict-mine").addEventListener("click", () => {
      const c = state.conflict;
      const doc = applyForm(c.theirs, c.mine);
      state.edit = { id: state.edit.id, doc: c.theirs, etag: c.etag };
      save(doc, c.etag);
    });
    $("#coverage-form").addEventListener("submit", (e) => { e.preventDefault(); showCoverage(false); });
    $("#cov-topics").addEventListener("change", () => {
      if (state.coverage) { state.coverage.facet = $("#cov-topics").value; renderCoverage(); }
    });
    // Nothing of the need outlives the page, not even in the back-forward cache.
    window.addEventListener("pagehide", () => {
      clearNeed();
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
