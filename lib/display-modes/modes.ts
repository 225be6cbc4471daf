/**
 * The display modes (长者助手 and the 无障碍 toolbar) as data. Each mode is an attribute
 * `data-<name>` on <html> whose value is one of the listed ones; app/styles/display-modes.css
 * maps every value to design tokens. A mode that is off has no attribute at all.
 *
 * Shared by the boot script (applied before first paint), the client store and the help
 * page, so this module is plain TypeScript with no browser or Node dependency.
 */
export const DISPLAY_MODES = {
  elder: ["on"],
  scheme: ["default", "black-on-white", "white-on-black", "yellow-on-black"],
  "text-scale": ["100", "125", "150", "175", "200"],
  "line-spacing": ["wide"],
  cursor: ["large"],
  guides: ["on"],
  "caption-bar": ["on"],
  "text-only": ["on"],
  shortcuts: ["on"],
} as const;

export type ModeName = keyof typeof DISPLAY_MODES;
export type ModeValue<Name extends ModeName> = (typeof DISPLAY_MODES)[Name][number];
export type DisplayModeSettings = { [Name in ModeName]?: ModeValue<Name> };

export const MODE_NAMES = Object.keys(DISPLAY_MODES) as ModeName[];

/** The modes that are a simple on/off switch in the toolbar. */
export type ToggleMode = "elder" | "line-spacing" | "cursor" | "guides" | "caption-bar" | "text-only" | "shortcuts";
export const TOGGLE_ON: { [Name in ToggleMode]: ModeValue<Name> } = {
  elder: "on",
  "line-spacing": "wide",
  cursor: "large",
  guides: "on",
  "caption-bar": "on",
  "text-only": "on",
  shortcuts: "on",
};

export type Scheme = ModeValue<"scheme">;
export const SCHEMES = DISPLAY_MODES.scheme;
/** The scheme a visitor who asks the OS for more contrast starts in (CSS does the same). */
export const OS_HIGH_CONTRAST_SCHEME: Scheme = "black-on-white";

export type TextScale = ModeValue<"text-scale">;
export const TEXT_SCALES = DISPLAY_MODES["text-scale"];
export const DEFAULT_TEXT_SCALE: TextScale = "100";

/** Speech rates offered as 慢 / 中 / 快; 1 is the voice's normal speed. */
export const SPEECH_RATES = { slow: 0.7, normal: 1, fast: 1.3 } as const;
export type SpeechRate = keyof typeof SPEECH_RATES;
export const SPEECH_RATE_NAMES = Object.keys(SPEECH_RATES) as SpeechRate[];

/** 朗读语言 on Chinese pages: 普通话 or 粤语 (lib/display-modes/voices.ts finds the voice). */
export const SPEECH_LANGUAGES = ["mandarin", "cantonese"] as const;
export type SpeechLanguage = (typeof SPEECH_LANGUAGES)[number];

/** 字幕文字: the caption bar's text in Simplified or Traditional characters, or with 拼音 above it. */
export const CAPTION_SCRIPTS = ["simplified", "traditional", "pinyin"] as const;
export type CaptionScript = (typeof CAPTION_SCRIPTS)[number];

/** The script of a Chinese page's own text (<html lang>), for which the caption needs nothing fetched; undefined on other pages. */
export const pageScript = (lang: string): Exclude<CaptionScript, "pinyin"> | undefined =>
  /^zh-(?:hk|mo|tw|hant)\b/i.test(lang) ? "traditional" : /^zh\b/i.test(lang) ? "simplified" : undefined;

/**
 * Choices kept with the modes that are no attribute on <html>: nothing is drawn from
 * them before first paint, and the modules read them from storage.
 */
export const STORED_CHOICES = {
  "speech-rate": SPEECH_RATE_NAMES,
  "speech-language": SPEECH_LANGUAGES,
  "caption-script": CAPTION_SCRIPTS,
} as const;
export type StoredChoice = keyof typeof STORED_CHOICES;
export const STORED_CHOICE_NAMES = Object.keys(STORED_CHOICES) as StoredChoice[];

/** What is kept in localStorage: the modes, plus the choices that are no attribute. */
export type StoredSettings = DisplayModeSettings & { [Name in StoredChoice]?: (typeof STORED_CHOICES)[Name][number] };

/** One first-party localStorage entry; versioned so a later format can ignore this one. */
export const STORAGE_KEY = "nanlang.display-modes.v1";
/** sessionStorage: whether the toolbar is open, so it stays open from page to page. */
export const TOOLBAR_KEY = "nanlang.display-modes.toolbar";
/**
 * Where the visit's settings live when storage is blocked: window.name, which lasts
 * across the pages of one tab (every page is a full load) and which browsers clear
 * on navigation to another site.
 */
export const VISIT_MEMORY_PREFIX = "nanlang.display-modes.visit:";

function isModeValue<Name extends ModeName>(name: Name, value: unknown): value is ModeValue<Name> {
  return (DISPLAY_MODES[name] as readonly unknown[]).includes(value);
}

/** Keeps only known modes with allowed values; anything else in storage is ignored. */
export function sanitizeSettings(raw: unknown): StoredSettings {
  const settings: Record<string, string> = {};
  if (!raw || typeof raw !== "object") return settings;
  const record = raw as Record<string, unknown>;
  for (const name of MODE_NAMES) {
    const value = Object.prototype.hasOwnProperty.call(record, name) ? record[name] : undefined;
    if (isModeValue(name, value)) settings[name] = value;
  }
  for (const name of STORED_CHOICE_NAMES) {
    const value = Object.prototype.hasOwnProperty.call(record, name) ? record[name] : undefined;
    if (typeof value === "string" && (STORED_CHOICES[name] as readonly string[]).includes(value)) settings[name] = value;
  }
  return settings as StoredSettings;
}

/** The next text scale up (+1) or down (-1), staying within 100%–200%. */
export function stepTextScale(current: TextScale | undefined, direction: 1 | -1): TextScale {
  const index = TEXT_SCALES.indexOf(current ?? DEFAULT_TEXT_SCALE);
  const next = Math.min(TEXT_SCALES.length - 1, Math.max(0, index + direction));
  return TEXT_SCALES[next] ?? DEFAULT_TEXT_SCALE;
}

/** The scheme after `current` in the toolbar's order, for the keyboard shortcut. */
export function nextScheme(current: Scheme): Scheme {
  const index = SCHEMES.indexOf(current);
  return SCHEMES[(index + 1) % SCHEMES.length] ?? "default";
}

/** The attribute a mode lives in. */
export const modeAttribute = (name: ModeName) => `data-${name}`;

/**
 * Attributes on <html> that say what the page can do, rather than a mode the reader chose.
 * The boot script sets the first three before first paint; the module loader the last two.
 */
export const PAGE_STATE = {
  /** JavaScript runs: controls that need it may be offered. */
  js: "data-js",
  /** The browser has the Web Speech API: the read-aloud buttons are offered, not the note that it has none. */
  speech: "data-speech",
  /** The 无障碍 toolbar is open (kept from page to page in sessionStorage). */
  toolbarOpen: "data-toolbar-open",
  /** The site's modules have started: the controls they drive answer from now on. */
  modulesReady: "data-modules-ready",
  /** A module script failed to load: the controls that need it are taken away. */
  modulesFailed: "data-modules-failed",
} as const;
