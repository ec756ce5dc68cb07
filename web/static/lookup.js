// MedNav operators' lookup: filters -> GET /api/hospitals -> a compact table. The filters live in the page URL,
// so an operator can share a search as a link; a link with any filter runs its search on load.
"use strict";

(() => {
  const { fetchJson, applyLabels } = window.MedNav;
  const UI_LOCALES = ["en", "zh", "ja", "de", "fr"];
  const DISPLAY_LOCALES = ["en", "zh", "ja", "de", "fr"];
  const FILTERS = ["language", "specialty", "insurer", "district", "emergency", "direct_billing", "q", "near"];
  const MAP_HOSTS = { amap: "uri.amap.com", baidu: "api.map.baidu.com", apple: "maps.apple.com" };
  const COLUMNS = 14;
  const COPIED_FOR_MS = 2000;

  const page = {
    form: document.getElementById("filters"),
    locale: document.getElementById("locale"),
    languageChoices: document.getElementById("language-choices"),
    otherLanguages: document.getElementById("other-languages"),
    languageNames: document.getElementById("language-names"),
    specialty: document.getElementById("specialty"),
    insurer: document.getElementById("insurer"),
    district: document.getElementById("district"),
    q: document.getElementById("q"),
    near: document.getElementById("near"),
    emergency: document.getElementById("emergency"),
    directBilling: document.getElementById("direct-billing"),
    limit: document.getElementById("limit"),
    clear: document.getElementById("clear-filters"),
    problems: document.getElementById("problems"),
    summary: document.getElementById("summary"),
    previous: document.getElementById("previous"),
    next: document.getElementById("next"),
    table: document.getElementById("results"),
    rows: document.getElementById("rows"),
  };

  let uiText = {};
  let names = { language: {}, insurer: {}, district: {}, specialty: {} };
  let offset = 0;
  let lastTotal = 0;
  let searched = false;
  let searchRequest = 0;
  let vocabularyRequest = 0;

  function t(key, values = {}) {
    let text = uiText[key] ?? key;
    for (const [name, value] of Object.entries(values)) text = text.replaceAll(`{${name}}`, String(value));
    return text;
  }

  /** Labels follow `?ui=` or the browser; the display locale (names in the data) is a separate choice. */
  function uiLocale() {
    const requested = new URLSearchParams(location.search).get("ui");
    if (UI_LOCALES.includes(requested)) return requested;
    return MedNav.browserLocale(UI_LOCALES) || "en";
  }

  function displayLocale() {
    return DISPLAY_LOCALES.includes(page.locale.value) ? page.locale.value : "en";
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  // ---------------------------------------------------------------- labels and menus

  async function loadUiText() {
    const locale = uiLocale();
    document.documentElement.lang = locale;
    const texts = await fetchJson(`/api/ui-text?locale=${locale}`);
    if (!texts) return;
    uiText = texts;
    applyLabels(uiText);
  }

  async function loadVocabulary() {
    const locale = displayLocale();
    const request = ++vocabularyRequest;
    const vocabulary = await fetchJson(`/api/vocabulary?locale=${locale}`);
    if (!vocabulary || request !== vocabularyRequest) return;
    const byId = (entries) => Object.fromEntries((entries || []).map((entry) => [entry.id, entry.name]));
    names = {
      language: byId(vocabulary.languages),
      insurer: byId(vocabulary.insurers),
      district: byId(vocabulary.districts),
      specialty: byId(vocabulary.specialties),
    };
    fillSelect(page.specialty, vocabulary.specialties);
    fillSelect(page.insurer, vocabulary.insurers);
    fillSelect(page.district, vocabulary.districts);
    for (const box of languageBoxes()) {
      const label = box.parentElement.querySelector("span");
      label.textContent = names.language[box.value] || box.value;
      label.lang = locale === "zh" ? "zh-CN" : locale;
    }
    page.languageNames.replaceChildren(
      ...(vocabulary.languages || []).map((entry) => {
        const option = element("option");
        option.value = entry.name;
        option.label = entry.id;
        return option;
      }),
    );
  }

  /** Options in the display locale, keeping the current choice (also one typed into a shared link). */
  function fillSelect(select, entries) {
    const current = select.value;
    const any = select.options[0];
    const options = (entries || []).map((entry) => new Option(entry.name, entry.id));
    select.replaceChildren(any, ...options);
    if (current) choose(select, current);
  }

  /** Selects `value`: an id, or a displayed name; any other text is kept as is for the API to resolve. */
  function choose(select, value) {
    const wanted = value.trim();
    const folded = wanted.toLocaleLowerCase();
    const match =
      [...select.options].find((option) => option.value === wanted) ||
      [...select.options].find((option) => option.value && option.text.toLocaleLowerCase() === folded);
    if (match) {
      select.value = match.value;
    } else if (wanted) {
      select.append(new Option(wanted, wanted));
      select.value = wanted;
    }
  }

  function languageBoxes() {
    return [...page.languageChoices.querySelectorAll('input[name="language"]')];
  }

  // ---------------------------------------------------------------- form <-> query

  function chosenLanguages() {
    const picked = languageBoxes()
      .filter((box) => box.checked)
      .map((box) => box.value);
    const typed = page.otherLanguages.value
      .split(/[,，、;]/)
      .map((part) => part.trim())
      .filter(Boolean);
    return [...new Set([...picked, ...typed])];
  }

  function formQuery() {
    const query = new URLSearchParams();
    for (const language of chosenLanguages()) query.append("language", language);
    for (const [name, select] of [
      ["specialty", page.specialty],
      ["insurer", page.insurer],
      ["district", page.district],
    ]) {
      if (select.value) query.set(name, select.value);
    }
    if (page.emergency.checked) query.set("emergency", "true");
    if (page.directBilling.checked) query.set("direct_billing", "true");
    const text = page.q.value.trim();
    if (text) query.set("q", text);
    const near = page.near.value.trim();
    if (near) query.set("near", near);
    query.set("locale", displayLocale());
    query.set("limit", page.limit.value);
    if (offset > 0) query.set("offset", String(offset));
    return query;
  }

  function fillForm(params) {
    const codes = new Set(languageBoxes().map((box) => box.value));
    const others = [];
    for (const language of params.getAll("language")) {
      const value = language.trim();
      if (codes.has(value.toLowerCase())) {
        languageBoxes().find((box) => box.value === value.toLowerCase()).checked = true;
      } else if (value) {
        others.push(value);
      }
    }
    page.otherLanguages.value = others.join(", ");
    for (const [name, select] of [
      ["specialty", page.specialty],
      ["insurer", page.insurer],
      ["district", page.district],
    ]) {
      const value = params.get(name);
      if (value) choose(select, value);
    }
    page.emergency.checked = isTrue(params.get("emergency"));
    page.directBilling.checked = isTrue(params.get("direct_billing"));
    page.q.value = params.get("q") || "";
    page.near.value = params.get("near") || "";
  }

  function isTrue(value) {
    return ["true", "1", "yes", "on"].includes(String(value).toLowerCase());
  }

  function setLimit(value) {
    const limit = Number.parseInt(value, 10);
    if (!(limit >= 1 && limit <= 100)) return;
    if (![...page.limit.options].some((option) => option.value === String(limit))) {
      page.limit.append(new Option(String(limit)));
    }
    page.limit.value = String(limit);
  }

  // ---------------------------------------------------------------- search

  async function search() {
    const query = formQuery();
    const keep = new URLSearchParams(location.search).get("ui");
    const shared = new URLSearchParams(query);
    if (keep) shared.set("ui", keep);
    history.replaceState(null, "", `${location.pathname}?${shared}`);

    const request = ++searchRequest;
    searched = true;
    page.table.setAttribute("aria-busy", "true");
    page.summary.textContent = t("lookup_searching");
    let response;
    let body = null;
    try {
      // Accept-Language: the API says what it did not understand in the operator's language.
      response = await fetch(`/api/hospitals?${query}`, {
        headers: { Accept: "application/json", "Accept-Language": uiLocale() },
      });
      body = await response.json().catch(() => null);
    } catch (error) {
      if (request === searchRequest) showFailure(t("lookup_failed", { error: error.message || error }));
      return;
    }
    if (request !== searchRequest) return; // a newer search is under way
    page.table.removeAttribute("aria-busy");
    if (response.status === 422) {
      showProblems(body && body.detail);
      return;
    }
    if (!response.ok || !body || !Array.isArray(body.results)) {
      const reason = (body && typeof body.detail === "string" && body.detail) || `HTTP ${response.status}`;
      showFailure(t("lookup_failed", { error: reason }));
      return;
    }
    hideProblems();
    showResults(body);
  }

  function showProblems(detail) {
    const messages = Array.isArray(detail)
      ? detail.map((problem) => (problem && problem.msg ? problem.msg : JSON.stringify(problem)))
      : [typeof detail === "string" ? detail : JSON.stringify(detail)];
    page.problems.replaceChildren(element("p", null, t("lookup_not_understood")));
    const list = element("ul");
    for (const message of messages) list.append(element("li", null, message));
    page.problems.append(list);
    page.problems.hidden = false;
    clearResults();
  }

  function showFailure(message) {
    page.table.removeAttribute("aria-busy");
    page.problems.replaceChildren(element("p", null, message));
    page.problems.hidden = false;
    clearResults();
  }

  function hideProblems() {
    page.problems.hidden = true;
    page.problems.replaceChildren();
  }

  function clearResults() {
    page.rows.replaceChildren();
    page.summary.textContent = "";
    lastTotal = 0;
    updatePager(0);
  }

  function showResults(body) {
    const total = Number(body.total) || 0;
    lastTotal = total;
    const results = body.results;
    if (total === 0) {
      page.summary.textContent = t("lookup_no_match");
    } else if (results.length < total) {
      page.summary.textContent = t("lookup_range", {
        first: offset + 1,
        last: offset + results.length,
        total,
      });
    } else {
      page.summary.textContent = t("lookup_total", { total });
    }
    page.rows.replaceChildren(...results.map(hospitalRow));
    if (!results.length) {
      const row = element("tr");
      const cell = element("td", "empty", t("lookup_no_match"));
      cell.colSpan = COLUMNS;
      row.append(cell);
      page.rows.append(row);
    }
    updatePager(total);
  }

  function updatePager(total) {
    const limit = Number(page.limit.value);
    page.previous.disabled = offset <= 0;
    page.next.disabled = offset + limit >= total;
  }

  function localized(texts) {
    if (!texts || typeof texts !== "object") return "";
    return texts[displayLocale()] || texts.en || "";
  }

  function hospitalRow(hospital) {
    const row = element("tr");
    const cell = (content, className) => {
      const td = element("td", className);
      if (content instanceof Node) td.append(content);
      else td.textContent = content ?? "";
      row.append(td);
      return td;
    };
    const zh = (text) => {
      const span = element("span", "zh", text);
      span.lang = "zh-CN";
      return span;
    };
    const nameZh = (hospital.name && hospital.name.zh) || "";
    const addressZh = (hospital.address && hospital.address.zh) || "";

    const name = element("strong", null, hospital.display_name || localized(hospital.name));
    cell(name, "name");
    cell(zh(nameZh));
    const district = cell(names.district[hospital.district] || hospital.district || "", "district");
    if (typeof hospital.distance_km === "number") {
      district.append(element("span", "distance", t("lookup_distance", { km: hospital.distance_km.toFixed(1) })));
    }
    const departments = (hospital.specialties || []).map((code) => names.specialty[code] || code);
    cell(departments.join(", "), "departments");
    const address = cell(zh(addressZh));
    // The copy button sits with what it copies: the Chinese name and address, for a taxi or a front desk.
    address.append(element("br"), copyButton(`${nameZh}\n${addressZh}`));
    cell(phoneLink(hospital.phone), "nowrap");
    cell(deskCell(hospital.international_desk));
    cell((hospital.languages || []).map((code) => names.language[code] || code).join(", "), "languages");
    const billing = (hospital.direct_billing || []).map((id) => names.insurer[id] || id).join(", ");
    cell(billing || "—", billing ? "billing" : "billing muted");
    cell(hospital.emergency_24h ? t("yes") : noMark(), hospital.emergency_24h ? "yes" : "muted");
    const notes = localized(hospital.notes);
    cell(notes || "—", notes ? "notes" : "notes muted");
    cell(mapLinks(hospital.map_links), "maps");
    cell(hospital.verified_on || "—", `nowrap${hospital.verified_on ? "" : " muted"}`);
    return row;
  }

  /** A dash to the eye, "No" to a screen reader. */
  function noMark() {
    const mark = element("span");
    const dash = element("span", null, "—");
    dash.setAttribute("aria-hidden", "true");
    mark.append(dash, element("span", "visually-hidden", t("no")));
    return mark;
  }

  /** Links to the map services only: a link whose host is not the service's own is not shown. */
  function mapLinks(links) {
    const box = element("div", "map-links");
    for (const [service, host] of Object.entries(MAP_HOSTS)) {
      let url;
      try {
        url = new URL(links && links[service]);
      } catch {
        continue;
      }
      if (url.protocol !== "https:" || url.host !== host) continue;
      const link = element("a", "map-link", t(`map_${service}`));
      link.href = url.href;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      link.dataset.mednav = "map";
      link.dataset.service = service;
      box.append(link);
    }
    return box;
  }

  function phoneLink(phone) {
    if (!phone) return "";
    const link = element("a", null, phone);
    link.href = `tel:${String(phone).replace(/[^\d+]/g, "")}`;
    return link;
  }

  function deskCell(desk) {
    const box = element("div");
    if (!desk) {
      box.textContent = "—";
      box.className = "muted";
      return box;
    }
    if (desk.phone) {
      const phone = phoneLink(desk.phone);
      phone.className = "nowrap";
      box.append(phone);
    }
    if (desk.email) {
      const mail = element("a", null, desk.email);
      mail.href = `mailto:${desk.email}`;
      box.append(element("br"), mail);
    }
    const hours = localized(desk.hours);
    if (hours) box.append(element("span", "desk-hours", hours));
    return box;
  }

  function copyButton(text) {
    const button = element("button", "button secondary small copy", t("lookup_copy_short"));
    button.type = "button";
    button.title = t("lookup_copy");
    button.setAttribute("aria-label", t("lookup_copy"));
    button.addEventListener("click", async () => {
      const copied = await copyText(text);
      const outcome = copied ? t("lookup_copied") : t("lookup_copy_failed");
      button.textContent = outcome;
      button.setAttribute("aria-label", outcome);
      setTimeout(() => {
        button.textContent = t("lookup_copy_short");
        button.setAttribute("aria-label", t("lookup_copy"));
      }, COPIED_FOR_MS);
    });
    return button;
  }

  /** The Clipboard API needs a secure context; over plain http on the LAN the old execCommand still works. */
  async function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      try {
        await navigator.clipboard.writeText(text);
        return true;
      } catch {
        // fall back below
      }
    }
    const scratch = element("textarea");
    scratch.value = text;
    scratch.setAttribute("readonly", "");
    scratch.style.position = "fixed";
    scratch.style.opacity = "0";
    document.body.append(scratch);
    scratch.select();
    let copied = false;
    try {
      copied = document.execCommand("copy");
    } catch {
      copied = false;
    }
    scratch.remove();
    return copied;
  }

  // ---------------------------------------------------------------- wiring

  page.form.addEventListener("submit", (event) => {
    event.preventDefault();
    offset = 0;
    search();
  });

  page.locale.addEventListener("change", async () => {
    await loadVocabulary();
    if (searched) search();
  });

  page.limit.addEventListener("change", () => {
    offset = 0;
    if (searched) search();
  });

  page.previous.addEventListener("click", () => {
    offset = Math.max(0, offset - Number(page.limit.value));
    search();
  });

  page.next.addEventListener("click", () => {
    if (offset + Number(page.limit.value) < lastTotal) {
      offset += Number(page.limit.value);
      search();
    }
  });

  page.clear.addEventListener("click", () => {
    const locale = page.locale.value;
    const limit = page.limit.value;
    page.form.reset();
    page.locale.value = locale;
    page.limit.value = limit;
    offset = 0;
    searched = false;
    searchRequest += 1;
    hideProblems();
    clearResults();
    const keep = new URLSearchParams({ locale });
    const ui = new URLSearchParams(location.search).get("ui");
    if (ui) keep.set("ui", ui);
    history.replaceState(null, "", `${location.pathname}?${keep}`);
  });

  async function start() {
    const params = new URLSearchParams(location.search);
    if (DISPLAY_LOCALES.includes(params.get("locale"))) page.locale.value = params.get("locale");
    if (params.has("limit")) setLimit(params.get("limit"));
    offset = Math.max(0, Number.parseInt(params.get("offset") || "0", 10) || 0);
    await Promise.all([loadUiText(), loadVocabulary()]);
    fillForm(params);
    if (FILTERS.some((name) => params.has(name))) search();
  }

  start();
})();
