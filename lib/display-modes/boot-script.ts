import { DISPLAY_MODES, PAGE_STATE } from "./modes";
import { readStored as readStoredModes, STORAGE_NAMES, type StorageNames } from "./storage";

/** What the boot script needs to know, handed to it as one argument (it closes over nothing). */
export interface BootConfig {
  modes: Readonly<Record<string, readonly string[]>>;
  storage: StorageNames;
  state: typeof PAGE_STATE;
}

export const BOOT_CONFIG: BootConfig = {
  modes: DISPLAY_MODES,
  storage: STORAGE_NAMES,
  state: PAGE_STATE,
};

/**
 * Runs inline at the top of <head> on every page, while the HTML is parsed: before the
 * first paint and before any module. It is serialised from this function at build time
 * (Function.prototype.toString), so it must refer to nothing outside itself but its
 * arguments and the browser, and keep to syntax every browser of the last years parses.
 * Its second argument is the storage reader of storage.ts, serialised the same way: the
 * storage format is written once, for this script and the store alike.
 *
 * - It marks <html data-js>, and data-speech where the browser can speak, so CSS offers
 *   exactly the controls that can work.
 * - It copies the stored modes, checked against the allowed values, onto <html>, and
 *   data-toolbar-open when the toolbar was left open: a resident who chose 长者助手, a
 *   colour scheme or an open toolbar gets the page painted that way, with nothing moving.
 * - Storage may be blocked (private mode, policy): then the visit's settings come from
 *   window.name, where the modules keep them in that case (storage.ts).
 * - If one of the site's module scripts fails to load, it marks data-modules-failed, and
 *   CSS takes away every control that needs a module: none is left to swallow a tap.
 */
export function bootDisplayModes(config: BootConfig, readStored: typeof readStoredModes): void {
  const root = document.documentElement;
  const state = config.state;
  root.setAttribute(state.js, "");
  addEventListener(
    "error",
    function (event) {
      const target = event.target as HTMLScriptElement | null;
      if (target && target.nodeName === "SCRIPT" && target.type === "module") root.setAttribute(state.modulesFailed, "");
    },
    true,
  );
  if (typeof speechSynthesis === "object" && typeof SpeechSynthesisUtterance === "function") {
    root.setAttribute(state.speech, "");
  }
  const stored = readStored(config.storage);
  if (stored.settings && typeof stored.settings === "object") {
    const values = stored.settings as Record<string, unknown>;
    for (const mode in config.modes) {
      const value = values[mode];
      if ({}.hasOwnProperty.call(values, mode) && typeof value === "string" && config.modes[mode]!.indexOf(value) > -1) {
        root.setAttribute("data-" + mode, value);
      }
    }
  }
  if (stored.toolbarOpen) root.setAttribute(state.toolbarOpen, "");
}

/**
 * The inline script itself: the function above, called with its configuration. The
 * module build (scripts/build-modules.ts) minifies it once and records it in its
 * manifest, where the pages and the build's checks take it from: the same text on every
 * page and in every language, so the Content-Security-Policy allows it by its hash,
 * computed from the built pages (scripts/lib/csp.ts).
 */
export function bootScriptSource(): string {
  return `(${bootDisplayModes.toString()})(${JSON.stringify(BOOT_CONFIG)}, ${readStoredModes.toString()});`;
}
