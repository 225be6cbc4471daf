import { DISPLAY_MODES, PAGE_STATE, STORAGE_KEY, TOOLBAR_KEY, VISIT_MEMORY_PREFIX } from "./modes";

/** What the boot script needs to know, handed to it as one argument (it closes over nothing). */
export interface BootConfig {
  modes: Readonly<Record<string, readonly string[]>>;
  storageKey: string;
  toolbarKey: string;
  visitPrefix: string;
  state: typeof PAGE_STATE;
}

export const BOOT_CONFIG: BootConfig = {
  modes: DISPLAY_MODES,
  storageKey: STORAGE_KEY,
  toolbarKey: TOOLBAR_KEY,
  visitPrefix: VISIT_MEMORY_PREFIX,
  state: PAGE_STATE,
};

/**
 * Runs inline at the top of <head> on every page, while the HTML is parsed: before the
 * first paint and before any module. It is serialised from this function at build time
 * (Function.prototype.toString), so it must refer to nothing outside itself but its
 * argument and the browser, and keep to syntax every browser of the last years parses.
 *
 * - It marks <html data-js>, and data-speech where the browser can speak, so CSS offers
 *   exactly the controls that can work.
 * - It copies the stored modes, checked against the allowed values, onto <html>, and
 *   data-toolbar-open when the toolbar was left open: a resident who chose 长者助手, a
 *   colour scheme or an open toolbar gets the page painted that way, with nothing moving.
 * - Storage may be blocked (private mode, policy): then the visit's settings come from
 *   window.name, where the modules keep them in that case.
 * - If one of the site's module scripts fails to load, it marks data-modules-failed, and
 *   CSS takes away every control that needs a module: none is left to swallow a tap.
 */
export function bootDisplayModes(config: BootConfig): void {
  var root = document.documentElement;
  var state = config.state;
  root.setAttribute(state.js, "");
  window.addEventListener(
    "error",
    function (event) {
      var target = event.target as HTMLScriptElement | null;
      if (target && target.nodeName === "SCRIPT" && target.type === "module") root.setAttribute(state.modulesFailed, "");
    },
    true,
  );
  if (typeof window.speechSynthesis === "object" && typeof window.SpeechSynthesisUtterance === "function") {
    root.setAttribute(state.speech, "");
  }
  var memory: { settings?: unknown; toolbarOpen?: unknown } | null = null;
  try {
    var name = window.name;
    if (name.indexOf(config.visitPrefix) === 0) memory = JSON.parse(name.slice(config.visitPrefix.length));
  } catch (error) {
    memory = null;
  }
  var settings: unknown = null;
  var toolbarOpen: unknown = false;
  try {
    settings = JSON.parse(window.localStorage.getItem(config.storageKey) || "null");
  } catch (error) {
    settings = memory && memory.settings;
  }
  try {
    toolbarOpen = window.sessionStorage.getItem(config.toolbarKey) === "open";
  } catch (error) {
    toolbarOpen = memory && memory.toolbarOpen === true;
  }
  if (settings && typeof settings === "object") {
    var stored = settings as Record<string, unknown>;
    for (var mode in config.modes) {
      var value = stored[mode];
      if (Object.prototype.hasOwnProperty.call(stored, mode) && typeof value === "string" && config.modes[mode]!.indexOf(value) > -1) {
        root.setAttribute("data-" + mode, value);
      }
    }
  }
  if (toolbarOpen === true) root.setAttribute(state.toolbarOpen, "");
}

/**
 * The inline script itself: the function above, called with its configuration. The
 * module build (scripts/build-modules.ts) minifies it once and records it in its
 * manifest, where the pages and the build's checks take it from: the same text on every
 * page and in every language, so the Content-Security-Policy allows it by its hash,
 * computed from the built pages (scripts/lib/csp.ts).
 */
export function bootScriptSource(): string {
  return `(${bootDisplayModes.toString()})(${JSON.stringify(BOOT_CONFIG)});`;
}
