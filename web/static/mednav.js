// What the MedNav pages share: fetching JSON from the app, and labels from /api/ui-text.
"use strict";

window.MedNav = Object.freeze({
  /** The JSON at `url`, or null when the app cannot be reached or answers with an error. */
  async fetchJson(url) {
    try {
      const response = await fetch(url, { headers: { Accept: "application/json" } });
      return response.ok ? await response.json() : null;
    } catch {
      return null;
    }
  },

  /** Puts the translated labels into every element marked data-text or data-placeholder. */
  applyLabels(texts) {
    for (const node of document.querySelectorAll("[data-text]")) {
      const text = texts[node.dataset.text];
      if (text) node.textContent = text;
    }
    for (const node of document.querySelectorAll("[data-placeholder]")) {
      const text = texts[node.dataset.placeholder];
      if (text) node.placeholder = text;
    }
  },

  /** The browser's preferred language when it is one of `locales`, else undefined. */
  browserLocale(locales) {
    return (navigator.languages || [navigator.language || "en"])
      .map((tag) => String(tag).toLowerCase().split("-")[0])
      .find((primary) => locales.includes(primary));
  },
});
