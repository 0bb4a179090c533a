// The case workers' and providers' page of examples/server, tested in a real
// browser: Debian's Chromium driven by playwright-core, against the server
// on loopback with a fresh SQLite catalogue (the library's sample), with
// axe-core injected into every main state.
//
//   node .ci/browser/page.test.mjs [--server BINARY] [--update-screenshots]
//
// Without --server the server is built with `go build`. With
// --update-screenshots (or UPDATE_SCREENSHOTS=1) the PNGs of the main states
// are written to docs/screenshots/; otherwise to a temporary directory.
// Any failed check exits 1 and leaves a screenshot of the failing state.
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const args = process.argv.slice(2);
const update = args.includes("--update-screenshots") || process.env.UPDATE_SCREENSHOTS === "1";
const serverArg = args.includes("--server") ? args[args.indexOf("--server") + 1] : "";

const work = mkdtempSync(join(tmpdir(), "lmh-page-"));
const shots = update ? join(root, "docs/screenshots") : join(work, "screenshots");
mkdirSync(shots, { recursive: true });
const TOKEN = "page-test-token-5d0e";
// The person's words, a parent's description of a child. They are also the
// sentinel: they must reach the server only in POST bodies, never in a URL,
// a log line or the browser's storage.
const NEED_TEXT = "Sønnen vår har fått epilepsi. Vi foreldre vil lære mer, helst på kveldstid.";
const SENTINEL = /epilepsi|kveldstid|Bergen|Berg\b|Demens|sukkersyk|demenz|Kautok/i;

let failures = 0;
let server;
let browser;
const axeSummary = [];

function log(...a) { console.log(...a); }
function check(ok, what) {
  if (ok) { log("ok   " + what); return; }
  failures++;
  log("FAIL " + what);
}

// ------------------------------------------------------------ the server

async function startServer() {
  let bin = serverArg;
  if (!bin) {
    bin = join(work, "server");
    execFileSync("go", ["build", "-o", bin, "."], { cwd: join(root, "examples/server"), stdio: "inherit" });
  }
  const out = [];
  const err = [];
  server = spawn(bin, ["-addr", "127.0.0.1:0", "-db", join(work, "page.db"), "-token", TOKEN], { stdio: ["ignore", "pipe", "pipe"] });
  server.stdout.on("data", (b) => out.push(b.toString()));
  server.stderr.on("data", (b) => err.push(b.toString()));
  for (let i = 0; i < 240; i++) {
    const m = out.join("").match(/http:\/\/[0-9.:]+/);
    if (m) return { url: m[0], log: () => err.join("") };
    if (server.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("the server did not start:\n" + err.join(""));
}

// ------------------------------------------------------------ helpers

async function ready(page) {
  await page.waitForSelector("body[data-ready=true]");
}

// axe runs axe-core on the page as it is and records the violations by
// impact; serious and critical ones fail the test.
async function axe(page, state) {
  await page.evaluate(axeSource);
  const r = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  const byImpact = {};
  for (const v of r.violations) byImpact[v.impact] = (byImpact[v.impact] || 0) + v.nodes.length;
  axeSummary.push({ state, rules: r.violations.map((v) => v.id + " (" + v.impact + ", " + v.nodes.length + ")") });
  const bad = r.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  for (const v of bad) log("     axe " + v.impact + " " + v.id + ": " + v.help + " — " + v.nodes.map((n) => n.target.join(" ")).join("; "));
  check(bad.length === 0, `axe-core on ${state}: no serious or critical violations (all: ${JSON.stringify(byImpact)})`);
}

// shot keeps a screenshot of the viewport with the element sel near its top.
async function shot(page, name, sel) {
  if (sel) await page.$eval(sel, (el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 90));
  await page.screenshot({ path: join(shots, name + ".png"), animations: "disabled", caret: "hide" });
}

async function noOverflow(page, what) {
  const w = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, view: window.innerWidth }));
  check(w.doc <= w.view, `${what}: nothing wider than the ${w.view} px viewport (document ${w.doc} px)`);
}

// pick types into a combobox and chooses the option with the given text by
// keyboard (arrow keys and Enter).
async function pick(page, input, typed, option) {
  await page.fill(input, "");
  await page.type(input, typed, { delay: 20 });
  const list = await page.getAttribute(input, "aria-controls");
  // The list answering the whole of what was typed, not a search under way.
  await page.waitForSelector(`#${list}[data-q="${typed}"] li[role=option]:has-text("${option}")`);
  const texts = await page.$$eval(`#${list} li[role=option]`, (lis) => lis.map((li) => li.textContent));
  const i = texts.findIndex((x) => x.includes(option));
  for (let k = 0; k <= i; k++) await page.press(input, "ArrowDown");
  const active = await page.getAttribute(input, "aria-activedescendant");
  check(active === `${list}-${i}`, `combobox ${input}: arrow keys move the active option (aria-activedescendant ${active})`);
  await page.press(input, "Enter");
  await page.waitForSelector(`#${list}[hidden]`, { state: "attached" });
}

// ------------------------------------------------------------ the scenarios

async function findAndExplain(ctx, base, requests, server) {
  const page = await ctx.newPage();
  await page.goto(base + "/");
  await ready(page);
  check(await page.isVisible("#privacy"), "the page says how the need is handled (privacy notice visible)");
  check((await page.textContent("h1:visible")) === "Finn et tilbud", "opens in Bokmål on Find an offering");

  // An empty form asks for something.
  await page.click("button[type=submit]:has-text('Finn tilbud')");
  await page.waitForSelector("#free-text-err:not([hidden])");
  check(await page.evaluate(() => document.activeElement.id === "free-text"), "an empty need is refused at the text field, with focus there");

  // The labels are the library's, through /api/vocabulary.
  const roles = await page.$$eval("#need-role option", (os) => os.map((o) => o.textContent));
  check(roles.includes("pårørende") && roles.includes("pasient"), `role options are the library's labels (${roles.join(", ")})`);

  // The autocompletes: a Sami name by its Norwegian parallel name, a
  // condition by a misspelling and by a lay word.
  await pick(page, "#need-municipality", "Kautok", "Guovdageaidnu");
  await pick(page, "#need-condition", "demenz", "demens");
  await pick(page, "#need-condition", "sukkersyk", "diabetes");
  check((await page.inputValue("#need-condition")) === "diabetes", "a lay word finds the condition (sukkersyke → diabetes)");
  await page.fill("#need-condition", "");

  await page.fill("#free-text", NEED_TEXT);
  await pick(page, "#need-municipality", "Berg", "Bergen");
  check((await page.inputValue("#need-municipality")) === "Bergen", "kommune picked from the autocomplete");
  await page.click("button[type=submit]:has-text('Finn tilbud')");
  await page.waitForSelector("#result-list > li");
  const names = await page.$$eval("#result-list h3", (hs) => hs.map((h) => h.textContent));
  check(names.length > 0 && names.some((n) => n.includes("Epilepsikurs for foreldre")),
    `ranked results for a parent's description and a kommune (${names.length}: ${names.slice(0, 3).join(" | ")} …)`);
  check(names.every((n, i) => n.startsWith(i + 1 + ". ")), "results are numbered by rank");
  const reasons = await page.$$eval("#result-list > li", (lis) => lis.map((li) => li.querySelectorAll(".reasons li").length));
  check(reasons.every((n) => n > 0), "every result carries its reasons");
  const fromText = await page.$$eval("#result-list li[data-from-text] .badge", (bs) => bs.map((b) => b.textContent));
  check(fromText.length > 0 && fromText[0] === "fra teksten", `facts read from the text are marked (${fromText.length} reasons)`);
  check(await page.isVisible("#from-text"), "a summary names what was read from the text");
  const conf = await page.$$eval("#result-list .confidence", (ps) => ps.map((p) => p.textContent));
  check(conf.length === names.length && conf.every((c) => /Hvor godt det passer: (eksakt|høy|lav) – \S/.test(c)),
    `confidence in words (${conf[0]})`);
  await shot(page, "find-results", "#need-form .actions");
  await axe(page, "results (nb)");

  // Nynorsk: the page and the answers follow, the need is asked for again by POST.
  const before = requests.filter((r) => r.path === "/api/match").length;
  await page.click(".langs button[data-lang=nn]");
  await page.waitForSelector("html[lang=nn]");
  await page.waitForFunction(() => document.querySelector("#result-list .reasons li") &&
    document.querySelector("#result-list").textContent.includes("frå teksten din"));
  check((await page.textContent("h1:visible")) === "Finn eit tilbod", "switched to Nynorsk: heading");
  const nnMatch = requests.filter((r) => r.path === "/api/match").slice(before);
  check(nnMatch.length === 1 && nnMatch[0].method === "POST" && nnMatch[0].lang === "nn",
    "switched to Nynorsk: the match is asked again by POST with Accept-Language: nn");
  const nnRoles = await page.$$eval("#need-role option", (os) => os.map((o) => o.textContent));
  check(nnRoles.includes("pårørande"), "switched to Nynorsk: the library's Nynorsk labels (pårørande)");
  check((await page.inputValue("#free-text")) === NEED_TEXT, "switched to Nynorsk: the form keeps what was typed");

  // Why not?
  await pick(page, "#whynot-offering", "Demensskole", "Demensskole");
  await page.click("#whynot-form button[type=submit]");
  await page.waitForSelector("#whynot-summary");
  const why = await page.textContent("#whynot-summary");
  check(/kom ikkje med fordi dette ikkje stemmer: .*målgruppe/.test(why), `why not: the constraints that left it out (${why})`);
  const failedReasons = await page.$$eval("#whynot-out .fit-not_met", (lis) => lis.length);
  check(failedReasons > 0, `why not: the reasons that did not fit are shown (${failedReasons})`);
  await shot(page, "why-not-nn", "#whynot-h");
  await axe(page, "why not (nn)");

  // English too.
  await page.click(".langs button[data-lang=en]");
  await page.waitForSelector("html[lang=en]");
  await page.waitForFunction(() => document.querySelector("#whynot-summary") &&
    document.querySelector("#whynot-summary").textContent.includes("was left out"));
  check((await page.textContent("h1:visible")) === "Find an offering", "switched to English");

  // Keyboard: focus is visible on the controls.
  await page.focus("#free-text");
  await page.keyboard.press("Tab");
  const ring = await page.evaluate(() => {
    const el = document.activeElement;
    const s = getComputedStyle(el);
    return { tag: el.tagName, style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
  check(ring.style !== "none" && ring.width >= 2, `focus is visible (${ring.tag}: ${ring.style} ${ring.width}px)`);

  // The need went only into POST bodies; nothing of it is in the browser.
  const leaked = requests.filter((r) => SENTINEL.test(decodeURIComponent(r.url)));
  check(leaked.length === 0, `no URL carries what was typed (${requests.length} requests)`);
  const needRoutes = requests.filter((r) => ["/api/match", "/api/explain", "/api/glossary/search", "/api/municipalities/search"].includes(r.path));
  check(needRoutes.length > 0 && needRoutes.every((r) => r.method === "POST"), "need and typed lookups are sent by POST only");
  check(requests.some((r) => r.path === "/api/match" && r.post.includes("kveldstid")), "the need is in a POST body (the test sees it)");
  const stored = await page.evaluate(async () => ({
    local: localStorage.length, session: sessionStorage.length, cookie: document.cookie,
    idb: (await indexedDB.databases()).length, caches: (await caches.keys()).length
  }));
  check(stored.local === 0 && stored.session === 0 && stored.cookie === "" && stored.idb === 0 && stored.caches === 0,
    `nothing stored in the browser (${JSON.stringify(stored)})`);
  check(server.log().includes("/api/match") && !SENTINEL.test(server.log()), "the server's log holds nothing of the need (and it logs requests)");

  // Leaving the page forgets the need, back-forward cache or not.
  await page.goto("about:blank");
  await page.goBack();
  await ready(page);
  check((await page.inputValue("#free-text")) === "" && (await page.$$("#result-list > li")).length === 0,
    "after leaving and coming back, the need and the results are gone");
  await page.close();
}

async function narrow(ctx, base) {
  const page = await ctx.newPage();
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(base + "/?lang=nb");
  await ready(page);
  await page.fill("#free-text", NEED_TEXT);
  await pick(page, "#need-municipality", "Voss", "Voss");
  await page.click("button[type=submit]:has-text('Finn tilbud')");
  await page.waitForSelector("#result-list > li");
  await noOverflow(page, "360 px, results");
  await shot(page, "find-360", "#results-h");
  await axe(page, "results at 360 px");
  await page.goto(base + "/?lang=nb#edit");
  await ready(page);
  await pick(page, "#edit-offering", "Leve med kols", "Leve med kols");
  await page.click("#edit-pick button[type=submit]");
  await page.waitForSelector("#edit-form:not([hidden])");
  await noOverflow(page, "360 px, the offering form");
  await page.goto(base + "/?lang=nb#coverage");
  await ready(page);
  await page.click("#coverage-form button[type=submit]");
  await page.waitForSelector("#coverage-out table");
  await noOverflow(page, "360 px, the coverage table (it scrolls in its own box)");
  await page.close();
}

async function openForEdit(ctx, base, name) {
  const page = await ctx.newPage();
  await page.goto(base + "/?lang=nb#edit");
  await ready(page);
  await pick(page, "#edit-offering", name, name);
  await page.click("#edit-pick button[type=submit]");
  await page.waitForSelector("#edit-form:not([hidden])");
  await page.fill("#o-token", TOKEN);
  return page;
}

async function edit(ctx, base) {
  const page = await openForEdit(ctx, base, "Leve med kols");
  check((await page.inputValue("#o-name")).startsWith("Leve med kols"), "the offering is opened into the form");
  const problems = [];
  page.on("response", async (res) => {
    if (res.request().method() === "PUT" && res.status() === 422) problems.push(await res.json());
  });
  // A group offering for one participant: the server's rule, at its field.
  await page.fill("#o-cap-max", "1");
  await page.click("#edit-form button[type=submit]");
  await page.waitForSelector("#o-cap-max-err:not([hidden])");
  const msg = await page.textContent("#o-cap-max-err");
  const p = problems[0];
  const want = p && p.errors.find((e) => e.pointer === "/frames/capacity/max");
  check(want && msg === want.message && want.rule === "group_capacity",
    `the server's validation message is shown at its field (${msg})`);
  check((await page.getAttribute("#o-cap-max", "aria-invalid")) === "true", "the field is marked invalid");
  check(await page.evaluate(() => document.activeElement.id === "edit-summary"), "focus moves to the list of problems");
  const linked = await page.$$eval("#edit-summary li a", (as) => as.map((a) => a.textContent));
  check(linked.length === p.errors.length, `every problem is listed with a link to its field (${linked.join(" | ")})`);
  await shot(page, "edit-error", "#edit-summary");
  await axe(page, "offering form with errors");
  await page.click("#edit-summary li a");
  check(await page.evaluate(() => document.activeElement.id === "o-cap-max"), "a problem's link moves focus to its field");

  // A wrong token: the problem lands at the token field.
  await page.fill("#o-cap-max", "14");
  await page.fill("#o-token", "not-the-token");
  await page.click("#edit-form button[type=submit]");
  await page.waitForSelector("#o-token-err:not([hidden])");
  check((await page.textContent("#o-token-err")).length > 0, "a wrong token is reported at the token field");
  await page.fill("#o-token", TOKEN);
  await page.click("#edit-form button[type=submit]");
  await page.waitForSelector("#edit-status:has-text('Lagret')");
  check((await page.getAttribute("#o-cap-max", "aria-invalid")) === null, "a good save clears the errors");
  await page.close();
}

async function conflict(ctx, base) {
  const a = await openForEdit(ctx, base, "Frisklivskurs");
  const b = await openForEdit(ctx, base, "Frisklivskurs");
  const name = await a.inputValue("#o-name");
  await a.fill("#o-name", name + " (vår)");
  await a.click("#edit-form button[type=submit]");
  await a.waitForSelector("#edit-status:has-text('Lagret')");
  check(true, "tab 1 saves");
  // Tab 2 changes the capacity, and the name too (a field both change).
  await b.fill("#o-cap-enrolled", "3");
  await b.fill("#o-name", name + " (høst)");
  await b.click("#edit-form button[type=submit]");
  await b.waitForSelector("#conflict:not([hidden])");
  const listed = await b.$$eval("#conflict-fields li", (lis) => lis.map((li) => li.textContent));
  const navn = listed.find((x) => x.startsWith("Navn")) || "";
  check(navn.includes(name + " (vår)") && navn.includes(name + " (høst)"),
    `tab 2 sees the conflict, what the other changed and to what, beside its own value of a field both changed (${listed.join(" | ")})`);
  check((await b.inputValue("#o-name")) === name + " (høst)" && (await b.inputValue("#o-cap-enrolled")) === "3",
    `the form keeps what tab 2 typed in the fields it changed (${await b.inputValue("#o-name")}; ${await b.inputValue("#o-cap-enrolled")})`);
  check(await b.evaluate(() => document.activeElement.id === "conflict"), "focus moves to the conflict");
  await shot(b, "edit-conflict", "#conflict");
  await axe(b, "offering form with a conflict");
  // A third person saves before "Save mine" (its description): that save
  // gets 412 too, and the next one keeps both others' changes.
  const id = await b.evaluate(() => document.querySelector("#edit-offering").picked.value);
  const third = await fetch(base + "/api/offerings/" + id);
  const thirdDoc = await third.json();
  const thirdPut = await fetch(base + "/api/offerings/" + id, {
    method: "PUT", headers: { Authorization: "Bearer " + TOKEN, "If-Match": third.headers.get("ETag"), "Content-Type": "application/json" },
    body: JSON.stringify({ ...thirdDoc, description: "En tredje person skrev denne teksten." })
  });
  check(thirdPut.status === 200, `setup: a third person saves (${thirdPut.status})`);
  await b.click("#conflict-mine");
  await b.waitForSelector("#conflict-fields li:has-text('Beskrivelse')");
  const again = await b.$$eval("#conflict-fields li", (lis) => lis.map((li) => li.textContent));
  check(again.some((x) => x.startsWith("Navn")) && again.some((x) => x.startsWith("Beskrivelse") && x.includes("En tredje person skrev denne teksten.")),
    `a second 412 lists what both others changed since the person's version (${again.join(" | ")})`);
  // The form shows what is true: the third person's description (a field
  // only they changed), the person's own name and capacity.
  check((await b.inputValue("#o-description")) === "En tredje person skrev denne teksten." &&
    (await b.inputValue("#o-name")) === name + " (høst)" && (await b.inputValue("#o-cap-enrolled")) === "3",
    `while the choice is open the form shows the others' values where only they changed a field (${await b.inputValue("#o-description")})`);
  await b.click("#conflict-mine");
  await b.waitForSelector("#edit-status:has-text('Lagret')");
  const saved = await b.evaluate(async (id) => (await fetch("/api/offerings/" + id)).json(), id);
  check(saved.name === name + " (høst)" && saved.frames.capacity.enrolled === 3 && saved.description === "En tredje person skrev denne teksten.",
    `saving mine over theirs keeps the others' changes and adds mine (${saved.name}; ${saved.description})`);
  await a.close();
  await b.close();
}

// An imported offering a person renamed and described, whose listing then
// says otherwise: the form names the fields the listing disagrees on (not
// its values), in nb and nn, and a save clears the note.
const LISTED_ID = "6f1d3c52-0b7e-4c1a-9a39-00000000cf10";
async function listingConflicts(ctx, base) {
  const auth = { Authorization: "Bearer " + TOKEN };
  const seed = (await fetch(base + "/api/offerings?limit=1").then((r) => r.json())).items[0];
  const line = (name, description) => JSON.stringify({ ...seed, id: LISTED_ID, name, description });
  const imp = async (body) => (await fetch(base + "/api/offerings/import", {
    method: "POST", headers: { ...auth, "Content-Type": "application/x-ndjson" }, body: body + "\n"
  }).then((r) => r.json())).lines[0];
  const first = await imp(line("Kurs fra utlysningen", "Teksten fra utlysningen."));
  const edited = { ...seed, id: LISTED_ID, name: "Kursnavn fra en person", description: "Teksten en person skrev." };
  const put = await fetch(base + "/api/offerings/" + LISTED_ID, {
    method: "PUT", headers: { ...auth, "If-Match": "*", "Content-Type": "application/json" }, body: JSON.stringify(edited)
  });
  const rerun = await imp(line("Nytt kursnavn i utlysningen", "Ny tekst i utlysningen."));
  check(first.outcome === "created" && put.status === 200 && rerun.outcome === "unchanged" && rerun.conflicts.join(",") === "description,name",
    `setup: the listing now disagrees on the name and description (${first.outcome}, ${put.status}, ${rerun.outcome} ${rerun.conflicts})`);

  // Opened before the token is given: the public read names no
  // conflicts, so Save first reads them with the token and shows them
  // instead of saving (the save would clear them unseen).
  const page = await openForEdit(ctx, base, "Kursnavn fra en person");
  check(await page.isHidden("#listing-box"), "without the token the form names no conflicts (Lmh-Conflicts needs the token)");
  const etag = (await fetch(base + "/api/offerings/" + LISTED_ID)).headers.get("ETag");
  await page.click("#edit-form button[type=submit]");
  await page.waitForSelector("#listing-box:not([hidden])");
  check((await fetch(base + "/api/offerings/" + LISTED_ID)).headers.get("ETag") === etag, "Save with the token given after opening shows the conflicts and saves nothing");
  const pub = await fetch(base + "/api/offerings/" + LISTED_ID);
  const withToken = await fetch(base + "/api/offerings/" + LISTED_ID, { headers: auth });
  check(pub.headers.get("Lmh-Conflicts") === null && withToken.headers.get("Lmh-Conflicts") === "description, name",
    `Lmh-Conflicts only with the token (${pub.headers.get("Lmh-Conflicts")} | ${withToken.headers.get("Lmh-Conflicts")})`);
  const listed = await page.$$eval("#listing-fields li a", (as) => as.map((a) => a.textContent));
  check(listed.join(",") === "Beskrivelse,Navn", `the form names the fields the listing disagrees on (${listed.join(", ")})`);
  check((await page.textContent("#edit-status")).includes("Utlysningen sier nå noe annet: Beskrivelse, Navn"),
    "the status says so when the offering is opened");
  // What the listing now says, per field, beside the person's values on
  // the form (read with the token; a reader never gets them).
  await page.waitForSelector("#listing-fields li:has-text('Nytt kursnavn i utlysningen')");
  const says = await page.$$eval("#listing-fields li", (lis) => lis.map((li) => li.textContent));
  check(says[0].includes("«Ny tekst i utlysningen.»") && says[1].includes("«Nytt kursnavn i utlysningen»") &&
    (await page.inputValue("#o-name")) === "Kursnavn fra en person",
    `the note gives what the listing now says per field; the form holds the person's values (${says.join(" | ")})`);
  await page.click("#listing-fields li:last-child a");
  check(await page.evaluate(() => document.activeElement.id === "o-name"), "a field's link moves focus to it");
  await shot(page, "listing-conflicts", "#listing-box");
  await axe(page, "an offering the listing disagrees on (nb)");
  await page.click(".langs button[data-lang=nn]");
  await page.waitForSelector("#listing-box h2:has-text('Utlysinga seier no noko anna')");
  const nn = await page.$$eval("#listing-fields li", (lis) => lis.map((li) => li.textContent));
  check(nn.map((x) => x.split(" – ")[0]).join(",") === "Skildring,Namn" && nn[1].includes("utlysinga seier no «Nytt kursnavn i utlysningen»"),
    `in Nynorsk too (${nn.join(" | ")})`);
  await axe(page, "an offering the listing disagrees on (nn)");
  await page.click(".langs button[data-lang=nb]");
  await page.click("#edit-form button[type=submit]");
  await page.waitForSelector("#edit-status:has-text('Lagret')");
  check(await page.isHidden("#listing-box"), "a save clears the note");
  const after = await fetch(base + "/api/offerings/" + LISTED_ID, { headers: auth });
  check(after.status === 200 && after.headers.get("Lmh-Conflicts") === null, "and the API holds no conflicts after it");

  // Opened with the token: the note is there at once.
  const again = await ctx.newPage();
  await again.goto(base + "/?lang=nb#edit");
  await ready(again);
  await again.fill("#o-token", TOKEN);
  await imp(line("Et tredje kursnavn i utlysningen", "Ny tekst i utlysningen."));
  await pick(again, "#edit-offering", "Kursnavn fra en person", "Kursnavn fra en person");
  await again.click("#edit-pick button[type=submit]");
  await again.waitForSelector("#edit-form:not([hidden])");
  await again.waitForSelector("#listing-box:not([hidden])");
  const named = await again.$$eval("#listing-fields li a", (as) => as.map((a) => a.textContent));
  check(named.join(",") === "Navn", `opened with the token, the form names the conflict at once (${named.join(", ")})`);
  await again.waitForSelector("#listing-fields li:has-text('Et tredje kursnavn i utlysningen')");
  check(true, "and what the listing now says");

  // The listing renames it once more while the page shows the name before
  // (the same conflict, another value): a Save gets 412, and "Save mine"
  // shows the listing's new value and saves nothing until the next Save.
  const puts = [];
  again.on("request", (r) => { if (r.method() === "PUT") puts.push(r.url()); });
  const moved = await imp(line("Et fjerde kursnavn i utlysningen", "Ny tekst i utlysningen."));
  check(moved.outcome === "unchanged" && (moved.conflicts || []).join(",") === "name",
    `setup: the listing's next name, the same conflict (${moved.outcome} ${moved.conflicts})`);
  await again.click("#edit-form button[type=submit]");
  await again.waitForSelector("#conflict:not([hidden]), #edit-status:has-text('Lagret')");
  check(puts.length === 1 && await again.isVisible("#conflict"),
    `a Save over the listing's next value at a conflict the page showed gets 412 (${puts.length} PUT, ${await again.textContent("#edit-status")})`);
  if (await again.isVisible("#conflict")) {
    await again.click("#conflict-mine");
    await again.waitForSelector("#listing-fields li:has-text('Et fjerde kursnavn i utlysningen'), #edit-status:has-text('Lagret')");
    check(puts.length === 1 && await again.isVisible("#listing-box"),
      `"Save mine" shows what the listing now says and saves nothing (${puts.length} PUT)`);
    await again.click("#edit-form button[type=submit]");
    await again.waitForSelector("#edit-status:has-text('Lagret')");
    check(puts.length === 2 && await again.isHidden("#listing-box"), "the next Save goes through and clears the note");
  }
  await again.close();
  await page.close();

  // An import lands between the page's two reads (the offering, then what
  // the listing says at its conflicts): the second answer carries another
  // ETag and the listing's next values, which are not the form's version's
  // and must not be shown as if they were.
  const fifth = await imp(line("Et femte kursnavn i utlysningen", "Ny tekst i utlysningen."));
  check(fifth.outcome === "unchanged" && (fifth.conflicts || []).join(",") === "name",
    `setup: the listing disagrees on the name again (${fifth.outcome} ${fifth.conflicts})`);
  const late = await ctx.newPage();
  let landed = null;
  await late.route("**/api/offerings/*/conflicts", async (route) => {
    if (!landed) landed = await imp(line("Et sjette kursnavn i utlysningen", "Ny tekst i utlysningen."));
    await route.continue();
  });
  await late.goto(base + "/?lang=nb#edit");
  await ready(late);
  await late.fill("#o-token", TOKEN);
  await pick(late, "#edit-offering", "Kursnavn fra en person", "Kursnavn fra en person");
  const answered = late.waitForResponse((r) => r.url().endsWith("/conflicts"));
  await late.click("#edit-pick button[type=submit]");
  await late.waitForSelector("#listing-box:not([hidden])");
  const res = await answered;
  await res.finished();
  await late.waitForTimeout(300); // the page's handler of the answer has run
  const lateSays = await late.$$eval("#listing-fields li", (lis) => lis.map((li) => li.textContent));
  check(landed && landed.outcome === "unchanged" && res.status() === 200 && /Et sjette kursnavn/.test(await res.text()),
    `setup: the import landed between the reads and the conflicts answer carries its value (${landed && landed.outcome}, ${res.status()})`);
  check(lateSays.join(",") === "Navn" && !lateSays.some((x) => /Et (femte|sjette) kursnavn/.test(x)),
    `a conflicts answer of another version (another ETag) is not shown as the form's (${lateSays.join(" | ")})`);
  await late.close();
}

// A save over an import that stored a new conflict: the offering opened
// with the token (no conflicts yet) and edited; an import then stores a
// conflict on the name, a new version with the same body; another person
// had changed the provider. Save gets 412, "Save mine" shows the listing's
// new conflict and saves nothing; the person's next Save (the form's, with
// the choice between versions still open) saves only their own changes
// over the other version and clears the conflict.
const SAVE_MINE_ID = "6f1d3c52-0b7e-4c1a-9a39-00000000cf11";
async function saveMineOverNewConflicts(ctx, base) {
  const auth = { Authorization: "Bearer " + TOKEN };
  const seed = (await fetch(base + "/api/offerings?limit=1").then((r) => r.json())).items[0];
  const line = (name) => JSON.stringify({ ...seed, id: SAVE_MINE_ID, name, description: "Teksten fra utlysningen om sorg." });
  const imp = async (body) => (await fetch(base + "/api/offerings/import", {
    method: "POST", headers: { ...auth, "Content-Type": "application/x-ndjson" }, body: body + "\n"
  }).then((r) => r.json())).lines[0];
  const first = await imp(line("Sorggruppe fra utlysningen"));
  const put = await fetch(base + "/api/offerings/" + SAVE_MINE_ID, {
    method: "PUT", headers: { ...auth, "If-Match": "*", "Content-Type": "application/json" },
    body: JSON.stringify({ ...JSON.parse(line("Sorggruppe for etterlatte")) })
  });
  check(first.outcome === "created" && put.status === 200, `setup: an imported offering a person renamed (${first.outcome}, ${put.status})`);

  const page = await ctx.newPage();
  const puts = [];
  page.on("request", (r) => { if (r.method() === "PUT") puts.push(r.url()); });
  await page.goto(base + "/?lang=nb#edit");
  await ready(page);
  await page.fill("#o-token", TOKEN);
  await pick(page, "#edit-offering", "Sorggruppe for etterlatte", "Sorggruppe for etterlatte");
  await page.click("#edit-pick button[type=submit]");
  await page.waitForSelector("#edit-form:not([hidden])");
  check(await page.isHidden("#listing-box"), "opened with the token before the import: no conflicts on the form");
  await page.fill("#o-description", "Teksten en person skrev om sorg.");

  // Another person changes a field this one did not touch (the provider).
  const other = await fetch(base + "/api/offerings/" + SAVE_MINE_ID, { headers: auth });
  const otherDoc = await other.json();
  const otherPut = await fetch(base + "/api/offerings/" + SAVE_MINE_ID, {
    method: "PUT", headers: { ...auth, "If-Match": other.headers.get("ETag"), "Content-Type": "application/json" },
    body: JSON.stringify({ ...otherDoc, provider: { ...otherDoc.provider, name: "Sorgsenteret i byen" } })
  });
  check(otherPut.status === 200, `setup: another person changes the provider (${otherPut.status})`);

  // The listing renames it: the merge keeps the person's name and stores
  // the conflict, with a new version.
  const before = (await fetch(base + "/api/offerings/" + SAVE_MINE_ID)).headers.get("ETag");
  const rerun = await imp(line("Nytt navn på sorggruppen i utlysningen"));
  const etag = (await fetch(base + "/api/offerings/" + SAVE_MINE_ID)).headers.get("ETag");
  check(rerun.outcome === "unchanged" && (rerun.conflicts || []).join(",") === "name" && etag !== before,
    `setup: the import stores a conflict on the name as a new version (${rerun.outcome} ${rerun.conflicts}, ${before} -> ${etag})`);

  await page.click("#edit-form button[type=submit]");
  await page.waitForSelector("#conflict:not([hidden])");
  check(puts.length === 1 && await page.isHidden("#listing-box"), `the stale save gets 412 and the conflict box (${puts.length} PUT)`);
  check((await page.inputValue("#o-provider")) === "Sorgsenteret i byen" && (await page.inputValue("#o-description")) === "Teksten en person skrev om sorg.",
    `the form shows the other person's provider beside the person's own edit (${await page.inputValue("#o-provider")})`);
  await page.click("#conflict-mine");
  await page.waitForSelector("#listing-box:not([hidden]), #edit-status:has-text('Lagret')");
  const listed = await page.$$eval("#listing-fields li a", (as) => as.map((a) => a.textContent));
  check(await page.isVisible("#listing-box") && listed.join(",") === "Navn",
    `"Save mine" shows the conflict the import stored, which the form had not shown (${listed.join(", ")})`);
  await page.waitForSelector("#listing-fields li:has-text('Nytt navn på sorggruppen i utlysningen')");
  check((await page.inputValue("#o-name")) === "Sorggruppe for etterlatte", "with what the listing now says; the form keeps the person's name");
  check((await page.textContent("#edit-status")).includes("Utlysningen sier nå noe annet: Navn"), "the status names it");
  check(puts.length === 1 && (await fetch(base + "/api/offerings/" + SAVE_MINE_ID)).headers.get("ETag") === etag,
    `and saves nothing until the person saves again (${puts.length} PUT)`);
  const kept = await fetch(base + "/api/offerings/" + SAVE_MINE_ID, { headers: auth });
  check(kept.headers.get("Lmh-Conflicts") === "name", `the API still holds the conflict (${kept.headers.get("Lmh-Conflicts")})`);
  check((await page.inputValue("#o-description")) === "Teksten en person skrev om sorg.", "the form keeps the person's edit");
  await axe(page, "save mine over a new conflict of the listing");
  // The language switched while the choice is open: the box's list and
  // the listing's note are drawn again in it; the choice and the form stay.
  await page.click(".langs button[data-lang=en]");
  await page.waitForSelector("#listing-box h2:has-text('The listing now says otherwise')");
  const enBox = await page.$$eval("#conflict-fields li", (lis) => lis.map((li) => li.textContent));
  const enNote = await page.$$eval("#listing-fields li", (lis) => lis.map((li) => li.textContent));
  check(enBox.join(" | ") === "Provider: “Sorgsenteret i byen” (now on the form)" &&
    enNote.join(" | ") === "Name – the listing now says “Nytt navn på sorggruppen i utlysningen”",
    `in English the conflict's list and the listing's note are drawn again (${enBox.join(" | ")}; ${enNote.join(" | ")})`);
  check(await page.isVisible("#conflict") && (await page.inputValue("#o-description")) === "Teksten en person skrev om sorg." &&
    (await page.inputValue("#o-provider")) === "Sorgsenteret i byen" && puts.length === 1,
    "the choice stays open with the form as it was, and nothing is saved");
  await page.click(".langs button[data-lang=nb]");
  await page.waitForSelector("#listing-box h2:has-text('Utlysningen sier nå noe annet')");

  // The person has seen it and saves: their edit on top of the new version.
  await page.click("#edit-form button[type=submit]");
  await page.waitForSelector("#edit-status:has-text('Lagret')");
  check(puts.length === 2 && await page.isHidden("#listing-box") && await page.isHidden("#conflict"), "the next Save goes through and clears the note");
  const after = await fetch(base + "/api/offerings/" + SAVE_MINE_ID, { headers: auth });
  const saved = await after.json();
  check(after.headers.get("Lmh-Conflicts") === null && saved.name === "Sorggruppe for etterlatte" && saved.description === "Teksten en person skrev om sorg.",
    `saved with the person's values, the conflict cleared (${saved.name}; ${after.headers.get("Lmh-Conflicts")})`);
  // The form's Save, with the choice between versions still open, saves
  // only the person's changes: the other person's provider stays.
  check(saved.provider.name === "Sorgsenteret i byen",
    `the other person's change to a field this one did not touch is kept (${saved.provider.name})`);
  await page.close();
}

// A conflict read in three languages, over values the form cannot hold
// exactly: the other person saved a name with spaces around it, and the
// description (which nobody changed) keeps a CRLF. The person changed the
// delivery (the other did too) and the number enrolled. The box's list
// follows the language without losing the choice or what the person typed,
// and "Save mine" sends the other version's values exactly as the server
// gave them where the person changed nothing.
const SPELL_ID = "6f1d3c52-0b7e-4c1a-9a39-00000000cf12";
async function conflictInLanguages(ctx, base) {
  const auth = { Authorization: "Bearer " + TOKEN };
  const seed = (await fetch(base + "/api/offerings?limit=1").then((r) => r.json())).items[0];
  const NAME = "Mestringskurs om rus for pårørende";
  const THEIR_NAME = "  Mestringskurs om rus for pårørende – vår ";
  const DESCRIPTION = "Første linje.\r\nAndre linje.";
  const first = (await fetch(base + "/api/offerings/import", {
    method: "POST", headers: { ...auth, "Content-Type": "application/x-ndjson" },
    body: JSON.stringify({ ...seed, id: SPELL_ID, name: NAME, description: DESCRIPTION, delivery: "in_person" }) + "\n"
  }).then((r) => r.json())).lines[0];
  check(first.outcome === "created", `setup: an offering whose description holds a CRLF (${first.outcome})`);

  const page = await ctx.newPage();
  const puts = [];
  page.on("request", (r) => { if (r.method() === "PUT") puts.push(r.postData()); });
  await page.goto(base + "/?lang=nb#edit");
  await ready(page);
  await page.fill("#o-token", TOKEN);
  await pick(page, "#edit-offering", NAME, NAME);
  await page.click("#edit-pick button[type=submit]");
  await page.waitForSelector("#edit-form:not([hidden])");
  await page.fill("#o-cap-enrolled", "4");
  await page.selectOption("#o-delivery", "hybrid");

  const other = await fetch(base + "/api/offerings/" + SPELL_ID, { headers: auth });
  const otherDoc = await other.json();
  const otherPut = await fetch(base + "/api/offerings/" + SPELL_ID, {
    method: "PUT", headers: { ...auth, "If-Match": other.headers.get("ETag"), "Content-Type": "application/json" },
    body: JSON.stringify({ ...otherDoc, name: THEIR_NAME, delivery: "digital" })
  });
  check(otherPut.status === 200, `setup: another person saves a name with spaces around it and another delivery (${otherPut.status})`);

  await page.click("#edit-form button[type=submit]");
  await page.waitForSelector("#conflict:not([hidden])");
  const list = async () => (await page.$$eval("#conflict-fields li", (lis) => lis.map((li) => li.textContent))).sort();
  const nb = await list();
  check(nb.join(" | ") === `Gjennomføring: de skrev «digitalt»; skjemaet har fortsatt ditt: «hybrid» | Navn: «${THEIR_NAME}» (nå i skjemaet)`,
    `the conflict lists what the other changed (${nb.join(" | ")})`);
  // Typed while the choice is open.
  await page.fill("#o-cap-max", "20");

  await page.click(".langs button[data-lang=en]");
  await page.waitForSelector("#conflict h2:has-text('Someone else saved the offering')");
  const en = await list();
  check(en.join(" | ") === `Delivery: they wrote “digital”; the form still has yours: “hybrid” | Name: “${THEIR_NAME}” (now on the form)`,
    `in English the conflict's list is drawn again (${en.join(" | ")})`);
  const kept = async () => [await page.isVisible("#conflict"), await page.inputValue("#o-name"), await page.inputValue("#o-delivery"),
    await page.inputValue("#o-cap-enrolled"), await page.inputValue("#o-cap-max")].join(" | ");
  const want = `true | ${THEIR_NAME} | hybrid | 4 | 20`;
  check(await kept() === want, `the choice stays open and the form keeps what the person typed (${await kept()})`);
  await axe(page, "a conflict in English");

  await page.click(".langs button[data-lang=nn]");
  await page.waitForSelector("#conflict h2:has-text('Nokon andre har lagra tilbodet')");
  const nn = await list();
  check(nn.join(" | ") === `Gjennomføring: dei skreiv «digitalt»; skjemaet har framleis ditt: «hybrid» | Namn: «${THEIR_NAME}» (no i skjemaet)`,
    `in Nynorsk too (${nn.join(" | ")})`);
  check(await kept() === want && puts.length === 1, `and still the same choice and form (${await kept()})`);

  await page.click("#conflict-mine");
  await page.waitForSelector("#edit-status:has-text('Lagra')");
  const sent = JSON.parse(puts[1] || "{}");
  check(sent.name === THEIR_NAME && sent.description === DESCRIPTION,
    `"Save mine" sends the other version's name and the description exactly as the server gave them (${JSON.stringify(sent.name)}; ${JSON.stringify(sent.description)})`);
  const saved = await fetch(base + "/api/offerings/" + SPELL_ID, { headers: auth }).then((r) => r.json());
  check(saved.name === THEIR_NAME && saved.description === DESCRIPTION && saved.delivery === "hybrid" &&
    saved.frames.capacity.enrolled === 4 && saved.frames.capacity.max === 20,
    `stored: their name and the description unchanged, the person's delivery and numbers (${JSON.stringify(saved.name)}, ${saved.delivery})`);
  await page.close();
}

async function coverage(ctx, base) {
  const page = await ctx.newPage();
  await page.goto(base + "/?lang=nb#coverage");
  await ready(page);
  await page.selectOption("#cov-area", "46");
  await page.selectOption("#cov-role", "patient");
  await page.click("#coverage-form button[type=submit]");
  await page.waitForSelector("#coverage-out table");
  const rows = await page.$$eval("#coverage-out tbody tr", (trs) => trs.length);
  check(rows === 43, `Vestland's heat table has a row per municipality (${rows})`);
  const cols = await page.$$eval("#coverage-out thead th", (ths) => ths.length - 1);
  check(cols === 17, `one column per theme (${cols})`);
  await shot(page, "coverage-county", "#coverage-out");
  await axe(page, "coverage of a county");
  await page.selectOption("#cov-area", "helse_vest");
  await page.click("#coverage-form button[type=submit]");
  await page.waitForFunction(() => document.querySelectorAll("#coverage-out tbody tr").length === 2);
  const cells = await page.$$eval("#coverage-out tbody td", (tds) => tds.map((td) => td.textContent));
  check(cells.every((c) => /^\d+\/\d+/.test(c)), "a region's table counts the municipalities of each county");
  await page.selectOption("#cov-topics", "condition");
  const ccols = await page.$$eval("#coverage-out thead th", (ths) => ths.length - 1);
  check(ccols === 52, `conditions instead of themes (${ccols} columns)`);
  await axe(page, "coverage of a region");
  await page.close();
}

// A small harvested catalogue, as `lmhkit classify -emit catalogue` writes
// it: two listings that lack what a listing never says (capacity, coverage,
// user participation), so the import holds both as drafts.
const DRAFT_ID = "42d80f28-0191-5c95-acee-116fdb33908d";
const DROP_ID = "0b7f7a52-5c1e-5d2c-9a57-6f1d3c1e2a10";
const LISTING_TITLE = "Pårørendeskole";
const LISTING_TEXT = "Ringsaker kommune tilbyr pårørendeskole for pårørende til personer med demens. Vi møtes på Moelv bibliotek fem tirsdager fra 2. mars kl. 18.00–20.30. Kurset er gratis.";
const draftLine = (id, name) => JSON.stringify({
  id, lang: "nb", name, description: LISTING_TEXT, provider: { name: "Ringsaker kommune", arena: "municipal" },
  format: "group", programme: "parorendeskole", target_group: { roles: ["next_of_kin"], conditions: ["dementia"] },
  delivery: "in_person", scope: "diagnosis_specific",
  frames: { sessions: 5, hours: 12.5, capacity: {}, cost: { free: true } },
  schedule: { start: "2027-03-02", weekly: [{ weekday: "tuesday", start: "18:00", end: "20:30" }] },
  place: { name: "Moelv bibliotek", municipality: "3411" }, coverage: {}, languages: ["nb"], user_participation: {},
  status: "active", last_modified: "2026-12-07T16:12:01Z"
});

async function drafts(ctx, base, requests) {
  const auth = { Authorization: "Bearer " + TOKEN };
  const imp = await fetch(base + "/api/offerings/import", {
    method: "POST", headers: { ...auth, "Content-Type": "application/x-ndjson" },
    body: draftLine(DRAFT_ID, "Moelv pårørendeskole") + "\n" + draftLine(DROP_ID, "Utkast som skal forkastes") + "\n"
  }).then((r) => r.json());
  check(imp.counts && imp.counts.held === 2, `setup: the import holds two drafts (${JSON.stringify(imp.counts)})`);

  const page = await ctx.newPage();
  await page.goto(base + "/?lang=nb#edit");
  await ready(page);
  await page.click("#drafts-load");
  await page.waitForSelector("#o-token-err:not([hidden])");
  check(await page.evaluate(() => document.activeElement.id === "o-token"), "drafts: without the token, the token field says so");
  await page.fill("#o-token", TOKEN);
  await page.focus("#drafts-load");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#draft-list li.draft");
  const items = await page.$$eval("#draft-list li.draft", (lis) => lis.map((li) => ({ name: li.querySelector("h3").textContent, text: li.textContent })));
  check(items.length === 2 && items.some((i) => i.name === "Moelv pårørendeskole"), `drafts: the held drafts are listed (${items.map((i) => i.name).join(", ")})`);
  const mine = items.find((i) => i.name === "Moelv pårørendeskole");
  check(mine && /Mangler: .*Flest deltakere.*Hvem kan delta.*Brukermedvirkning/.test(mine.text), `drafts: each says what it lacks (${mine && mine.text})`);
  await axe(page, "drafts listed");

  // Complete it, by keyboard where it matters.
  await page.focus(`#draft-list li[data-draft="${DRAFT_ID}"] button:has-text("Fullfør")`);
  await page.keyboard.press("Enter");
  await page.waitForSelector("#draft-box:not([hidden])");
  check(await page.evaluate(() => document.activeElement.id === "draft-box"), "a draft opens in the offering form, focus on what it lacks");
  check((await page.inputValue("#o-name")) === "Moelv pårørendeskole" && (await page.inputValue("#o-provider")) === "Ringsaker kommune" &&
    (await page.inputValue("#o-place-municipality")) === "3411", "the form is prefilled with what the listing gave");
  const missing = await page.$$eval("#draft-missing li", (lis) => lis.map((li) => li.textContent));
  check(missing.length === 3, `the missing fields are listed (${missing.join(" | ")})`);
  check((await page.getAttribute("#o-cap-max", "aria-invalid")) === "true" && (await page.textContent("#o-cap-max-err")).includes("Mangler") &&
    (await page.getAttribute("#o-participation-planning", "aria-invalid")) === "true" && !(await page.isHidden("#o-coverage-err")),
  "the missing fields are marked at their controls");
  await page.waitForSelector("#o-provider-ev");
  const ev = { provider: await page.textContent("#o-provider-ev"), place: await page.textContent("#o-place-municipality-ev") };
  check(ev.provider === "Fra utlysningen: Ringsaker kommune" && ev.place.includes("Moelv") &&
    (await page.getAttribute("#o-provider", "aria-describedby")).includes("o-provider-ev"),
  `each field the listing gave shows the listing's words (${ev.provider} | ${ev.place})`);
  await shot(page, "draft-complete", "#draft-box");
  await axe(page, "a draft on the offering form");
  await page.click("#draft-missing li a");
  check(await page.evaluate(() => document.activeElement.id === "o-cap-max"), "a missing field's link moves focus to it");
  await page.fill("#o-cap-max", "12");
  await page.fill("#o-cov-municipalities", "3411, 3405");
  await page.check("#o-participation-planning");
  await page.check("#o-participation-delivery");
  await page.click("#edit-form button[type=submit]");
  await page.waitForSelector("#edit-status:has-text('Utkastet er nå et publisert tilbud')");
  check(await page.isHidden("#draft-box"), "saved: the draft box is gone");
  const left = await page.$$eval("#draft-list li.draft", (lis) => lis.map((li) => li.dataset.draft));
  check(left.length === 1 && left[0] === DROP_ID, "saved: the draft is gone from the list");
  const held = await fetch(base + "/api/drafts", { headers: auth }).then((r) => r.json());
  check(held.items.length === 1 && held.items[0].id === DROP_ID, "saved: the API holds one draft");

  // It is an offering now: search finds it, and a match ranks it.
  await pick(page, "#edit-offering", "Moelv", "Moelv pårørendeskole");
  check((await page.evaluate(() => document.querySelector("#edit-offering").picked.value)) === DRAFT_ID, "the completed draft is found by name search");
  const m = await fetch(base + "/api/match", {
    method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ need: { roles: ["next_of_kin"], conditions: ["dementia"], municipality: "3405" }, limit: 3 })
  }).then((r) => r.json());
  check(m.results.length > 0 && m.results[0].offering.id === DRAFT_ID, `a match for a next of kin in Lillehammer ranks it first (${m.results.map((x) => x.offering.name).join(", ")})`);

  // Discard the other.
  await page.click(`#draft-list li[data-draft="${DROP_ID}"] button:has-text("Forkast")`);
  await page.waitForSelector("#drafts-status:has-text('Forkastet utkastet')");
  check((await page.$$("#draft-list li.draft")).length === 0, "a discarded draft leaves the list");
  const none = await fetch(base + "/api/drafts", { headers: auth }).then((r) => r.json());
  check(none.items.length === 0, "discarded: the API holds no draft");

  // The completed draft is an imported offering: deleted on the page, by
  // keyboard, it is remembered too. Both are listed, by keyboard, and restored.
  await page.click("#edit-pick button[type=submit]");
  await page.waitForSelector("#edit-status:has-text('Hentet «Moelv pårørendeskole»')");
  await page.focus("#o-delete");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#delete-confirm:not([hidden])");
  check(await page.evaluate(() => document.activeElement.id === "delete-confirm"), "delete: the confirmation is shown in the page, focus on it");
  await axe(page, "the delete confirmation");
  await page.keyboard.press("Escape");
  check(await page.isHidden("#delete-confirm") && await page.evaluate(() => document.activeElement.id === "o-delete") &&
    (await fetch(base + "/api/offerings/" + DRAFT_ID)).status === 200, "delete: Escape cancels, focus back on Delete, nothing deleted");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#delete-confirm:not([hidden])");
  await page.keyboard.press("Tab");
  check(await page.evaluate(() => document.activeElement.id === "delete-yes"), "delete: Tab reaches the confirming button");
  const beforeDelete = requests.length;
  await page.keyboard.press("Enter");
  await page.waitForSelector("#edit-status:has-text('Slettet «Moelv pårørendeskole»')");
  const deleting = requests.slice(beforeDelete).map((r) => r.method + " " + r.path);
  check(deleting.length === 1 && deleting[0] === "DELETE /api/offerings/" + DRAFT_ID,
    `delete: one request, the discards not read again (${deleting.join(", ")})`);
  check(/kan gjenopprettes under «Vis forkastede»/.test(await page.textContent("#edit-status")),
    `delete: the status says it can be restored from the discards (${await page.textContent("#edit-status")})`);
  check(await page.isHidden("#edit-form") && await page.evaluate(() => document.activeElement.id === "pick-h"),
    "delete: the form is gone, focus on where to open another");
  check((await fetch(base + "/api/offerings/" + DRAFT_ID)).status === 404, "delete: the API has deleted it");
  await page.focus("#discards-load");
  await page.keyboard.press("Enter");
  await page.waitForSelector(`#discard-list li[data-discard="${DRAFT_ID}"]`);
  check(await page.evaluate(() => document.activeElement.id === "discard-list"), "discards: focus moves to the list");
  const thrown = await page.$$eval("#discard-list li.draft", (lis) => lis.map((li) => ({ id: li.dataset.discard, text: li.textContent })));
  const dropped = thrown.find((x) => x.id === DROP_ID);
  const deleted = thrown.find((x) => x.id === DRAFT_ID);
  check(thrown.length === 2 && dropped && /Utkast som skal forkastes.*Utkast forkastet \d/.test(dropped.text) && /Mangler: /.test(dropped.text),
    `discards: the discarded draft is listed with when and what it lacked (${dropped && dropped.text})`);
  check(deleted && /Moelv pårørendeskole.*Tilbud slettet \d/.test(deleted.text), `discards: the deleted offering is listed (${deleted && deleted.text})`);
  check(/2 forkastet eller slettet/.test(await page.textContent("#discards-status")), "discards: the count is announced");
  await shot(page, "discards", "#discards-h");
  await axe(page, "discarded drafts and a deleted offering listed");
  await page.click(".langs button[data-lang=nn]");
  await page.waitForSelector("html[lang=nn]");
  check(/Utkast forkasta \d/.test(await page.textContent(`#discard-list li[data-discard="${DROP_ID}"]`)) &&
    (await page.textContent(`#discard-list li[data-discard="${DROP_ID}"] button`)) === "Gjenopprett", "Nynorsk: the discards in Nynorsk");
  await axe(page, "discards listed (nn)");
  await page.click(".langs button[data-lang=nb]");
  await page.waitForSelector("html[lang=nb]");

  // Someone else restores the draft first; Restore on the page then says
  // so (a 404, not "restored") and shows the list as it is now.
  const other = await fetch(base + "/api/drafts/discarded/" + DROP_ID, { method: "DELETE", headers: auth });
  check(other.status === 204, `setup: someone else restores the draft (${other.status})`);
  await page.focus(`#discard-list li[data-discard="${DROP_ID}"] button`);
  await page.keyboard.press("Enter");
  await page.waitForSelector("#discards-status:has-text('er allerede gjenopprettet, eller er ikke lenger forkastet')");
  check(await page.evaluate(() => document.activeElement.id === "discards-h"), "already restored: focus on the discards' heading");
  const now = await page.$$eval("#discard-list li.draft", (lis) => lis.map((li) => li.dataset.discard));
  check(now.length === 1 && now[0] === DRAFT_ID, `already restored: the list is refreshed (${now.join(", ")})`);
  await page.waitForSelector(`#draft-list li[data-draft="${DROP_ID}"]`);
  const back = await fetch(base + "/api/drafts", { headers: auth }).then((r) => r.json());
  check(back.items.length === 1 && back.items[0].id === DROP_ID, "restored: the API holds the draft again, and the page lists it");
  // Restore the deleted offering: published again.
  await page.focus(`#discard-list li[data-discard="${DRAFT_ID}"] button`);
  await page.keyboard.press("Enter");
  await page.waitForSelector("#discards-status:has-text('publisert igjen')");
  check(await page.evaluate(() => document.activeElement.id === "discards-h"), "restored: focus on the discards' heading");
  check((await page.$$("#discard-list li.draft")).length === 0 && /Ingenting er forkastet/.test(await page.textContent("#discards-status")) === false,
    "restored: the list is empty, the status says what was restored");
  const live = await fetch(base + "/api/offerings/" + DRAFT_ID);
  check(live.status === 200, `restored: the offering is live again (${live.status})`);
  await page.close();
}

async function classifyView(ctx, base, requests, srv) {
  const page = await ctx.newPage();
  await page.goto(base + "/?lang=nb#classify");
  await ready(page);
  check((await page.textContent("h1:visible")) === "Les en utlysning", "the classify view opens from its tab's address");
  await page.click("#classify-form button[type=submit]");
  await page.waitForSelector("#c-text-err:not([hidden])");
  check(await page.evaluate(() => document.activeElement.id === "c-text"), "an empty listing is refused at the text field");
  await page.fill("#c-title", LISTING_TITLE);
  await page.fill("#c-text", LISTING_TEXT);
  await page.focus("#c-text");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#classify-out:not([hidden])");
  check(await page.evaluate(() => document.activeElement.id === "classify-out-h"), "focus moves to what was read");
  const marks = await page.$$eval("#c-listing mark", (ms) => ms.map((m) => m.textContent));
  check(marks.some((x) => x.includes("Moelv bibliotek")) && marks.some((x) => x.includes("18.00–20.30")),
    `the evidence is marked in the listing (${marks.join(" | ")})`);
  const listing = await page.textContent("#c-listing");
  check(listing === LISTING_TITLE + LISTING_TEXT, "the listing is shown whole, marks and all");
  const facets = await page.$$eval("#c-facets li", (lis) => lis.map((li) => li.textContent));
  check(facets.some((f) => /^Målgruppe: pårørende – pårørende/i.test(f)) && facets.some((f) => f.startsWith("Diagnose: demens")),
    `facets with their words (${facets.slice(0, 4).join(" | ")} …)`);
  const fields = await page.$$eval("#c-draft li", (lis) => lis.map((li) => li.textContent));
  check(fields.some((f) => f.startsWith("Møtested: Moelv bibliotek – ")) && fields.some((f) => f.startsWith("Første dato: 2027-03-02")),
    `draft fields with their words, rule and confidence (${fields.slice(0, 3).join(" | ")} …)`);
  const miss = await page.$$eval("#c-missing li", (lis) => lis.map((li) => li.textContent));
  check(miss.length === 4 && miss.some((x) => x.startsWith("Brukermedvirkning: ")), `what is missing, with the API's messages (${miss.join(" | ")})`);
  await shot(page, "classify", "#classify-out-h");
  await axe(page, "a classified listing (nb)");

  const before = requests.filter((r) => r.path === "/api/classify").length;
  await page.click(".langs button[data-lang=nn]");
  await page.waitForSelector("html[lang=nn]");
  await page.waitForFunction(() => document.querySelector("#c-missing").textContent.includes("Brukarmedverknad"));
  const again = requests.filter((r) => r.path === "/api/classify").slice(before);
  check(again.length === 1 && again[0].method === "POST" && again[0].lang === "nn", "Nynorsk: the listing is read again by POST with Accept-Language: nn");
  check((await page.textContent("#classify-out-h")) === "Det tenesta las", "Nynorsk: the view's own text");
  await axe(page, "a classified listing (nn)");
  await page.setViewportSize({ width: 360, height: 740 });
  await noOverflow(page, "360 px, a classified listing");

  const all = requests.filter((r) => r.path === "/api/classify");
  check(all.every((r) => r.method === "POST") && all.some((r) => r.post.includes("tirsdager")), "the listing goes only in POST bodies");
  check(!requests.some((r) => /tirsdager|Moelv%20bibliotek|Moelv bibliotek/.test(decodeURIComponent(r.url))), "no URL carries the listing");
  check(srv.log().includes("/api/classify") && !/tirsdager|Moelv bibliotek/.test(srv.log()), "the server's log holds nothing of the listing");
  await page.close();
}

// ------------------------------------------------------------ run

const started = Date.now();
try {
  const srv = await startServer();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
      "--disable-component-update", "--no-first-run"]
  });
  log("chromium " + browser.version() + ", server " + srv.url);
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "nb-NO" });
  ctx.setDefaultTimeout(15000);
  const requests = [];
  ctx.on("request", (r) => {
    const u = new URL(r.url());
    if (u.origin !== srv.url) return;
    requests.push({ method: r.method(), url: r.url(), path: u.pathname, post: r.postData() || "", lang: r.headers()["accept-language"] });
  });
  await findAndExplain(ctx, srv.url, requests, srv);
  await narrow(ctx, srv.url);
  await edit(ctx, srv.url);
  await conflict(ctx, srv.url);
  await listingConflicts(ctx, srv.url);
  await saveMineOverNewConflicts(ctx, srv.url);
  await conflictInLanguages(ctx, srv.url);
  await coverage(ctx, srv.url);
  await drafts(ctx, srv.url, requests);
  await classifyView(ctx, srv.url, requests, srv);
  check(requests.every((r) => new URL(r.url).origin === srv.url), "the page loads nothing from anywhere else");
} catch (e) {
  failures++;
  log("FAIL " + (e && e.stack || e));
  if (browser) {
    for (const c of browser.contexts()) {
      for (const p of c.pages()) await p.screenshot({ path: join(work, "failure-" + Date.now() + ".png") }).catch(() => {});
    }
  }
} finally {
  if (browser) await browser.close();
  if (server && server.exitCode === null) {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
  }
}
log("axe-core " + JSON.parse(readFileSync(require.resolve("axe-core/package.json"), "utf8")).version + ":");
for (const s of axeSummary) log("  " + s.state + ": " + (s.rules.length ? s.rules.join(", ") : "no violations"));
log(`${failures ? "FAIL" : "ok"}   browser test in ${((Date.now() - started) / 1000).toFixed(1)} s` +
  (update ? ", screenshots written to docs/screenshots" : ""));
if (failures) {
  log("failure screenshots (if any) in " + work);
  process.exit(1);
}
rmSync(work, { recursive: true, force: true });
