import { modeAttribute, STORAGE_KEY, TOGGLE_ON, TOOLBAR_KEY } from "../lib/display-modes/modes";

/**
 * How the benchmark turns on elder mode (长者助手): as a returning reader has it, stored
 * under the display modes' own key. The boot script at the top of <head>
 * (lib/display-modes/boot-script.ts) reads it and sets the attribute on <html> before
 * the first paint, as it does for the reader.
 */
export const ELDER_MODE = {
  /** localStorage key the boot script reads, and the value meaning "elder mode on". */
  storageKey: STORAGE_KEY,
  storageValue: JSON.stringify({ elder: TOGGLE_ON.elder }),
  /** The attribute on <html> that the mode's CSS tokens hang on. */
  htmlAttribute: modeAttribute("elder"),
};

/**
 * A script run in every new document before the page's own scripts (CDP
 * Page.addScriptToEvaluateOnNewDocument): it stores the choice, as a returning reader
 * would have it; the page's boot script does the rest.
 */
export function elderModeInitScript(): string {
  return `try { localStorage.setItem(${JSON.stringify(ELDER_MODE.storageKey)}, ${JSON.stringify(ELDER_MODE.storageValue)}); } catch {}`;
}

/** The same for a reader who left the 无障碍 toolbar open in this tab: the boot script paints it open. */
export function toolbarOpenInitScript(): string {
  return `try { sessionStorage.setItem(${JSON.stringify(TOOLBAR_KEY)}, "open"); } catch {}`;
}
