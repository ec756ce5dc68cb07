// MedNav patients' chat widget. One tag on any page adds a launcher and the chat panel:
//   <script src="https://HOST/static/widget.js" data-language="ja" async></script>
// chat.html is the full-page version of the same code (data-mode="page").
//
// It talks only to the origin it was served from: the web app there serves the labels and passes the
// socket.io connection through to Rasa. Nothing in the page's URL can point it elsewhere.
// Everything from the server (replies, hospital names, notes, addresses) is inserted as text, never as
// HTML, and links are built only to the map services and the hospital's own http(s) website.
"use strict";

(() => {
  const script = document.currentScript;
  if (!script || window.MedNavWidget) return; // loaded twice: the first one serves
  const SOCKET_IO_CLIENT = "vendor/socket.io-4.8.4.min.js";
  const BASE = new URL(".", script.src); // .../static/
  const SERVER = BASE.origin;
  const UI_LOCALES = ["en", "ja", "de", "fr"];
  const PAGE_MODE = script.dataset.mode === "page";
  const REPLY_TIMEOUT_MS = 1000 * (Number(script.dataset.replyTimeout) || 20);
  // The messages of one answer arrive within milliseconds; waiting this long lets a hospital list
  // replace the numbered text list it comes with, before anything is shown or read out.
  const ANSWER_SETTLE_MS = 150;
  const TRANSCRIPT_LIMIT = 200;
  const MAP_HOSTS = { amap: "uri.amap.com", baidu: "api.map.baidu.com", apple: "maps.apple.com" };
  const IS_IOS = /iPad|iPhone|iPod/.test(navigator.userAgent) || (navigator.platform === "MacIntel" && navigator.maxTouchPoints > 1);
  const STORE = {
    token: "mednav.widget.session",
    language: "mednav.widget.language",
    transcript: "mednav.widget.transcript",
    open: "mednav.widget.open",
  };

  // ---------------------------------------------------------------- storage (may be unavailable)

  function readStore(area, key) {
    try {
      return window[area].getItem(key);
    } catch {
      return null;
    }
  }

  function writeStore(area, key, value) {
    try {
      if (value === null || value === undefined) window[area].removeItem(key);
      else window[area].setItem(key, value);
    } catch {
      // Private browsing or a full quota: the chat still works, it just forgets on reload.
    }
  }

  function parseJson(text, fallback) {
    try {
      return JSON.parse(text) ?? fallback;
    } catch {
      return fallback;
    }
  }

  // ---------------------------------------------------------------- labels

  let uiText = {};
  let uiLocale = "en";
  let mapTiles = null; // a tile URL template when the server has one configured
  let insurerNames = {};
  let languageNames = null;

  function t(key, values = {}) {
    let text = uiText[key] ?? key;
    for (const [name, value] of Object.entries(values)) text = text.replaceAll(`{${name}}`, String(value));
    return text;
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  /** A node whose text (or attribute) is the label `key`: relabelled in place when the language changes. */
  function labelled(node, key, { attribute = null, values = null } = {}) {
    const marks = parseJson(node.dataset.mednavUi || "[]", []);
    marks.push([attribute, key, values]);
    node.dataset.mednavUi = JSON.stringify(marks);
    applyLabel(node, attribute, key, values);
    return node;
  }

  function applyLabel(node, attribute, key, values) {
    const text = t(key, values || {});
    if (attribute) node.setAttribute(attribute, text);
    else node.textContent = text;
  }

  /** Changes every label where it is: the conversation is not rebuilt, so it is not read out again. */
  function relabel() {
    for (const node of root.querySelectorAll("[data-mednav-ui]")) {
      for (const [attribute, key, values] of parseJson(node.dataset.mednavUi, [])) {
        applyLabel(node, attribute, key, values);
      }
    }
  }

  function chosenLanguage() {
    return UI_LOCALES.includes(ui.language.value) ? ui.language.value : null;
  }

  function defaultLanguage() {
    if (UI_LOCALES.includes(script.dataset.language)) return script.dataset.language;
    const preferred = (navigator.languages || [navigator.language || "en"]).map((tag) =>
      String(tag).toLowerCase().split("-")[0],
    );
    return preferred.find((primary) => UI_LOCALES.includes(primary)) || "en";
  }

  async function fetchJson(path) {
    try {
      const response = await fetch(new URL(path, SERVER), { headers: { Accept: "application/json" } });
      return response.ok ? await response.json() : null;
    } catch {
      return null;
    }
  }

  let labelsRequest = 0;
  async function loadLabels() {
    uiLocale = chosenLanguage() || defaultLanguage();
    root.lang = uiLocale;
    if (PAGE_MODE) document.documentElement.lang = uiLocale;
    try {
      languageNames = new Intl.DisplayNames([uiLocale], { type: "language" });
    } catch {
      languageNames = null;
    }
    const request = ++labelsRequest;
    const [texts, vocabulary] = await Promise.all([
      fetchJson(`/api/ui-text?locale=${uiLocale}`),
      fetchJson(`/api/vocabulary?locale=${uiLocale}`),
    ]);
    if (request !== labelsRequest) return; // a later choice won
    if (texts) uiText = texts;
    if (vocabulary && Array.isArray(vocabulary.insurers)) {
      insurerNames = Object.fromEntries(vocabulary.insurers.map((entry) => [entry.id, entry.name]));
    }
    if (PAGE_MODE && uiText.chat_title) document.title = uiText.chat_title;
    relabel();
    showStatus();
  }

  function languageName(code) {
    try {
      return (languageNames && languageNames.of(code)) || code;
    } catch {
      return code;
    }
  }

  // ---------------------------------------------------------------- the panel

  const root = element("div", `mednav-widget ${PAGE_MODE ? "mednav-page" : "mednav-embed"}`);
  root.dataset.mednav = "widget";
  const ui = {};

  function build() {
    const panelId = `mednav-panel-${Math.random().toString(36).slice(2)}`;
    if (!PAGE_MODE) {
      ui.launcher = element("button", "mednav-launcher");
      ui.launcher.type = "button";
      ui.launcher.dataset.mednav = "launcher";
      ui.launcher.setAttribute("aria-controls", panelId);
      ui.launcher.setAttribute("aria-expanded", "false");
      const icon = element("span", "mednav-launcher-icon", "\u{1F4AC}");
      icon.setAttribute("aria-hidden", "true");
      ui.launcher.append(icon, labelled(element("span", "mednav-launcher-text"), "chat_open"));
      root.append(ui.launcher);
    }

    const panel = element("section", "mednav-panel");
    panel.id = panelId;
    panel.dataset.mednav = "panel";
    labelled(panel, "chat_title", { attribute: "aria-label" });
    if (!PAGE_MODE) panel.hidden = true;
    ui.panel = panel;

    const header = element("header", "mednav-header");
    const title = labelled(element(PAGE_MODE ? "h1" : "h2", "mednav-title"), "chat_title");
    const language = element("select", "mednav-language");
    language.dataset.mednav = "language";
    labelled(language, "chat_reply_language", { attribute: "aria-label" });
    const auto = labelled(new Option("", ""), "ui_language_auto");
    language.append(auto);
    for (const [code, name] of [["en", "English"], ["ja", "日本語"], ["de", "Deutsch"], ["fr", "Français"]]) {
      const option = new Option(name, code);
      option.lang = code;
      language.append(option);
    }
    ui.language = language;
    const fresh = labelled(element("button", "mednav-button mednav-secondary mednav-small"), "chat_new_conversation");
    fresh.type = "button";
    fresh.dataset.mednav = "new-conversation";
    ui.fresh = fresh;
    header.append(title, language, fresh);
    if (!PAGE_MODE) {
      const close = element("button", "mednav-close", "\u00D7");
      close.type = "button";
      close.dataset.mednav = "close";
      labelled(close, "chat_close", { attribute: "aria-label" });
      close.addEventListener("click", () => setOpen(false));
      header.append(close);
    }

    const emergency = element("p", "mednav-emergency");
    const call = element("a", "mednav-emergency-call", "\u260E 120");
    call.href = "tel:120";
    labelled(call, "emergency_call", { attribute: "aria-label" });
    emergency.append(labelled(element("span"), "emergency_banner"), " ", call);

    ui.status = element("p", "mednav-status");
    ui.status.dataset.mednav = "status";
    ui.status.setAttribute("role", "status");

    ui.messages = element("ol", "mednav-messages");
    ui.messages.dataset.mednav = "messages";
    ui.messages.setAttribute("role", "log");
    ui.messages.setAttribute("aria-live", "polite");
    ui.messages.setAttribute("aria-relevant", "additions");
    ui.messages.tabIndex = 0;
    labelled(ui.messages, "chat_messages", { attribute: "aria-label" });

    const form = element("form", "mednav-composer");
    form.autocomplete = "off";
    const input = element("textarea", "mednav-input");
    input.dataset.mednav = "input";
    input.rows = 1;
    input.maxLength = 2000;
    input.setAttribute("enterkeyhint", "send");
    labelled(input, "chat_placeholder", { attribute: "placeholder" });
    labelled(input, "chat_message_label", { attribute: "aria-label" });
    const send = labelled(element("button", "mednav-button mednav-send"), "chat_send");
    send.type = "submit";
    send.dataset.mednav = "send";
    form.append(input, send);
    ui.form = form;
    ui.input = input;
    ui.send = send;

    panel.append(header, emergency, ui.status, ui.messages, form);
    root.append(panel);
  }

  function setOpen(open) {
    if (PAGE_MODE) return;
    ui.panel.hidden = !open;
    ui.launcher.setAttribute("aria-expanded", String(open));
    root.classList.toggle("mednav-open", open);
    writeStore("sessionStorage", STORE.open, open ? "1" : null);
    if (open) {
      connect();
      ui.input.focus();
    } else {
      ui.launcher.focus();
    }
  }

  // ---------------------------------------------------------------- connection

  let socket = null;
  let token = readStore("localStorage", STORE.token);
  let ready = false;
  let connection = "connecting"; // connecting | connected | unreachable | silent
  let replyTimer = null;

  function loadSocketIo() {
    if (loadSocketIo.promise) return loadSocketIo.promise;
    loadSocketIo.promise = new Promise((resolve, reject) => {
      // The host page may have an `io` of its own; ours is taken and theirs put back.
      const theirs = Object.prototype.hasOwnProperty.call(window, "io") ? window.io : undefined;
      const tag = document.createElement("script");
      tag.src = new URL(SOCKET_IO_CLIENT, BASE).href;
      tag.async = true;
      tag.onload = () => {
        const ours = window.io;
        if (theirs === undefined) delete window.io;
        else window.io = theirs;
        if (typeof ours === "function") resolve(ours);
        else reject(new Error("socket.io client did not load"));
      };
      tag.onerror = () => {
        loadSocketIo.promise = null;
        reject(new Error("socket.io client did not load"));
      };
      document.head.append(tag);
    });
    return loadSocketIo.promise;
  }

  async function connect() {
    if (socket) return;
    socket = "loading";
    let io;
    try {
      io = await loadSocketIo();
    } catch {
      socket = null;
      setConnection("unreachable");
      setTimeout(() => connect(), 5000);
      return;
    }
    // Long-polling first, then WebSocket when the network allows it; reconnection with jitter.
    socket = io(SERVER, {
      path: "/socket.io/",
      transports: ["polling", "websocket"],
      reconnectionDelay: 1000,
      reconnectionDelayMax: 15000,
      randomizationFactor: 0.5,
      timeout: 10000,
    });
    socket.on("connect", () => socket.emit("session_request", { session_id: token }));
    socket.on("session_confirm", (confirmed) => {
      if (typeof confirmed === "string" && confirmed) {
        token = confirmed;
        writeStore("localStorage", STORE.token, confirmed);
      }
      setReady(true);
    });
    socket.on("bot_uttered", receive);
    socket.on("disconnect", () => setReady(false));
    socket.on("connect_error", () => setConnection("unreachable"));
  }

  function setReady(value) {
    ready = value;
    ui.send.disabled = !value;
    if (value) {
      setConnection(connection === "silent" && replyTimer ? "silent" : "connected");
      flushOutbox();
    } else {
      hideTyping();
      if (connection !== "unreachable") setConnection("connecting");
    }
  }

  function setConnection(state) {
    connection = state;
    showStatus();
  }

  function showStatus() {
    if (!ui.status) return;
    const key = {
      connecting: "chat_connecting",
      connected: "chat_connected",
      unreachable: "chat_unreachable",
      silent: "chat_not_answering",
    }[connection];
    ui.status.dataset.state = connection;
    ui.status.textContent = t(key);
    if (connection === "unreachable") {
      ui.status.append(" ", element("span", "mednav-hint", t("chat_offline_hint")));
    }
  }

  // ---------------------------------------------------------------- conversation

  let transcript = parseJson(readStore("sessionStorage", STORE.transcript) || "[]", []).filter(
    (record) => record && typeof record === "object",
  );
  const outbox = [];
  let pending = [];
  let settleTimer = null;

  function saveTranscript() {
    if (transcript.length > TRANSCRIPT_LIMIT) transcript = transcript.slice(-TRANSCRIPT_LIMIT);
    writeStore("sessionStorage", STORE.transcript, JSON.stringify(transcript));
  }

  function sendMessage(text, shownAs = text) {
    const message = String(text).trim();
    if (!message) return false;
    const data = { message, session_id: token };
    const language = chosenLanguage();
    if (language) data.metadata = { language };
    if (ready) socket.emit("user_uttered", data);
    else outbox.push(data); // sent once the session is confirmed again
    addRecord({ from: "user", text: String(shownAs).trim() });
    showTyping();
    clearTimeout(replyTimer);
    replyTimer = setTimeout(() => {
      replyTimer = null;
      hideTyping();
      setConnection("silent");
    }, REPLY_TIMEOUT_MS);
    return true;
  }

  function flushOutbox() {
    while (ready && outbox.length) {
      const data = outbox.shift();
      data.session_id = token;
      socket.emit("user_uttered", data);
    }
  }

  function receive(data) {
    if (!data || typeof data !== "object") return;
    clearTimeout(replyTimer);
    replyTimer = null;
    if (connection === "silent") setConnection(ready ? "connected" : "connecting");
    pending.push(data);
    clearTimeout(settleTimer);
    settleTimer = setTimeout(settle, ANSWER_SETTLE_MS);
  }

  /** Turns the messages of one answer into records; a hospital list takes the place of its text list. */
  function settle() {
    const messages = pending;
    pending = [];
    hideTyping();
    for (const data of messages) {
      const custom = data.custom && typeof data.custom === "object" ? data.custom : null;
      if (custom && custom.type === "hospital_list") {
        const hospitals = Array.isArray(custom.hospitals) ? custom.hospitals.filter(Boolean) : [];
        const last = transcript[transcript.length - 1];
        const lastNode = ui.messages.lastElementChild;
        if (last && last.from === "bot" && last.text && !last.custom) {
          // The text named these hospitals line by line, for channels without cards: keep its summary.
          last.text = withoutListedLines(last.text, hospitals);
          last.custom = custom;
          if (lastNode) lastNode.replaceWith(renderRecord(last));
          saveTranscript();
        } else {
          addRecord({ from: "bot", custom });
        }
        continue;
      }
      const record = { from: "bot" };
      if (typeof data.text === "string" && data.text.trim()) record.text = data.text;
      const replies = data.quick_replies || data.buttons;
      if (Array.isArray(replies) && replies.length) {
        record.quickReplies = replies
          .filter((reply) => reply && typeof reply.title === "string")
          .map((reply) => ({ title: reply.title, payload: typeof reply.payload === "string" ? reply.payload : reply.title }));
      }
      if (record.text || record.quickReplies) addRecord(record);
    }
  }

  /** The text without its numbered lines that name a hospital shown as a card ("1. Name (中文名), phone"). */
  function withoutListedLines(text, hospitals) {
    const names = hospitals.map((hospital) => hospital.name_zh).filter((name) => typeof name === "string" && name);
    return text
      .split("\n")
      .filter((line) => !(/^\s*\d+[.)．、]/.test(line) && names.some((name) => line.includes(name))))
      .join("\n")
      .trim();
  }

  function addRecord(record) {
    transcript.push(record);
    saveTranscript();
    const item = renderRecord(record);
    ui.messages.insertBefore(item, typingBubble.isConnected ? typingBubble : null);
    scrollToShow(item);
  }

  function startNewConversation() {
    transcript = [];
    token = null;
    outbox.length = 0;
    writeStore("sessionStorage", STORE.transcript, null);
    writeStore("localStorage", STORE.token, null);
    renderAll();
    if (socket && typeof socket === "object") {
      setReady(false);
      socket.emit("session_request", { session_id: null });
    }
    ui.input.focus();
  }

  // ---------------------------------------------------------------- rendering

  const typingBubble = element("li", "mednav-message mednav-from-bot mednav-typing", "…");
  typingBubble.setAttribute("aria-hidden", "true");

  function showTyping() {
    ui.messages.append(typingBubble);
    scrollToShow(typingBubble);
  }

  function hideTyping() {
    typingBubble.remove();
  }

  function renderAll() {
    ui.messages.replaceChildren();
    const welcome = element("li", "mednav-message mednav-from-bot mednav-welcome");
    welcome.append(speaker("bot"), labelled(element("span"), "chat_welcome"));
    ui.messages.append(welcome);
    for (const record of transcript) ui.messages.append(renderRecord(record));
    ui.messages.scrollTop = ui.messages.scrollHeight;
  }

  function speaker(from) {
    const who = element("span", "mednav-visually-hidden");
    who.append(labelled(element("span"), from === "user" ? "chat_you" : "chat_assistant"), ": ");
    return who;
  }

  function renderRecord(record) {
    const item = element("li", `mednav-message mednav-from-${record.from === "user" ? "user" : "bot"}`);
    item.append(speaker(record.from));
    if (record.text) item.append(element("p", "mednav-text", record.text));
    if (record.quickReplies) item.append(renderQuickReplies(record));
    if (record.custom) {
      item.classList.add("mednav-rich");
      item.append(renderHospitalList(record.custom, Boolean(record.text)));
    }
    return item;
  }

  function renderQuickReplies(record) {
    const group = element("div", "mednav-quick-replies");
    group.setAttribute("role", "group");
    for (const reply of record.quickReplies) {
      const button = element("button", "mednav-button mednav-secondary mednav-small", reply.title);
      button.type = "button";
      button.dataset.mednav = "quick-reply";
      button.disabled = Boolean(record.used);
      button.addEventListener("click", () => {
        if (record.used) return;
        record.used = true;
        for (const other of group.querySelectorAll("button")) other.disabled = true;
        saveTranscript();
        sendMessage(reply.payload, reply.title);
      });
      group.append(button);
    }
    return group;
  }

  async function loadPageConfig() {
    const config = await fetchJson("/api/page-config");
    const template = config && typeof config.map_tiles === "string" ? config.map_tiles : null;
    mapTiles = template && /^https?:\/\//.test(template) ? template : null;
  }

  const TILE = 256;
  const MAP_SIZE = { width: 320, height: 180 };

  /** Web Mercator pixel position at `zoom` of a WGS-84 point. */
  function project(lat, lon, zoom) {
    const scale = TILE * 2 ** zoom;
    const sin = Math.sin((Math.max(-85, Math.min(85, lat)) * Math.PI) / 180);
    return {
      x: ((lon + 180) / 360) * scale,
      y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale,
    };
  }

  /** A small map of the listed hospitals that have a location, drawn from the configured tiles. */
  function resultsMap(hospitals) {
    const located = hospitals
      .map((hospital, position) => ({ hospital, position }))
      .filter(({ hospital }) => hospital.location && Number.isFinite(hospital.location.lat) && Number.isFinite(hospital.location.lon));
    if (!mapTiles || !located.length) return null;
    let zoom = 16;
    for (; zoom > 2; zoom -= 1) {
      const points = located.map(({ hospital }) => project(hospital.location.lat, hospital.location.lon, zoom));
      const width = Math.max(...points.map((p) => p.x)) - Math.min(...points.map((p) => p.x));
      const height = Math.max(...points.map((p) => p.y)) - Math.min(...points.map((p) => p.y));
      if (width < MAP_SIZE.width - 40 && height < MAP_SIZE.height - 40) break;
    }
    const points = located.map(({ hospital }) => project(hospital.location.lat, hospital.location.lon, zoom));
    const centre = {
      x: (Math.max(...points.map((p) => p.x)) + Math.min(...points.map((p) => p.x))) / 2,
      y: (Math.max(...points.map((p) => p.y)) + Math.min(...points.map((p) => p.y))) / 2,
    };
    const origin = { x: centre.x - MAP_SIZE.width / 2, y: centre.y - MAP_SIZE.height / 2 };
    const map = element("div", "mednav-map");
    map.dataset.mednav = "results-map";
    map.setAttribute("role", "img");
    labelled(map, "map_of_results", { attribute: "aria-label" });
    const count = 2 ** zoom;
    for (let tx = Math.floor(origin.x / TILE); tx * TILE < origin.x + MAP_SIZE.width; tx += 1) {
      for (let ty = Math.floor(origin.y / TILE); ty * TILE < origin.y + MAP_SIZE.height; ty += 1) {
        if (ty < 0 || ty >= count) continue;
        const tile = element("img", "mednav-tile");
        tile.alt = "";
        tile.src = mapTiles
          .replaceAll("{z}", String(zoom))
          .replaceAll("{x}", String(((tx % count) + count) % count))
          .replaceAll("{y}", String(ty))
          .replaceAll("{s}", "a");
        tile.style.left = `${tx * TILE - origin.x}px`;
        tile.style.top = `${ty * TILE - origin.y}px`;
        map.append(tile);
      }
    }
    located.forEach(({ position }, index) => {
      const marker = element("span", "mednav-marker", String(position + 1));
      marker.setAttribute("aria-hidden", "true");
      marker.style.left = `${points[index].x - origin.x}px`;
      marker.style.top = `${points[index].y - origin.y}px`;
      map.append(marker);
    });
    return map;
  }

  function renderHospitalList(payload, hasText) {
    const hospitals = Array.isArray(payload.hospitals) ? payload.hospitals.filter(Boolean) : [];
    const total = Number.isInteger(payload.total) ? payload.total : hospitals.length;
    const wrapper = element("section", "mednav-hospital-list");
    if (!hasText) {
      const key = total === 0 ? "chat_no_hospital" : "chat_hospitals_total";
      wrapper.append(labelled(element("p", "mednav-summary"), key, { values: { total } }));
    }
    if (total > hospitals.length && hospitals.length) {
      wrapper.append(labelled(element("p", "mednav-summary"), "chat_hospitals_shown", { values: { shown: hospitals.length } }));
    }
    const map = resultsMap(hospitals);
    if (map) wrapper.append(map);
    if (hospitals.length) {
      const list = element("ul", "mednav-cards");
      for (const hospital of hospitals) {
        const item = element("li");
        item.append(hospitalCard(hospital));
        list.append(item);
      }
      wrapper.append(list);
    }
    return wrapper;
  }

  function hospitalCard(hospital) {
    const card = element("article", "mednav-card");
    card.dataset.mednav = "hospital";
    card.dataset.hospitalId = String(hospital.id ?? "");
    const title = element("h3", "mednav-card-title", hospital.name || hospital.name_zh || hospital.id);
    title.id = `mednav-hospital-${Math.random().toString(36).slice(2)}`;
    card.setAttribute("aria-labelledby", title.id);
    card.append(title);

    const badges = element("p", "mednav-badges");
    if (hospital.emergency_24h) badges.append(labelled(element("span", "mednav-badge mednav-emergency-badge"), "emergency_24h"));
    if (Array.isArray(hospital.direct_billing) && hospital.direct_billing.length) {
      badges.append(labelled(element("span", "mednav-badge"), "direct_billing"));
    }
    for (const accreditation of strings(hospital.accreditations)) {
      badges.append(element("span", "mednav-badge mednav-accreditation", accreditation));
    }
    if (badges.childElementCount) card.append(badges);

    if (typeof hospital.notes === "string" && hospital.notes) {
      card.append(element("p", "mednav-notes", hospital.notes));
    }

    if (hospital.name_zh || hospital.address_zh) {
      const taxi = element("div", "mednav-taxi");
      taxi.dataset.mednav = "taxi";
      taxi.append(labelled(element("p", "mednav-taxi-label"), "taxi_driver"));
      const chinese = element("div", "mednav-taxi-text");
      chinese.lang = "zh-CN";
      if (hospital.name_zh) chinese.append(element("p", "mednav-taxi-name", hospital.name_zh));
      if (hospital.address_zh) chinese.append(element("p", "mednav-taxi-address", hospital.address_zh));
      taxi.append(chinese, copyButton([hospital.name_zh, hospital.address_zh].filter(Boolean).join("\n")));
      card.append(taxi);
    }

    const where = [hospital.address, hospital.district_name].filter((part) => typeof part === "string" && part);
    if (where.length) card.append(element("p", "mednav-address", where.join(" · ")));

    const facts = element("dl", "mednav-facts");
    const fact = (key, ...values) => {
      facts.append(labelled(element("dt"), key));
      const dd = element("dd");
      dd.append(...values);
      facts.append(dd);
    };
    if (hospital.phone) fact("phone", phoneLink(hospital.phone));
    if (hospital.international_desk_phone || hospital.international_desk_hours) {
      const desk = [];
      if (hospital.international_desk_phone) desk.push(phoneLink(hospital.international_desk_phone));
      if (hospital.international_desk_hours) desk.push(element("span", "mednav-desk-hours", hospital.international_desk_hours));
      fact("card_desk", ...desk);
    }
    const departments = strings(hospital.departments);
    if (departments.length) fact("card_departments", departments.join(", "));
    const languages = strings(hospital.languages);
    if (languages.length) fact("languages", languages.map(languageName).join(", "));
    const billing = strings(hospital.direct_billing);
    if (billing.length) fact("direct_billing", billing.map((id) => insurerNames[id] || id).join(", "));
    if (typeof hospital.website === "string" && /^https?:\/\//i.test(hospital.website)) {
      const link = element("a", null, hospital.website.replace(/^https?:\/\//i, "").replace(/\/$/, ""));
      link.href = hospital.website;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      fact("website", link);
    }
    if (facts.childElementCount) card.append(facts);

    const maps = mapLinks(hospital.map_links);
    if (maps) card.append(maps);
    if (typeof hospital.verified_on === "string" && hospital.verified_on) {
      card.append(labelled(element("p", "mednav-verified"), "card_verified_on", { values: { date: hospital.verified_on } }));
    }
    return card;
  }

  function strings(value) {
    return Array.isArray(value) ? value.filter((item) => typeof item === "string" && item) : [];
  }

  /** Links to the map services only: a link whose host is not the service's own is not shown. */
  function mapLinks(links) {
    if (!links || typeof links !== "object") return null;
    const box = element("p", "mednav-maps");
    box.append(labelled(element("span", "mednav-maps-label"), "map_open_in"), " ");
    for (const [service, host] of Object.entries(MAP_HOSTS)) {
      if (service === "apple" && !IS_IOS) continue;
      let url;
      try {
        url = new URL(links[service]);
      } catch {
        continue;
      }
      if (url.protocol !== "https:" || url.host !== host) continue;
      const link = labelled(element("a", "mednav-map-link"), `map_${service}`);
      link.href = url.href;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      link.dataset.mednav = "map";
      link.dataset.service = service;
      box.append(link, " ");
    }
    return box.querySelector("a") ? box : null;
  }

  function phoneLink(phone) {
    const link = element("a", "mednav-phone", String(phone));
    link.href = `tel:${String(phone).replace(/[^\d+]/g, "")}`;
    return labelled(link, "chat_call", { attribute: "aria-label", values: { phone: String(phone) } });
  }

  function copyButton(text) {
    const button = labelled(element("button", "mednav-button mednav-secondary mednav-small"), "copy");
    button.type = "button";
    button.dataset.mednav = "copy";
    labelled(button, "copy_taxi", { attribute: "title" });
    button.addEventListener("click", async () => {
      let copied = false;
      try {
        await navigator.clipboard.writeText(text);
        copied = true;
      } catch {
        copied = false;
      }
      button.textContent = t(copied ? "copied" : "copy_failed");
      setTimeout(() => (button.textContent = t("copy")), 2000);
    });
    return button;
  }

  function scrollToShow(item) {
    const list = ui.messages;
    // A tall answer (a list of hospitals) is shown from its top; anything else keeps the newest in view.
    if (item.offsetHeight > list.clientHeight * 0.8) list.scrollTop = item.offsetTop - list.offsetTop - 8;
    else list.scrollTop = list.scrollHeight;
  }

  // ---------------------------------------------------------------- wiring

  function start() {
    const stylesheet = document.createElement("link");
    stylesheet.rel = "stylesheet";
    stylesheet.href = new URL("widget.css", BASE).href;
    document.head.append(stylesheet);
    build();
    const saved = readStore("localStorage", STORE.language);
    ui.language.value = UI_LOCALES.includes(saved) ? saved : script.dataset.language && UI_LOCALES.includes(script.dataset.language) ? script.dataset.language : "";
    (PAGE_MODE ? document.querySelector("[data-mednav-page]") || document.body : document.body).append(root);
    setReady(false);
    renderAll();
    loadLabels();
    loadPageConfig();

    ui.form.addEventListener("submit", (event) => {
      event.preventDefault();
      if (sendMessage(ui.input.value)) {
        ui.input.value = "";
        fitInput();
      }
    });
    ui.input.addEventListener("keydown", (event) => {
      // Enter sends, Shift+Enter breaks the line; never while an input method is composing (Japanese, Chinese).
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
        event.preventDefault();
        ui.form.requestSubmit();
      }
    });
    ui.input.addEventListener("input", fitInput);
    ui.language.addEventListener("change", () => {
      writeStore("localStorage", STORE.language, chosenLanguage());
      loadLabels();
    });
    ui.fresh.addEventListener("click", startNewConversation);
    if (PAGE_MODE) {
      connect();
    } else {
      ui.launcher.addEventListener("click", () => setOpen(ui.panel.hidden));
      root.addEventListener("keydown", (event) => {
        if (event.key === "Escape" && !ui.panel.hidden) setOpen(false);
      });
      if (readStore("sessionStorage", STORE.open)) setOpen(true);
    }
  }

  function fitInput() {
    ui.input.style.height = "auto";
    ui.input.style.height = `${ui.input.scrollHeight + 2}px`;
  }

  window.MedNavWidget = Object.freeze({ version: 1 });
  if (document.body) start();
  else document.addEventListener("DOMContentLoaded", start, { once: true });
})();
