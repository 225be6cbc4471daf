import { STORAGE_KEY } from "../lib/display-modes/modes";

/**
 * How the benchmark turns on elder mode (长者助手): as a returning reader has it, stored
 * under the display modes' own key, which their boot script reads before first paint.
 */
export const ELDER_MODE = {
  /** localStorage key the boot script reads, and the value meaning "elder mode on". */
  storageKey: STORAGE_KEY,
  storageValue: JSON.stringify({ elder: "on" }),
  /** The attribute on <html> that the mode's CSS tokens hang on. */
  htmlAttribute: "data-elder",
  htmlAttributeValue: "on",
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
