/**
 * Where the display modes are kept between pages, written once for the boot script and
 * the store alike:
 *
 * - localStorage[STORAGE_KEY]: the settings, as JSON ({"elder":"on","speech-rate":"slow"});
 * - sessionStorage[TOOLBAR_KEY] = "open": the toolbar was left open in this tab;
 * - when storage is blocked (private mode, policy), window.name = VISIT_MEMORY_PREFIX +
 *   JSON {settings, toolbarOpen}: it lasts across the pages of one tab, and browsers clear
 *   it on navigation to another site.
 *
 * readStored() is serialised into the boot script at build time (Function.prototype.toString),
 * so it refers to nothing outside itself but its argument and the browser.
 */
import { STORAGE_KEY, TOOLBAR_KEY, VISIT_MEMORY_PREFIX, type StoredSettings } from "./modes";

export interface StorageNames {
  storageKey: string;
  toolbarKey: string;
  visitPrefix: string;
}

export const STORAGE_NAMES: StorageNames = { storageKey: STORAGE_KEY, toolbarKey: TOOLBAR_KEY, visitPrefix: VISIT_MEMORY_PREFIX };

/** What is stored, unchecked: the caller keeps only known modes and values. */
export interface Stored {
  settings: unknown;
  toolbarOpen: boolean;
}

interface VisitMemory {
  settings?: unknown;
  toolbarOpen?: unknown;
}

export function readStored(names: StorageNames): Stored {
  let memory: VisitMemory | null = null;
  try {
    const name = window.name;
    if (name.indexOf(names.visitPrefix) === 0) memory = JSON.parse(name.slice(names.visitPrefix.length));
  } catch {
    // Not ours, or not JSON: no memory of the visit.
  }
  let settings: unknown = null;
  let toolbarOpen = false;
  try {
    settings = JSON.parse(localStorage.getItem(names.storageKey) || "null");
  } catch {
    settings = memory && memory.settings;
  }
  try {
    toolbarOpen = sessionStorage.getItem(names.toolbarKey) === "open";
  } catch {
    toolbarOpen = !!memory && memory.toolbarOpen === true;
  }
  return { settings, toolbarOpen };
}

function readVisitMemory(): VisitMemory {
  try {
    const name = window.name;
    return name.startsWith(VISIT_MEMORY_PREFIX) ? (JSON.parse(name.slice(VISIT_MEMORY_PREFIX.length)) as VisitMemory) : {};
  } catch {
    return {};
  }
}

function writeVisitMemory(patch: { settings?: StoredSettings; toolbarOpen?: boolean }) {
  window.name = VISIT_MEMORY_PREFIX + JSON.stringify({ ...readVisitMemory(), ...patch });
}

export function writeSettings(settings: StoredSettings): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(settings));
  } catch {
    // Blocked or full: the modes still apply to this visit.
    writeVisitMemory({ settings });
  }
}

export function writeToolbarOpen(open: boolean): void {
  try {
    if (open) window.sessionStorage.setItem(TOOLBAR_KEY, "open");
    else window.sessionStorage.removeItem(TOOLBAR_KEY);
  } catch {
    writeVisitMemory({ toolbarOpen: open });
  }
}
