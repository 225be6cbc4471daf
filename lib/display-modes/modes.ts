/**
 * The display modes (长者助手 and the 无障碍 toolbar) as data: one row for everything the
 * header and the toolbar offer, in the order they show it. Each row says where its control
 * is (`place`: the header or a group of the toolbar), what kind of control it is, and:
 *
 * - `values`, for a mode: an attribute `data-<name>` on <html> holding one of these values
 *   (off is no attribute at all; a toggle's "on" is its first value). The boot script
 *   (boot-script.ts) applies stored modes before first paint, the store (store.ts) keeps
 *   them, and app/styles/display-modes.css swaps design tokens under them.
 * - `choices`, for a choice that is no attribute (语速, 朗读语言, 字幕文字): the values kept
 *   in storage, which the modules read; nothing is drawn from them before first paint.
 * - `help`: the help page's entries, each [the string naming the control, the key of its
 *   description in help.features]; a toggle without it is [toolbar.<name>, <name>].
 * - `shortcuts`: [action, KeyboardEvent.code, the key as the help page writes it]
 *   (shortcuts.ts; the display-modes module does the action).
 * - `start`: a part loaded only when the mode is turned on; it returns the function that stops it.
 *
 * So the types, the toolbar's controls, the help page, the boot script, the shortcuts and
 * what loads on demand all follow this table. A plain module with no browser or Node
 * dependency: the server components, the boot script's build and the browser share it.
 */
import type { ToolbarModuleString } from "./controls";

/** The toolbar's groups, in order (each has its label in locales/<language>/modes.json, toolbar.<group>Group). */
export const TOOLBAR_GROUPS = ["scheme", "text", "reading", "captionScript", "speech", "speechLanguage", "rate", "other"] as const;
export type ToolbarGroup = (typeof TOOLBAR_GROUPS)[number];

type Control = "toggle" | "disclosure" | "choice" | "steps" | "speech" | "action";
type Shortcut = readonly [action: string, code: string, key: string];
/** What the display-modes module gives a part it starts on demand. */
export interface OnDemandContext {
  strings: Readonly<Record<ToolbarModuleString, string>>;
  /** Says a message in the toolbar's polite live region. */
  announce: (message: string) => void;
  /** The reader's 字幕文字 as it is now, and a way to hear when the settings change. */
  captionScript: () => CaptionScript | undefined;
  subscribe: (listener: () => void) => () => void;
  /** On a Chinese page: the script of its own text, and the address of its caption text (if it has one). */
  ownScript?: "simplified" | "traditional";
  captionText?: string;
}
type OnDemand = (context: OnDemandContext) => Promise<() => void>;

interface FeatureRow {
  place: "header" | ToolbarGroup;
  control: Control;
  values?: readonly string[];
  choices?: readonly string[];
  help?: readonly (readonly [label: string, description: string])[];
  shortcuts?: readonly Shortcut[];
  start?: OnDemand;
}

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

export const FEATURES = {
  elder: { place: "header", control: "toggle", values: ["on"], help: [["header.elder", "elder"]], shortcuts: [["toggleElder", "KeyE", "E"]] },
  toolbar: { place: "header", control: "disclosure", help: [["header.toolbar", "toolbar"]], shortcuts: [["toggleToolbar", "KeyO", "O"]] },
  scheme: {
    place: "scheme",
    control: "choice",
    values: ["default", "black-on-white", "white-on-black", "yellow-on-black"],
    help: [["toolbar.schemeGroup", "schemeGroup"]],
    shortcuts: [["nextScheme", "KeyC", "C"]],
  },
  "text-scale": {
    place: "text",
    control: "steps",
    values: ["100", "125", "150", "175", "200"],
    help: [["toolbar.textGroup", "textGroup"]],
    shortcuts: [
      ["textLarger", "Equal", "="],
      ["textSmaller", "Minus", "-"],
    ],
  },
  "line-spacing": { place: "reading", control: "toggle", values: ["wide"] },
  cursor: { place: "reading", control: "toggle", values: ["large"] },
  guides: { place: "reading", control: "toggle", values: ["on"], start: () => import("./guides").then((m) => m.startGuides()) },
  "caption-bar": {
    place: "reading",
    control: "toggle",
    values: ["on"],
    start: (context) =>
      import("./caption-bar").then((m) =>
        m.startCaptionBar({
          hint: context.strings.captionHint,
          captionText: context.captionText,
          ownScript: context.ownScript,
          chosenScript: context.captionScript,
          subscribe: context.subscribe,
          onUnavailable: () => context.announce(context.strings.captionTextUnavailable),
        }),
      ),
  },
  "text-only": { place: "reading", control: "toggle", values: ["on"] },
  "caption-script": { place: "captionScript", control: "choice", choices: CAPTION_SCRIPTS, help: [["toolbar.captionScriptGroup", "captionScriptGroup"]] },
  speech: {
    place: "speech",
    control: "speech",
    help: [
      ["toolbar.pointRead", "pointRead"],
      ["toolbar.continuousRead", "continuousRead"],
    ],
    shortcuts: [
      ["readOrPause", "KeyR", "R"],
      ["stopReading", "KeyX", "X"],
    ],
  },
  "speech-language": { place: "speechLanguage", control: "choice", choices: SPEECH_LANGUAGES, help: [["toolbar.speechLanguageGroup", "speechLanguageGroup"]] },
  "speech-rate": { place: "rate", control: "choice", choices: SPEECH_RATE_NAMES, help: [["toolbar.rateGroup", "rateGroup"]] },
  shortcuts: { place: "other", control: "toggle", values: ["on"] },
  reset: { place: "other", control: "action", help: [["toolbar.reset", "reset"]] },
} as const satisfies Record<string, FeatureRow>;

export type FeatureName = keyof typeof FEATURES;
type Rows = typeof FEATURES;
const names = Object.keys(FEATURES) as FeatureName[];
const row = (name: FeatureName): FeatureRow => FEATURES[name];

/** The modes: rows with an attribute on <html>. */
export type ModeName = { [Name in FeatureName]: Rows[Name] extends { values: readonly string[] } ? Name : never }[FeatureName];
export type ModeValue<Name extends ModeName> = Rows[Name]["values"][number];
export type DisplayModeSettings = { [Name in ModeName]?: ModeValue<Name> };

export const MODE_NAMES = names.filter((name): name is ModeName => row(name).values !== undefined);

/** Each mode's allowed values, by name: what the boot script and the store accept from storage. */
export const DISPLAY_MODES = Object.fromEntries(MODE_NAMES.map((name) => [name, FEATURES[name].values])) as { [Name in ModeName]: Rows[Name]["values"] };

/** The modes that are a simple on/off switch. */
export type ToggleMode = { [Name in ModeName]: Rows[Name]["control"] extends "toggle" ? Name : never }[ModeName];
export const TOGGLE_MODES = MODE_NAMES.filter((name): name is ToggleMode => row(name).control === "toggle");
/** A toggle's value when on: its first value. */
export const TOGGLE_ON = Object.fromEntries(TOGGLE_MODES.map((name) => [name, FEATURES[name].values[0]])) as { [Name in ToggleMode]: ModeValue<Name> };

/** The toggles in the toolbar (not the header's): each is named by its string toolbar.<name>. */
export type ToolbarToggle = { [Name in ToggleMode]: Rows[Name]["place"] extends "header" ? never : Name }[ToggleMode];
/** The toggles of one toolbar group, in order. */
export const togglesIn = (group: ToolbarGroup): ToolbarToggle[] => TOGGLE_MODES.filter((name): name is ToolbarToggle => row(name).place === group);

/** The modes drawn by a part of their own, loaded the first time they are turned on. */
export type OnDemandMode = { [Name in ModeName]: Rows[Name] extends { start: OnDemand } ? Name : never }[ModeName];
export const ON_DEMAND = MODE_NAMES.filter((name): name is OnDemandMode => row(name).start !== undefined).map((name) => ({ name, start: row(name).start! }));

/** The help page's entries, in the order of the controls: [the control's name string, its description key]. */
export const HELP_ENTRIES = names.flatMap((name) => row(name).help ?? (row(name).control === "toggle" ? [[`toolbar.${name}`, name] as const] : []));

/** Every keyboard shortcut, in the order of the controls. */
export const SHORTCUT_KEYS = names.flatMap((name) => (row(name).shortcuts ?? []).map(([action, code, key]) => ({ action, code, key })));
export type ShortcutAction = {
  [Name in FeatureName]: Rows[Name] extends { shortcuts: readonly (readonly [infer Action, string, string])[] } ? Action : never;
}[FeatureName];

export type Scheme = ModeValue<"scheme">;
export const SCHEMES = DISPLAY_MODES.scheme;
/** The scheme a visitor who asks the OS for more contrast starts in (CSS does the same). */
export const OS_HIGH_CONTRAST_SCHEME: Scheme = "black-on-white";

export type TextScale = ModeValue<"text-scale">;
export const TEXT_SCALES = DISPLAY_MODES["text-scale"];
export const DEFAULT_TEXT_SCALE: TextScale = "100";

/** The choices kept with the modes that are no attribute on <html> (rows with `choices`): nothing is drawn from them before first paint, and the modules read them from storage. */
export type StoredChoice = { [Name in FeatureName]: Rows[Name] extends { choices: readonly string[] } ? Name : never }[FeatureName];
export const STORED_CHOICE_NAMES = names.filter((name): name is StoredChoice => row(name).choices !== undefined);
export const STORED_CHOICES = Object.fromEntries(STORED_CHOICE_NAMES.map((name) => [name, FEATURES[name].choices])) as {
  [Name in StoredChoice]: Rows[Name]["choices"];
};

/** What is kept in localStorage: the modes, plus the choices that are no attribute. */
export type StoredSettings = DisplayModeSettings & { [Name in StoredChoice]?: Rows[Name]["choices"][number] };

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
