// MedNav patients' chat: a small Socket.IO v5 / Engine.IO v4 client over the browser's WebSocket, talking to
// Rasa's socket.io channel, and a renderer for its text and hospital-list messages.
// Bot text is only ever inserted with textContent: replies may quote what users typed.
"use strict";

(() => {
  const { fetchJson, applyLabels } = window.MedNav;
  const UI_LOCALES = ["en", "ja", "de", "fr"];
  const STORAGE = {
    sessionId: "mednav.chat.session_id",
    language: "mednav.chat.language",
    transcript: "mednav.chat.transcript", // sessionStorage: the transcript lives as long as the tab
  };
  const TRANSCRIPT_LIMIT = 200;
  const RETRY_DELAYS_S = [1, 2, 4, 8, 15, 30];
  const CONNECT_TIMEOUT_MS = 10000;
  const TYPING_TIMEOUT_MS = 20000;

  // ---------------------------------------------------------------- storage (may be unavailable)

  function readStore(area, key) {
    try {
      return area.getItem(key);
    } catch {
      return null;
    }
  }

  function writeStore(area, key, value) {
    try {
      if (value === null) area.removeItem(key);
      else area.setItem(key, value);
    } catch {
      // Private browsing or a full quota: the chat still works, it just forgets on reload.
    }
  }

  // ---------------------------------------------------------------- Engine.IO v4 / Socket.IO v5 client

  /** The socket.io WebSocket endpoint of a Rasa server given as http(s):// or ws(s):// base URL. */
  function socketUrl(base) {
    const url = new URL(base);
    url.protocol = url.protocol === "https:" || url.protocol === "wss:" ? "wss:" : "ws:";
    url.pathname = `${url.pathname.replace(/\/+$/, "")}/socket.io/`;
    url.search = "?EIO=4&transport=websocket";
    url.hash = "";
    return url.href;
  }

  /**
   * One logical connection to the default namespace "/", reconnecting with backoff whenever the socket
   * closes. `handlers`: onState(state, detail) with state "connecting" | "connected" | "unreachable"
   * (detail.retryAt: epoch ms of the next attempt), onConnect(), onEvent(name, data).
   */
  class SocketIoClient {
    constructor(url, handlers) {
      this.url = url;
      this.handlers = handlers;
      this.ws = null;
      this.failures = 0;
      this.connected = false;
      this.timers = {};
    }

    start() {
      this.clearTimer("retry");
      this.dropSocket();
      this.handlers.onState("connecting", {});
      let ws;
      try {
        ws = new WebSocket(this.url);
      } catch {
        this.scheduleRetry();
        return;
      }
      this.ws = ws;
      // A server that accepts TCP but never speaks socket.io counts as unreachable too.
      this.setTimer("handshake", CONNECT_TIMEOUT_MS, () => this.lost());
      ws.onmessage = (event) => {
        if (this.ws === ws) this.receive(String(event.data));
      };
      ws.onclose = () => {
        if (this.ws === ws) this.lost();
      };
    }

    /** Reconnects at once, e.g. after the user pressed "Retry now" or the device came back online. */
    retryNow() {
      if (!this.connected) this.start();
    }

    /** Sends an event; false when not connected (the caller keeps the message). */
    emit(name, data) {
      if (!this.connected || !this.ws || this.ws.readyState !== WebSocket.OPEN) return false;
      this.ws.send(`42${JSON.stringify([name, data])}`);
      return true;
    }

    receive(packet) {
      switch (packet[0]) {
        case "0": {
          // Engine.IO open: {"sid", "pingInterval", "pingTimeout", ...}; then join namespace "/".
          const open = parseJson(packet.slice(1)) || {};
          this.heartbeatMs = (Number(open.pingInterval) || 25000) + (Number(open.pingTimeout) || 20000);
          this.armHeartbeat();
          this.ws.send("40");
          break;
        }
        case "2": // ping
          this.ws.send("3");
          this.armHeartbeat();
          break;
        case "1": // close
          this.lost();
          break;
        case "4":
          this.receiveSocketIo(packet.slice(1));
          break;
        default: // "3" pong, "6" noop: nothing to do
      }
    }

    receiveSocketIo(packet) {
      const type = packet[0];
      let rest = packet.slice(1);
      if (rest.startsWith("/")) {
        // "/namespace,..." : this client lives in "/" only.
        const comma = rest.indexOf(",");
        const namespace = comma < 0 ? rest : rest.slice(0, comma);
        if (namespace !== "/") return;
        rest = comma < 0 ? "" : rest.slice(comma + 1);
      }
      rest = rest.replace(/^\d+/, ""); // an acknowledgement id; this client asks for no acks
      const payload = rest ? parseJson(rest) : null;
      switch (type) {
        case "0": // CONNECT accepted: {"sid": ...}
          this.clearTimer("handshake");
          this.connected = true;
          this.failures = 0;
          this.handlers.onState("connected", {});
          this.handlers.onConnect();
          break;
        case "1": // DISCONNECT by the server
        case "4": // CONNECT_ERROR
          this.lost();
          break;
        case "2": // EVENT ["name", data]
          if (Array.isArray(payload) && typeof payload[0] === "string") {
            this.handlers.onEvent(payload[0], payload[1]);
          }
          break;
        default: // acks and binary events are not used by Rasa's channel
      }
    }

    armHeartbeat() {
      // No ping within pingInterval + pingTimeout: the connection is dead even if the socket looks open.
      this.setTimer("heartbeat", this.heartbeatMs, () => this.lost());
    }

    lost() {
      this.dropSocket();
      this.scheduleRetry();
    }

    dropSocket() {
      const ws = this.ws;
      this.ws = null;
      this.connected = false;
      this.clearTimer("handshake");
      this.clearTimer("heartbeat");
      if (ws) {
        ws.onmessage = null;
        ws.onclose = null;
        try {
          ws.close();
        } catch {
          // already closed
        }
      }
    }

    scheduleRetry() {
      const delaySeconds = RETRY_DELAYS_S[Math.min(this.failures, RETRY_DELAYS_S.length - 1)];
      this.failures += 1;
      const retryAt = Date.now() + delaySeconds * 1000;
      this.setTimer("retry", delaySeconds * 1000, () => this.start());
      this.handlers.onState("unreachable", { retryAt });
    }

    setTimer(name, ms, callback) {
      this.clearTimer(name);
      this.timers[name] = setTimeout(callback, ms);
    }

    clearTimer(name) {
      clearTimeout(this.timers[name]);
      delete this.timers[name];
    }
  }

  function parseJson(text) {
    try {
      return JSON.parse(text);
    } catch {
      return null;
    }
  }

  // ---------------------------------------------------------------- page state

  const page = {
    messages: document.getElementById("messages"),
    form: document.getElementById("composer"),
    input: document.getElementById("message"),
    send: document.getElementById("send"),
    language: document.getElementById("language"),
    connection: document.getElementById("connection"),
    statusText: document.getElementById("status-text"),
    statusDetail: document.getElementById("status-detail"),
    retryNow: document.getElementById("retry-now"),
    newConversation: document.getElementById("new-conversation"),
  };

  let uiLocale = "en";
  let uiText = {};
  let insurerNames = {};
  let districtNames = {};
  let languageNames = null;
  let transcript = loadTranscript();
  let sessionId = readStore(localStorage, STORAGE.sessionId);
  let ready = false; // connected and the session confirmed: messages can go out
  let connectionState = { state: "connecting", detail: {} };
  let countdownTimer = null;
  let typingTimer = null;
  let textRequest = 0;
  let client = null; // created once the page's functions exist, below

  function t(key, values = {}) {
    let text = uiText[key] ?? key;
    for (const [name, value] of Object.entries(values)) text = text.replaceAll(`{${name}}`, String(value));
    return text;
  }

  /** The language the user picked, or null for "Auto" (then the assistant detects it). */
  function chosenLanguage() {
    return UI_LOCALES.includes(page.language.value) ? page.language.value : null;
  }

  function browserLocale() {
    return MedNav.browserLocale(UI_LOCALES) || "en";
  }

  function rasaBaseUrl() {
    const requested = new URLSearchParams(location.search).get("rasa");
    if (requested) {
      try {
        const url = new URL(requested);
        if (["http:", "https:", "ws:", "wss:"].includes(url.protocol)) return url.href;
      } catch {
        // fall through to the default
      }
    }
    const protocol = location.protocol === "https:" ? "https:" : "http:";
    return `${protocol}//${location.hostname || "localhost"}:5005`;
  }

  // ---------------------------------------------------------------- labels

  async function applyLocale() {
    uiLocale = chosenLanguage() || browserLocale();
    document.documentElement.lang = uiLocale;
    try {
      languageNames = new Intl.DisplayNames([uiLocale], { type: "language" });
    } catch {
      languageNames = null;
    }
    const request = ++textRequest;
    const [texts, vocabulary] = await Promise.all([
      fetchJson(`/api/ui-text?locale=${encodeURIComponent(uiLocale)}`),
      fetchJson(`/api/vocabulary?locale=${encodeURIComponent(uiLocale)}`),
    ]);
    if (request !== textRequest) return; // a later choice won
    if (texts) uiText = texts;
    if (vocabulary) {
      insurerNames = namesById(vocabulary.insurers);
      districtNames = namesById(vocabulary.districts);
    }
    applyLabels(uiText);
    showConnection();
    renderAll();
  }

  function namesById(entries) {
    const names = {};
    for (const entry of Array.isArray(entries) ? entries : []) names[entry.id] = entry.name;
    return names;
  }

  function languageName(code) {
    try {
      return (languageNames && languageNames.of(code)) || code;
    } catch {
      return code;
    }
  }

  // ---------------------------------------------------------------- connection status

  function onState(state, detail) {
    connectionState = { state, detail };
    if (state !== "connected") setReady(false);
    showConnection();
  }

  function setReady(value) {
    ready = value;
    page.send.disabled = !ready;
    if (!ready) hideTyping();
  }

  function showConnection() {
    const { state, detail } = connectionState;
    // While retrying after a failure the state stays "unreachable", so the announced status does not
    // flip back and forth on every attempt; the detail says an attempt is under way.
    let shown = state === "connected" && !ready ? "connecting" : state;
    if (shown === "connecting" && client && client.failures > 0) shown = "retrying";
    page.connection.dataset.state = shown === "retrying" ? "unreachable" : shown;
    clearInterval(countdownTimer);
    countdownTimer = null;
    if (shown === "connected") {
      page.statusText.textContent = t("chat_connected");
      page.statusDetail.textContent = "";
    } else if (shown === "connecting") {
      page.statusText.textContent = t("chat_connecting");
      page.statusDetail.textContent = "";
    } else if (shown === "retrying") {
      page.statusText.textContent = t("chat_unreachable");
      page.statusDetail.textContent = t("chat_connecting");
    } else {
      page.statusText.textContent = t("chat_unreachable");
      const tick = () => {
        const seconds = Math.max(0, Math.ceil((detail.retryAt - Date.now()) / 1000));
        page.statusDetail.replaceChildren(
          t("chat_retrying", { seconds }),
          " ",
          element("span", "status-hint", t("chat_offline_hint")),
        );
      };
      tick();
      countdownTimer = setInterval(tick, 1000);
    }
  }

  // ---------------------------------------------------------------- conversation

  function onConnect() {
    client.emit("session_request", { session_id: sessionId || null });
  }

  function onEvent(name, data) {
    if (name === "session_confirm") {
      const confirmed = typeof data === "string" ? data : data && data.session_id;
      if (typeof confirmed === "string" && confirmed) {
        sessionId = confirmed;
        writeStore(localStorage, STORAGE.sessionId, confirmed);
      }
      setReady(true);
      showConnection();
    } else if (name === "bot_uttered" && data && typeof data === "object") {
      receiveBotMessage(data);
    }
  }

  function receiveBotMessage(data) {
    const record = { from: "bot" };
    if (typeof data.text === "string" && data.text.trim()) record.text = data.text;
    if (Array.isArray(data.quick_replies) && data.quick_replies.length) record.quickReplies = data.quick_replies;
    const custom = data.custom && typeof data.custom === "object" ? data.custom : null;
    if (custom && custom.type === "hospital_list") record.custom = custom;
    if (!record.text && !record.custom) return; // a payload type this widget does not show
    hideTyping();
    addRecord(record);
  }

  function sendMessage(text, shownAs = text) {
    const message = text.trim();
    if (!message || !ready) return false;
    const data = { message, session_id: sessionId };
    const language = chosenLanguage();
    if (language) data.metadata = { language };
    if (!client.emit("user_uttered", data)) return false;
    addRecord({ from: "user", text: shownAs.trim() });
    showTyping();
    return true;
  }

  function addRecord(record) {
    transcript.push(record);
    if (transcript.length > TRANSCRIPT_LIMIT) transcript = transcript.slice(-TRANSCRIPT_LIMIT);
    writeStore(sessionStorage, STORAGE.transcript, JSON.stringify(transcript));
    const item = renderRecord(record);
    page.messages.insertBefore(item, typingBubble.isConnected ? typingBubble : null);
    scrollToShow(item);
  }

  function loadTranscript() {
    const saved = parseJson(readStore(sessionStorage, STORAGE.transcript) || "[]");
    return Array.isArray(saved) ? saved.filter((record) => record && typeof record === "object") : [];
  }

  function startNewConversation() {
    transcript = [];
    sessionId = null;
    writeStore(sessionStorage, STORAGE.transcript, null);
    writeStore(localStorage, STORAGE.sessionId, null);
    renderAll();
    client.failures = 0;
    client.start(); // a fresh socket, so replies for the old session no longer arrive here
    page.input.focus();
  }

  // ---------------------------------------------------------------- rendering

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  const typingBubble = element("li", "message from-bot typing", "…");
  typingBubble.setAttribute("aria-hidden", "true");

  function showTyping() {
    page.messages.append(typingBubble);
    scrollToShow(typingBubble);
    clearTimeout(typingTimer);
    typingTimer = setTimeout(hideTyping, TYPING_TIMEOUT_MS);
  }

  function hideTyping() {
    clearTimeout(typingTimer);
    typingBubble.remove();
  }

  function renderAll() {
    const typing = typingBubble.isConnected;
    page.messages.replaceChildren();
    const welcome = element("li", "message from-bot welcome");
    welcome.append(speaker("bot"), t("chat_welcome"));
    page.messages.append(welcome);
    for (const record of transcript) page.messages.append(renderRecord(record));
    if (typing) page.messages.append(typingBubble);
    page.messages.scrollTop = page.messages.scrollHeight;
  }

  function speaker(from) {
    return element("span", "visually-hidden", `${t(from === "user" ? "chat_you" : "chat_assistant")}: `);
  }

  function renderRecord(record) {
    const item = element("li", `message from-${record.from === "user" ? "user" : "bot"}`);
    item.append(speaker(record.from));
    if (record.custom) {
      item.classList.add("rich");
      if (record.text) item.append(element("p", "message from-bot", record.text));
      item.append(renderHospitalList(record.custom));
      return item;
    }
    item.append(String(record.text || ""));
    if (record.quickReplies) item.append(renderQuickReplies(record.quickReplies));
    return item;
  }

  function renderQuickReplies(replies) {
    const group = element("div", "quick-replies");
    for (const reply of replies) {
      if (!reply || typeof reply.title !== "string") continue;
      const button = element("button", "button secondary small", reply.title);
      button.type = "button";
      button.addEventListener("click", () => {
        sendMessage(typeof reply.payload === "string" ? reply.payload : reply.title, reply.title);
      });
      group.append(button);
    }
    return group;
  }

  function renderHospitalList(payload) {
    const hospitals = Array.isArray(payload.hospitals) ? payload.hospitals.filter(Boolean) : [];
    const total = Number.isInteger(payload.total) ? payload.total : hospitals.length;
    const wrapper = element("section", "hospital-list");
    let summary = total === 0 ? t("chat_no_hospital") : t("chat_hospitals_total", { total });
    if (total > hospitals.length && hospitals.length) {
      summary += ` ${t("chat_hospitals_shown", { shown: hospitals.length })}`;
    }
    wrapper.append(element("p", "hospital-list-summary", summary));
    if (hospitals.length) {
      const list = element("ul", "hospital-cards");
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
    const card = element("article", "hospital-card");
    const title = element("h3", null, hospital.name || hospital.name_zh || hospital.id);
    title.id = `hospital-${Math.random().toString(36).slice(2)}`;
    card.setAttribute("aria-labelledby", title.id);
    card.append(title);

    const badges = element("div", "badges");
    if (hospital.emergency_24h) badges.append(element("span", "badge emergency", t("emergency_24h")));
    if (Array.isArray(hospital.direct_billing) && hospital.direct_billing.length) {
      badges.append(element("span", "badge", t("direct_billing")));
    }
    if (badges.childElementCount) card.append(badges);

    if (hospital.name_zh || hospital.address_zh) {
      const taxi = element("div", "taxi-box");
      const label = element("p", "taxi-label", t("taxi_driver"));
      label.lang = uiLocale;
      const chinese = element("div");
      chinese.lang = "zh-CN";
      if (hospital.name_zh) chinese.append(element("p", "taxi-name", hospital.name_zh));
      if (hospital.address_zh) chinese.append(element("p", "taxi-address", hospital.address_zh));
      taxi.append(label, chinese);
      card.append(taxi);
    }

    const where = [hospital.address, districtNames[hospital.district]].filter(Boolean).join(" · ");
    if (where) card.append(element("p", "hospital-address", where));

    const facts = element("dl", "hospital-facts");
    const fact = (label, value) => {
      facts.append(element("dt", null, label));
      const dd = element("dd");
      dd.append(value);
      facts.append(dd);
    };
    if (hospital.phone) fact(t("phone"), phoneLink(hospital.phone));
    if (Array.isArray(hospital.languages) && hospital.languages.length) {
      fact(t("languages"), hospital.languages.map(languageName).join(", "));
    }
    if (Array.isArray(hospital.direct_billing) && hospital.direct_billing.length) {
      fact(t("direct_billing"), hospital.direct_billing.map((id) => insurerNames[id] || id).join(", "));
    }
    if (typeof hospital.website === "string" && /^https?:\/\//i.test(hospital.website)) {
      const link = element("a", null, hospital.website.replace(/^https?:\/\//i, "").replace(/\/$/, ""));
      link.href = hospital.website;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      fact(t("website"), link);
    }
    if (facts.childElementCount) card.append(facts);
    return card;
  }

  function phoneLink(phone) {
    const link = element("a", "phone-link", phone);
    link.href = `tel:${String(phone).replace(/[^\d+]/g, "")}`;
    link.setAttribute("aria-label", t("chat_call", { phone }));
    return link;
  }

  function scrollToShow(item) {
    const list = page.messages;
    // A tall answer (a list of hospitals) is shown from its top; anything else keeps the newest in view.
    if (item.offsetHeight > list.clientHeight * 0.8) list.scrollTop = item.offsetTop - list.offsetTop - 8;
    else list.scrollTop = list.scrollHeight;
  }

  // ---------------------------------------------------------------- wiring

  client = new SocketIoClient(socketUrl(rasaBaseUrl()), { onState, onConnect, onEvent });

  page.form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (sendMessage(page.input.value)) {
      page.input.value = "";
      fitInput();
    }
  });

  page.input.addEventListener("keydown", (event) => {
    // Enter sends, Shift+Enter breaks the line; never while an input method is composing (Japanese, Chinese).
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
      event.preventDefault();
      page.form.requestSubmit();
    }
  });

  function fitInput() {
    page.input.style.height = "auto";
    page.input.style.height = `${page.input.scrollHeight + 2}px`;
  }
  page.input.addEventListener("input", fitInput);

  page.language.addEventListener("change", () => {
    writeStore(localStorage, STORAGE.language, chosenLanguage());
    applyLocale();
  });
  page.retryNow.addEventListener("click", () => client.retryNow());
  page.newConversation.addEventListener("click", startNewConversation);
  window.addEventListener("online", () => client.retryNow());

  const savedLanguage = readStore(localStorage, STORAGE.language);
  if (UI_LOCALES.includes(savedLanguage)) page.language.value = savedLanguage;
  setReady(false);
  renderAll();
  applyLocale();
  client.start();
})();
