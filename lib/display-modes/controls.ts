/**
 * How the display-mode controls are marked in the server-rendered HTML, for the browser
 * module that drives them (components/display-modes/display-modes.browser.ts). A plain
 * module: the server components and the browser code both read it.
 */
export const CONTROL = {
  /** <button aria-pressed data-mode-toggle="line-spacing">: turns one mode on or off. */
  toggle: "data-mode-toggle",
  /** The 无障碍 button (aria-expanded, aria-controls). */
  toolbarToggle: "data-toolbar-toggle",
  /** The toolbar region. */
  toolbar: "data-toolbar",
  /** 文字放大 / 文字缩小: "larger" | "smaller". */
  textStep: "data-text-step",
  /** Where the toolbar shows the text size ("125%"). */
  textSize: "data-text-size",
  /** 指读, 连读, 暂停朗读, 停止朗读: "point" | "continuous" | "pause" | "stop". */
  speech: "data-speech-action",
  /** 重置, 关闭工具栏: "reset" | "close". */
  action: "data-toolbar-action",
  /** Shown in the speech group when the device has no voice for the page's language. */
  speechMessage: "data-speech-message",
  /** Offered only where the browser can speak (<html data-speech>). */
  requiresSpeech: "data-requires-speech",
  /** Said only where it cannot. */
  noSpeechNote: "data-no-speech-note",
  /** The one polite live region of the display modes. */
  status: "data-modes-status",
  /** In 朗读语言: says which variety this device has no voice for. */
  speechLanguageNote: "data-speech-language-note",
  /** 字幕文字, offered on Chinese pages: the address of the page's caption text (lib/display-modes/caption-text.ts). */
  captionText: "data-caption-text",
  /** Offered only while the 大字幕 bar is on. */
  requiresCaptionBar: "data-requires-caption-bar",
} as const;

export type TextStep = "larger" | "smaller";
export type SpeechAction = "point" | "continuous" | "pause" | "stop";
export type ToolbarAction = "reset" | "close";

/** Radio groups (配色, 语速): the names of their inputs. */
export const SCHEME_INPUT_NAME = "display-modes-scheme";
export const RATE_INPUT_NAME = "display-modes-speech-rate";
/** Radio groups of Chinese pages (朗读语言, 字幕文字). */
export const SPEECH_LANGUAGE_INPUT_NAME = "display-modes-speech-language";
export const CAPTION_SCRIPT_INPUT_NAME = "display-modes-caption-script";

/** The toolbar strings the module fills in or announces (locales/<language>/modes.json, toolbar.*). */
export const TOOLBAR_MODULE_STRINGS = [
  "textSize",
  "textSizeStatus",
  "textSizeMax",
  "textSizeMin",
  "switchedOn",
  "switchedOff",
  "schemeStatus",
  "readingDone",
  "readingStopped",
  "speechUnsupported",
  "noVoice",
  "noMandarinVoice",
  "noCantoneseVoice",
  "speechLanguageStatus",
  "resetDone",
  "captionHint",
  "captionScriptStatus",
  "captionTextUnavailable",
] as const;
export type ToolbarModuleString = (typeof TOOLBAR_MODULE_STRINGS)[number];
