/**
 * The display-mode state of the page, in the browser (components/display-modes/
 * display-modes.browser.ts drives the controls from it). <html>'s attributes are the
 * state as displayed: the boot script set them from storage before first paint; every
 * change here writes them again, then saves them (storage.ts: localStorage, or for the
 * visit window.name when storage is blocked, which the boot script of the next page reads).
 */
import {
  MODE_NAMES,
  STORED_CHOICE_NAMES,
  OS_HIGH_CONTRAST_SCHEME,
  PAGE_STATE,
  STORAGE_KEY,
  modeAttribute,
  sanitizeSettings,
  type ModeName,
  type Scheme,
  type StoredChoice,
  type StoredSettings,
} from "./modes";
import { readStored, STORAGE_NAMES, writeSettings, writeToolbarOpen } from "./storage";

export interface DisplayModeState {
  settings: StoredSettings;
  toolbarOpen: boolean;
  /** prefers-contrast: more, which starts the page in a high-contrast scheme. */
  osPrefersContrast: boolean;
}

const CONTRAST_QUERY = "(prefers-contrast: more)";

let state: DisplayModeState | undefined;
const listeners = new Set<() => void>();

/** The stored settings, checked (garbage in storage is ignored). */
const readSettings = (): StoredSettings => sanitizeSettings(readStored(STORAGE_NAMES).settings);

/** The modes and the toolbar as <html> shows them, plus what only storage knows (speech rate and language, caption script). */
function readInitialState(): DisplayModeState {
  const root = document.documentElement;
  const fromHtml: Record<string, string | undefined> = {};
  for (const name of MODE_NAMES) {
    const value = root.getAttribute(modeAttribute(name));
    if (value !== null) fromHtml[name] = value;
  }
  const stored = readStored(STORAGE_NAMES);
  const choices = sanitizeSettings(stored.settings);
  for (const name of STORED_CHOICE_NAMES) fromHtml[name] = choices[name];
  const settings = sanitizeSettings(fromHtml);
  const toolbarOpen = root.hasAttribute(PAGE_STATE.toolbarOpen) || stored.toolbarOpen;
  return { settings, toolbarOpen, osPrefersContrast: window.matchMedia?.(CONTRAST_QUERY).matches ?? false };
}

function current(): DisplayModeState {
  if (!state) {
    state = readInitialState();
    window.addEventListener("storage", (event) => {
      // Another tab of the site changed the modes: follow it.
      if (event.key === STORAGE_KEY) setSettings(readSettings(), { persist: false });
    });
    window.matchMedia?.(CONTRAST_QUERY).addEventListener?.("change", (event) => {
      setState({ ...current(), osPrefersContrast: event.matches });
    });
  }
  return state;
}

function setState(next: DisplayModeState) {
  state = next;
  for (const listener of listeners) listener();
}

function applyToHtml(settings: StoredSettings) {
  const root = document.documentElement;
  for (const name of MODE_NAMES) {
    const value = settings[name];
    if (value === undefined) root.removeAttribute(modeAttribute(name));
    else root.setAttribute(modeAttribute(name), value);
  }
}

export function getDisplayModes(): DisplayModeState {
  return current();
}

/** Replaces all settings (used by 重置 and by other tabs). */
export function setSettings(settings: StoredSettings, { persist = true } = {}) {
  const clean = sanitizeSettings(settings);
  applyToHtml(clean);
  if (persist) writeSettings(clean);
  setState({ ...current(), settings: clean });
}

/** Sets one mode; `undefined` turns it off (removes the attribute). */
export function setMode<Name extends ModeName>(name: Name, value: StoredSettings[Name] | undefined) {
  const settings: StoredSettings = { ...current().settings };
  if (value === undefined) delete settings[name];
  else settings[name] = value;
  setSettings(settings);
}

/** Sets a choice that is no attribute (语速, 朗读语言, 字幕文字). */
export function setChoice<Name extends StoredChoice>(name: Name, value: StoredSettings[Name]) {
  setSettings({ ...current().settings, [name]: value });
}

/** Opens or closes the toolbar; it stays so on the next pages of the visit. */
export function setToolbarOpen(open: boolean) {
  if (current().toolbarOpen === open) return;
  document.documentElement.toggleAttribute(PAGE_STATE.toolbarOpen, open);
  writeToolbarOpen(open);
  setState({ ...current(), toolbarOpen: open });
}

/** The scheme in effect: the one chosen, or the one the OS asks for. */
export function effectiveScheme(modes: DisplayModeState): Scheme {
  return modes.settings.scheme ?? (modes.osPrefersContrast ? OS_HIGH_CONTRAST_SCHEME : "default");
}

/** Calls `listener` after every change of the state; returns the function that stops it. */
export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
