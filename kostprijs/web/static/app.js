// kostprijs web: het model staat in deze browser (localStorage); de server rekent en tekent, bewaart niets.
// Gewone JavaScript zonder bibliotheek; geen inline script (Content-Security-Policy). Tekst van de
// server of de gebruiker gaat via textContent; innerHTML alleen met HTML die de server escapete.
"use strict";

(function () {
  const SLEUTEL = "kostprijs.model.v1";
  let toestand = null; // {model: {...}, suggesties: [...]}
  let geheugen = null; // als localStorage niet kan (privévenster)

  function bewaar(t) {
    toestand = t;
    try { localStorage.setItem(SLEUTEL, JSON.stringify(t)); } catch (e) { geheugen = t; }
  }
  function laad() {
    try { const s = localStorage.getItem(SLEUTEL); if (s) { return JSON.parse(s); } } catch (e) { /* leeg */ }
    return geheugen;
  }

  async function post(pad, lichaam, type) {
    const antwoord = await fetch(pad, {
      method: "POST", headers: { "Content-Type": type || "application/json" },
      body: type ? lichaam : JSON.stringify(lichaam),
    });
    let gegevens = null;
    const soort = antwoord.headers.get("content-type") || "";
    if (soort.startsWith("application/json")) { gegevens = await antwoord.json(); }
    return { status: antwoord.status, gegevens: gegevens, antwoord: antwoord };
  }

  function meldingenLijst(doel, fouten) {
    doel.textContent = "";
    for (const f of fouten || []) {
      const p = document.createElement("p");
      p.className = "fout";
      p.textContent = (f.plaats ? f.plaats + ": " : "") + f.tekst;
      doel.appendChild(p);
    }
  }

  // ---- waarden uit het formulier --------------------------------------------------------------
  const GETAL = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/;
  function waarde(el) {
    const soort = el.dataset.soort;
    if (soort === "dagen" || soort === "vinkjes") {
      const aan = Array.from(el.querySelectorAll("input[type=checkbox]")).filter((c) => c.checked).map((c) => c.value);
      if (soort === "vinkjes") { return aan; }
      const s = aan.join(",");
      if (s === "ma,di,wo,do,vr,za,zo") { return "alle"; }
      if (s === "ma,di,wo,do,vr") { return "werkdagen"; }
      if (s === "za,zo") { return "weekend"; }
      return aan;
    }
    const t = el.value.trim();
    if (t === "") { return undefined; }
    if (soort === "getal" || soort === "geheel") { return GETAL.test(t) ? Number(t.replace(",", ".")) : t; }
    if (soort === "janee") { return t === "ja"; }
    return t;
  }
  function zet(model, pad, w) {
    let o = model;
    for (let i = 0; i < pad.length - 1; i++) {
      const k = pad[i];
      if (o[k] === undefined || o[k] === null || typeof o[k] !== "object") { o[k] = typeof pad[i + 1] === "number" ? [] : {}; }
      o = o[k];
    }
    const laatste = pad[pad.length - 1];
    if (w === undefined && !Array.isArray(o)) { delete o[laatste]; } else { o[laatste] = w === undefined ? null : w; }
  }

  // ---- modelpagina -----------------------------------------------------------------------------
  let volgnummer = 0;
  let wachten = null;
  let lopend = null;

  async function tekenFormulier(actie) {
    const r = await post("fragment/formulier", { model: toestand.model, actie: actie || null });
    if (r.status !== 200) { meldingenLijst(document.getElementById("meldingen"), r.gegevens ? r.gegevens.fouten : []); return; }
    bewaar({ model: r.gegevens.model, suggesties: toestand.suggesties });
    const f = document.getElementById("formulier");
    f.innerHTML = r.gegevens.html;
    await herreken();
  }

  function planHerreken() {
    clearTimeout(wachten);
    wachten = setTimeout(herreken, 150);
  }

  async function herreken() {
    const nr = ++volgnummer;
    if (lopend) { lopend.abort(); }
    lopend = new AbortController();
    const resultaat = document.getElementById("resultaat");
    resultaat.setAttribute("aria-busy", "true");
    let r;
    try {
      const a = await fetch("fragment/resultaat", {
        method: "POST", headers: { "Content-Type": "application/json" }, signal: lopend.signal,
        body: JSON.stringify(toestand),
      });
      r = { status: a.status, gegevens: await a.json() };
    } catch (e) { return; }
    if (nr !== volgnummer) { return; }
    resultaat.setAttribute("aria-busy", "false");
    const g = r.gegevens || {};
    toonMeldingen(g.fouten || [], g.waarschuwingen || []);
    if (g.velden) { toonHerkomst(g.velden); }
    if (r.status === 200 && g.html) {
      resultaat.innerHTML = g.html;
      resultaat.classList.remove("verouderd");
    } else {
      resultaat.classList.add("verouderd");
    }
  }

  function zoekPlaats(pad) {
    let p = pad;
    while (p) {
      for (const el of document.querySelectorAll("#formulier [data-melding-voor]")) {
        if (el.dataset.meldingVoor === p) { return el; }
      }
      const m = p.match(/^(.*)(\.[^.[\]]+|\[\d+\])$/);
      p = m ? m[1] : "";
    }
    return null;
  }

  function toonMeldingen(fouten, waarschuwingen) {
    for (const el of document.querySelectorAll("#formulier [data-melding-voor]")) { el.textContent = ""; }
    for (const el of document.querySelectorAll("#formulier [aria-invalid]")) { el.removeAttribute("aria-invalid"); }
    const algemeen = document.getElementById("meldingen");
    algemeen.textContent = "";
    const lijst = fouten.map((f) => ({ soort: "fout", pad: f.pad, plaats: f.plaats, tekst: f.tekst }))
      .concat(waarschuwingen.map((w) => ({ soort: "waarschuwing", pad: w.pad, plaats: w.plaats, tekst: w.tekst })));
    if (fouten.length) {
      const kop = document.createElement("p");
      kop.className = "fout kopmelding";
      kop.textContent = fouten.length === 1 ? "1 probleem in het model: het tarief hieronder is niet bijgewerkt."
        : fouten.length + " problemen in het model: het tarief hieronder is niet bijgewerkt.";
      algemeen.appendChild(kop);
    }
    for (const m of lijst) {
      const p = document.createElement("p");
      p.className = m.soort;
      p.textContent = (m.soort === "waarschuwing" ? "Waarschuwing: " : "") + m.tekst;
      const plek = m.pad ? zoekPlaats(m.pad) : null;
      if (plek) {
        plek.appendChild(p);
        const veld = plek.parentElement.querySelector("[data-sleutel]");
        if (veld && m.soort === "fout" && veld.dataset.sleutel === m.pad) { veld.setAttribute("aria-invalid", "true"); }
      }
      const q = document.createElement("p");
      q.className = m.soort;
      q.textContent = (m.soort === "waarschuwing" ? "Waarschuwing: " : "") + (m.plaats ? m.plaats + ": " : "") + m.tekst;
      algemeen.appendChild(q);
    }
  }

  function toonHerkomst(velden) {
    for (const el of document.querySelectorAll("#formulier [data-herkomst-voor]")) {
      const s = velden[el.dataset.herkomstVoor];
      if (!s) { continue; }
      el.textContent = s.soort === "leeg" ? "" : s.soort;
      el.title = s.titel || "";
      el.className = "herkomst herkomst-" + s.soort;
      el.tabIndex = s.soort === "leeg" ? -1 : 0;
      const veld = el.parentElement.querySelector("input[data-sleutel]");
      if (veld) { veld.placeholder = s.waarde || ""; }
    }
  }

  function bijInvoer(e) {
    const el = e.target.closest("[data-soort]");
    if (!el || el.dataset.actie) { return; }
    const pad = JSON.parse(el.dataset.pad);
    zet(toestand.model, pad, waarde(el));
    toestand.suggesties = (toestand.suggesties || []).filter((s) => s !== el.dataset.sleutel);
    bewaar(toestand);
    planHerreken();
  }

  function bijActie(el) {
    const actie = { naam: el.dataset.actie, pad: JSON.parse(el.dataset.pad || "[]"), waarde: el.value || "" };
    tekenFormulier(actie);
  }

  async function uitleg(sleutel, knop) {
    const r = await post("fragment/uitleg", { model: toestand.model, sleutel: sleutel });
    const vak = document.getElementById("uitleg");
    if (r.status !== 200) { return; }
    vak.innerHTML = r.gegevens.html;
    vak.hidden = false;
    vak.terugNaar = knop;
    vak.focus();
  }

  async function download(soort) {
    const doelen = { yaml: ["api/yaml", "yaml"], werkboek: ["api/werkboek", "xlsx"], json: ["api/bereken", "json"] };
    const [pad, ext] = doelen[soort];
    const meld = document.getElementById("download-meldingen");
    meld.textContent = "";
    const a = await fetch(pad, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(toestand.model) });
    if (a.status !== 200) {
      const g = await a.json();
      meldingenLijst(meld, g.fouten);
      return;
    }
    const blob = await a.blob();
    const kop = a.headers.get("content-disposition") || "";
    const m = kop.match(/filename="([^"]+)"/);
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = m ? m[1] : "kostprijs." + ext;
    document.body.appendChild(link);
    link.click();
    setTimeout(() => { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
  }

  async function vergelijk(form) {
    const scenario = Object.fromEntries(new FormData(form).entries());
    const uit = document.getElementById("bezetting-uitkomst");
    for (const el of form.querySelectorAll("[data-melding-voor]")) { el.textContent = ""; }
    uit.textContent = "Bezig met rekenen...";
    const r = await post("fragment/bezetting", { model: toestand.model, scenario: scenario });
    if (r.status === 200) { uit.innerHTML = r.gegevens.html; return; }
    uit.textContent = "";
    const rest = [];
    for (const f of (r.gegevens && r.gegevens.fouten) || []) {
      const plek = Array.from(form.querySelectorAll("[data-melding-voor]")).find((el) => el.dataset.meldingVoor === f.pad);
      if (plek) { const p = document.createElement("p"); p.className = "fout"; p.textContent = f.tekst; plek.appendChild(p); } else { rest.push(f); }
    }
    meldingenLijst(uit, rest);
  }

  function tabs() {
    const knoppen = Array.from(document.querySelectorAll("[role=tab]"));
    function kies(k) {
      for (const b of knoppen) {
        const aan = b === k;
        b.setAttribute("aria-selected", aan ? "true" : "false");
        b.tabIndex = aan ? 0 : -1;
        document.getElementById(b.getAttribute("aria-controls")).hidden = !aan;
      }
      k.focus();
    }
    for (const b of knoppen) {
      b.addEventListener("click", () => kies(b));
      b.addEventListener("keydown", (e) => {
        const i = knoppen.indexOf(b);
        if (e.key === "ArrowRight") { kies(knoppen[(i + 1) % knoppen.length]); }
        if (e.key === "ArrowLeft") { kies(knoppen[(i + knoppen.length - 1) % knoppen.length]); }
      });
    }
  }

  function modelPagina() {
    toestand = laad();
    if (!toestand || !toestand.model) {
      document.getElementById("geen-model").hidden = false;
      return;
    }
    document.getElementById("werkblad").hidden = false;
    tabs();
    const f = document.getElementById("formulier");
    f.addEventListener("input", bijInvoer);
    f.addEventListener("change", (e) => {
      const el = e.target.closest("[data-actie]");
      if (el) { bijActie(el); return; }
      bijInvoer(e);
    });
    f.addEventListener("click", (e) => {
      const el = e.target.closest("button[data-actie]");
      if (el) { bijActie(el); }
    });
    f.addEventListener("submit", (e) => e.preventDefault());
    document.getElementById("resultaat").addEventListener("click", (e) => {
      const el = e.target.closest("[data-uitleg]");
      if (el) { uitleg(el.dataset.uitleg, el); }
    });
    document.getElementById("uitleg").addEventListener("click", (e) => {
      if (e.target.closest("[data-sluit-uitleg]")) {
        const vak = document.getElementById("uitleg");
        vak.hidden = true;
        if (vak.terugNaar && document.contains(vak.terugNaar)) { vak.terugNaar.focus(); }
      }
    });
    for (const b of document.querySelectorAll("[data-download]")) {
      b.addEventListener("click", () => download(b.dataset.download));
    }
    document.getElementById("scenario").addEventListener("submit", (e) => { e.preventDefault(); vergelijk(e.target); });
    tekenFormulier(null);
  }

  // ---- startpagina -----------------------------------------------------------------------------
  function startPagina() {
    if (laad()) { document.querySelector("[data-verder]").hidden = false; }
    document.getElementById("startvragen").addEventListener("submit", async (e) => {
      e.preventDefault();
      const v = Object.fromEntries(new FormData(e.target).entries());
      const antwoorden = {};
      for (const [k, w] of Object.entries(v)) {
        antwoorden[k] = GETAL.test(w.trim()) ? Number(w.trim().replace(",", ".")) : w;
      }
      for (const el of e.target.querySelectorAll("[data-melding-voor]")) { el.textContent = ""; }
      const r = await post("fragment/start", { antwoorden: antwoorden });
      if (r.status === 200) {
        bewaar(r.gegevens);
        window.location.href = "model";
        return;
      }
      const rest = [];
      for (const f of (r.gegevens && r.gegevens.fouten) || []) {
        const veld = f.pad.replace(/^start\./, "");
        const plek = Array.from(e.target.querySelectorAll("[data-melding-voor]")).find((el) => el.dataset.meldingVoor === veld);
        if (plek) { const p = document.createElement("p"); p.className = "fout"; p.textContent = f.tekst; plek.appendChild(p); } else { rest.push(f); }
      }
      meldingenLijst(document.getElementById("start-meldingen"), rest);
    });
    document.getElementById("bestand").addEventListener("change", async (e) => {
      const bestand = e.target.files[0];
      if (!bestand) { return; }
      const naam = bestand.name.toLowerCase();
      const type = naam.endsWith(".xlsx") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        : naam.endsWith(".json") ? "application/json" : "application/yaml";
      const meld = document.getElementById("bestand-meldingen");
      meld.textContent = "Bezig met lezen...";
      const r = await post("api/model", await bestand.arrayBuffer(), type);
      if (r.gegevens && r.gegevens.model) {
        bewaar({ model: r.gegevens.model, suggesties: [] });
        window.location.href = "model";
        return;
      }
      meldingenLijst(meld, r.gegevens ? r.gegevens.fouten : [{ plaats: bestand.name, tekst: "kon het bestand niet lezen" }]);
    });
  }

  document.addEventListener("DOMContentLoaded", () => {
    const wis = document.querySelector("[data-wis]");
    if (wis) {
      wis.addEventListener("click", () => {
        try { localStorage.removeItem(SLEUTEL); } catch (e) { /* leeg */ }
        geheugen = null;
        window.location.href = "./";
      });
    }
    const pagina = document.body.dataset.pagina;
    if (pagina === "model") { modelPagina(); }
    if (pagina === "start") { startPagina(); }
  });
})();
