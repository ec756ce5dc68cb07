// The landing page's labels in the browser's language when it is one of the pages' four; English otherwise.
// A file of its own, not an inline script: the pages' content security policy runs no inline code.
"use strict";

(async () => {
  const wanted = MedNav.browserLocale(["en", "ja", "de", "fr"]);
  if (!wanted || wanted === "en") return;
  const texts = await MedNav.fetchJson(`/api/ui-text?locale=${wanted}`);
  if (!texts) return;
  document.documentElement.lang = wanted;
  MedNav.applyLabels(texts);
})();
