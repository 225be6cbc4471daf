/**
 * INTEGRATION POINT — how the benchmark turns on elder mode (长者模式).
 *
 * Display modes belong to the display-modes feature (lib/display-modes/), which stores the
 * reader's choice and sets an attribute on <html> from a tiny inline script before the
 * first paint. Point these constants at what that feature actually uses; nothing else in
 * the benchmark needs to change.
 */
export const ELDER_MODE = {
  /** localStorage key the boot script reads, and the value meaning "elder mode on". */
  storageKey: "nanlang-display-modes",
  storageValue: JSON.stringify({ elder: true }),
  /** The attribute on <html> that the mode's CSS tokens hang on. */
  htmlAttribute: "data-elder",
  htmlAttributeValue: "",
};

/**
 * A script run in every new document before the page's own scripts (CDP
 * Page.addScriptToEvaluateOnNewDocument): it stores the choice, as a returning reader
 * would have it, and sets the attribute as soon as <html> exists.
 */
export function elderModeInitScript(): string {
  const mode = JSON.stringify(ELDER_MODE);
  return `(() => {
  const mode = ${mode};
  try { localStorage.setItem(mode.storageKey, mode.storageValue); } catch {}
  const apply = () => document.documentElement && document.documentElement.setAttribute(mode.htmlAttribute, mode.htmlAttributeValue);
  if (document.documentElement) apply();
  else new MutationObserver((_, observer) => { if (document.documentElement) { apply(); observer.disconnect(); } }).observe(document, { childList: true });
})();`;
}
