/**
 * The display-modes module: 长者助手, the 无障碍 button and every control of the toolbar,
 * all server-rendered inside the header (its root). It loads with the page, sets every
 * control's state from the modes the boot script applied, and answers each press in the
 * same frame by changing attributes on <html> (lib/display-modes/store.ts): no request,
 * no framework. What a press changes is also said in the one polite live region.
 *
 * The heavier parts load only when the reader turns them on: speech (指读, 连读), and the
 * modes the table of modes marks with `start` (十字线, 大字幕).
 */
import {
  CAPTION_SCRIPT_INPUT_NAME,
  CONTROL,
  RATE_INPUT_NAME,
  SCHEME_INPUT_NAME,
  SPEECH_LANGUAGE_INPUT_NAME,
  TOOLBAR_MODULE_STRINGS,
  type SpeechAction,
  type TextStep,
  type ToolbarAction,
  type ToolbarModuleString,
} from "@/lib/display-modes/controls";
import {
  CAPTION_SCRIPTS,
  DEFAULT_TEXT_SCALE,
  ON_DEMAND,
  PAGE_STATE,
  SCHEMES,
  SPEECH_LANGUAGES,
  SPEECH_RATES,
  SPEECH_RATE_NAMES,
  TEXT_SCALES,
  TOGGLE_ON,
  nextScheme,
  pageScript,
  stepTextScale,
  type CaptionScript,
  type Scheme,
  type OnDemandContext,
  type ShortcutAction,
  type SpeechLanguage,
  type SpeechRate,
  type ToggleMode,
} from "@/lib/display-modes/modes";
import type { ReadingState, SpeechController } from "@/lib/display-modes/speech";
import { effectiveScheme, getDisplayModes, setChoice, setMode, setSettings, setToolbarOpen, subscribe } from "@/lib/display-modes/store";
import { readingLanguage, readingVoice, voiceSupport, type VoiceSupport } from "@/lib/display-modes/voices";
import { fill } from "@/lib/i18n/format";
import { readModuleStrings } from "@/lib/modules/strings";
import { listenForShortcuts } from "./shortcuts.browser";

type Strings = Record<ToolbarModuleString, string>;

function required<T extends Element>(root: Element, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`The display modes need ${selector} in the header.`);
  return element;
}

const nameOf = (element: Element) => (element.textContent ?? "").replace(/\s+/g, " ").trim();
/** A radio's name: the text of its label. */
const labelOf = (input: HTMLInputElement | undefined) => (input?.labels?.[0] ? nameOf(input.labels[0]) : (input?.value ?? ""));
/** How long to wait for the device's voice list, which several browsers fill only after a while. */
const VOICES_WAIT_MS = 1500;

/**
 * A polite live region that says one message at a time and clears itself. An alternating
 * invisible space makes the same message, said twice, heard twice.
 */
function createAnnouncer(region: Element): (text: string) => void {
  let count = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (text) => {
    count++;
    region.textContent = count % 2 ? `${text}\u00a0` : text;
    clearTimeout(timer);
    timer = setTimeout(() => (region.textContent = ""), 10_000);
  };
}

/** A part loaded on first use and started while `on`; stopped (not unloaded) when turned off. */
function lazyFeature(load: () => Promise<() => void>): (on: boolean) => void {
  let wanted = false;
  let stop: (() => void) | undefined;
  let starting: Promise<void> | undefined;
  return (on) => {
    wanted = on;
    if (!on) {
      stop?.();
      stop = undefined;
      return;
    }
    if (stop || starting) return;
    starting = load()
      .then((stopFeature) => {
        if (wanted) stop = stopFeature;
        else stopFeature();
      })
      .catch((error: unknown) => console.error(error))
      .finally(() => (starting = undefined));
  };
}

export function startDisplayModes(root: HTMLElement): void {
  const strings: Strings = readModuleStrings(root, TOOLBAR_MODULE_STRINGS);
  const toolbar = required<HTMLElement>(root, `[${CONTROL.toolbar}]`);
  const opener = required<HTMLButtonElement>(root, `[${CONTROL.toolbarToggle}]`);
  const announce = createAnnouncer(required(root, `[${CONTROL.status}]`));
  const speechMessage = required<HTMLElement>(root, `[${CONTROL.speechMessage}]`);
  const textSize = required<HTMLElement>(root, `[${CONTROL.textSize}]`);
  const all = <T extends Element>(selector: string) => [...root.querySelectorAll<T>(selector)];
  const toggles = all<HTMLButtonElement>(`button[${CONTROL.toggle}]`);
  const steps = all<HTMLButtonElement>(`button[${CONTROL.textStep}]`);
  const speechButtons = all<HTMLButtonElement>(`button[${CONTROL.speech}]`);
  const schemeInputs = all<HTMLInputElement>(`input[type="radio"][name="${SCHEME_INPUT_NAME}"]`);
  const rateInputs = all<HTMLInputElement>(`input[type="radio"][name="${RATE_INPUT_NAME}"]`);
  // On Chinese pages only: 朗读语言 and 字幕文字.
  const languageInputs = all<HTMLInputElement>(`input[type="radio"][name="${SPEECH_LANGUAGE_INPUT_NAME}"]`);
  const languageNote = root.querySelector<HTMLElement>(`[${CONTROL.speechLanguageNote}]`);
  const captionInputs = all<HTMLInputElement>(`input[type="radio"][name="${CAPTION_SCRIPT_INPUT_NAME}"]`);
  const ownScript = pageScript(document.documentElement.lang);
  if (schemeInputs.length !== SCHEMES.length || rateInputs.length !== SPEECH_RATE_NAMES.length) {
    throw new Error("The toolbar's 配色 or 语速 choices are not the ones the display modes know.");
  }

  // ---- speech: the engine loads on the first press of 指读 or 连读 ----
  let reading: ReadingState = "idle";
  let pointReading = false;
  let speech: Promise<SpeechController> | undefined;
  const loadSpeech = () =>
    (speech ??= import("@/lib/display-modes/speech").then(({ createSpeechController }) =>
      createSpeechController({
        rate: SPEECH_RATES[getDisplayModes().settings["speech-rate"] ?? "normal"],
        voiceFor: (voices) => readingVoice(document.documentElement.lang || "zh-CN", getDisplayModes().settings["speech-language"], voices),
        onStateChange(state, end) {
          reading = state;
          renderSpeech();
          if (end === "done") announce(strings.readingDone);
          if (end === "stopped") announce(strings.readingStopped);
        },
      }),
    ));

  /** Says plainly that this device cannot read the page's language, and how to get a voice. */
  function noVoice() {
    showNoVoice();
    announce(strings.noVoice);
  }

  function showNoVoice() {
    speechMessage.textContent = strings.noVoice;
    speechMessage.hidden = false;
  }

  async function speechReady(): Promise<SpeechController | undefined> {
    // The buttons are not offered where the browser cannot speak; a shortcut still says why nothing is read.
    if (!document.documentElement.hasAttribute(PAGE_STATE.speech)) {
      announce(strings.speechUnsupported);
      return undefined;
    }
    const controller = await loadSpeech();
    if (await controller.hasVoice()) {
      speechMessage.hidden = true;
      return controller;
    }
    noVoice();
    return undefined;
  }

  /** The main text, from the page's heading (the breadcrumb before it is navigation). */
  const mainText = () => document.querySelector<HTMLElement>("body > main");

  async function readOrPause() {
    const controller = await speechReady();
    const main = mainText();
    if (!controller || !main) return;
    if (reading === "idle") controller.readFromTop(main, main.querySelector("h1"));
    else controller.togglePause();
  }

  async function stopReading() {
    if (speech) (await speech).stop();
  }

  async function runSpeech(action: SpeechAction) {
    switch (action) {
      case "point": {
        const next = !pointReading;
        const controller = next ? await speechReady() : await speech;
        if (!controller) return;
        controller.setPointReading(next);
        pointReading = next;
        return renderSpeech();
      }
      case "continuous":
        return reading === "idle" ? readOrPause() : stopReading();
      case "pause":
        return reading === "idle" ? undefined : readOrPause();
      case "stop":
        return stopReading();
    }
  }

  function renderSpeech() {
    for (const button of speechButtons) {
      const action = button.getAttribute(CONTROL.speech) as SpeechAction;
      if (action === "point") button.setAttribute("aria-pressed", String(pointReading));
      if (action === "continuous") button.setAttribute("aria-pressed", String(reading !== "idle"));
      if (action === "pause") button.setAttribute("aria-pressed", String(reading === "paused"));
      if (action === "pause" || action === "stop") setUnavailable(button, reading === "idle");
    }
  }

  // ---- 朗读语言: 普通话 or 粤语, each offered only where the device has a voice for it ----
  const speechSynthesisOfPage = () => (document.documentElement.hasAttribute(PAGE_STATE.speech) ? window.speechSynthesis : undefined);
  /** The voice list has arrived, or has been waited for in vain (then the device has none). */
  let voicesSettled = false;
  let watchingVoices = false;
  /**
   * The reader has come to the choice (opened the toolbar, or moved to or pressed one of
   * its radios): the notes that say which voice is missing are then shown. Until then they
   * only describe the radios, so that a voice list arriving late moves nothing on the page
   * of a reader who is not looking at the toolbar.
   */
  let notesShown = false;
  function showLanguageNotes() {
    if (notesShown) return;
    notesShown = true;
    renderLanguage();
  }

  /** Asks for the device's voices once the choice is shown, and shows it again when they arrive. */
  function watchVoices() {
    const synth = speechSynthesisOfPage();
    if (watchingVoices || !synth || languageInputs.length === 0) return;
    watchingVoices = true;
    const settle = () => {
      voicesSettled = true;
      renderLanguage();
    };
    synth.addEventListener?.("voiceschanged", settle);
    setTimeout(settle, VOICES_WAIT_MS);
    if ((synth.getVoices?.() ?? []).length) settle();
  }

  function currentVoiceSupport(): VoiceSupport | undefined {
    const voices = speechSynthesisOfPage()?.getVoices?.() ?? [];
    return voices.length || voicesSettled ? voiceSupport(voices) : undefined;
  }

  function renderLanguage() {
    if (languageInputs.length === 0) return;
    const support = currentVoiceSupport();
    const reading = readingLanguage(getDisplayModes().settings["speech-language"], ownScript === "traditional", support);
    const missing = support ? SPEECH_LANGUAGES.filter((language) => !support[language]) : [];
    const none = missing.length === SPEECH_LANGUAGES.length;
    // No Chinese voice at all: the speech group says so (as a press of 连读 would), once.
    if (none && notesShown) showNoVoice();
    else if (none) speechMessage.textContent = strings.noVoice;
    const reason = none ? speechMessage : languageNote;
    for (const input of languageInputs) {
      input.checked = input.value === reading;
      // aria-disabled, not disabled: the radio stays in reach, and its description says why it cannot be chosen.
      if ((missing as string[]).includes(input.value)) {
        input.setAttribute("aria-disabled", "true");
        if (reason?.id) input.setAttribute("aria-describedby", reason.id);
      } else {
        input.removeAttribute("aria-disabled");
        input.removeAttribute("aria-describedby");
      }
    }
    if (languageNote) {
      languageNote.textContent = none ? "" : missing[0] === "mandarin" ? strings.noMandarinVoice : missing[0] === "cantonese" ? strings.noCantoneseVoice : "";
      languageNote.hidden = !notesShown || !languageNote.textContent;
    }
  }

  function chooseLanguage(input: HTMLInputElement) {
    if (input.getAttribute("aria-disabled") === "true") {
      // Not offered as working: the choice stays where it was, and the reason is said.
      notesShown = true;
      renderLanguage();
      announce(document.getElementById(input.getAttribute("aria-describedby") ?? "")?.textContent || strings.noVoice);
      return;
    }
    setChoice("speech-language", input.value as SpeechLanguage);
    announce(fill(strings.speechLanguageStatus, { name: labelOf(input) }));
  }

  // ---- the parts that load when turned on (十字线, 大字幕: ON_DEMAND in the table of modes) ----
  const context: OnDemandContext = {
    strings,
    announce,
    captionScript: () => getDisplayModes().settings["caption-script"],
    subscribe,
    ownScript,
    captionText: root.querySelector(`[${CONTROL.captionText}]`)?.getAttribute(CONTROL.captionText) ?? undefined,
  };
  const onDemand = ON_DEMAND.map(({ name, start }) => ({ name, turn: lazyFeature(() => start(context)) }));
  // The shortcuts are a few lines: they come with the module, so a key pressed right after turning them on works.
  let stopShortcuts: (() => void) | undefined;
  const shortcuts = (on: boolean) => {
    if (on) stopShortcuts ??= listenForShortcuts(runShortcut);
    else {
      stopShortcuts?.();
      stopShortcuts = undefined;
    }
  };

  // ---- what a press does ----
  function toggle(mode: ToggleMode, name: string) {
    const on = getDisplayModes().settings[mode] === undefined;
    setMode(mode, on ? TOGGLE_ON[mode] : undefined);
    announce(fill(on ? strings.switchedOn : strings.switchedOff, { name }));
  }

  function changeTextScale(direction: 1 | -1) {
    const current = getDisplayModes().settings["text-scale"] ?? DEFAULT_TEXT_SCALE;
    const next = stepTextScale(current, direction);
    if (next === current) {
      announce(fill(direction > 0 ? strings.textSizeMax : strings.textSizeMin, { value: current }));
      return;
    }
    setMode("text-scale", next === DEFAULT_TEXT_SCALE ? undefined : next);
    announce(fill(strings.textSizeStatus, { value: next }));
  }

  function chooseScheme(scheme: Scheme) {
    setMode("scheme", scheme);
    const input = schemeInputs.find((candidate) => candidate.value === scheme);
    announce(fill(strings.schemeStatus, { name: labelOf(input) || scheme }));
  }

  function openToolbar(open: boolean, { focus }: { focus: "toolbar" | "opener" | "none" }) {
    setToolbarOpen(open);
    if (focus === "opener") opener.focus();
    // The first control: the chosen 配色 (a radio group is one Tab stop, at its checked radio).
    if (focus === "toolbar") toolbar.querySelector<HTMLElement>("input:checked, button, a[href]")?.focus();
  }

  async function reset() {
    if (speech) {
      const controller = await speech;
      controller.stop();
      controller.setPointReading(false);
    }
    pointReading = false;
    renderSpeech();
    setSettings({});
    announce(strings.resetDone);
  }

  function runAction(action: ToolbarAction) {
    if (action === "reset") void reset();
    else openToolbar(false, { focus: "opener" });
  }

  function runShortcut(action: ShortcutAction) {
    switch (action) {
      case "toggleElder": {
        const elder = toggles.find((button) => button.getAttribute(CONTROL.toggle) === "elder");
        return toggle("elder", elder ? nameOf(elder) : "elder");
      }
      case "toggleToolbar": {
        const open = !getDisplayModes().toolbarOpen;
        // Opened from the keyboard: move into it, so the next key acts on the toolbar.
        if (open) showLanguageNotes();
        return openToolbar(open, { focus: open ? "toolbar" : toolbar.contains(document.activeElement) ? "opener" : "none" });
      }
      case "textLarger":
        return changeTextScale(1);
      case "textSmaller":
        return changeTextScale(-1);
      case "nextScheme":
        return chooseScheme(nextScheme(effectiveScheme(getDisplayModes())));
      case "readOrPause":
        return void readOrPause();
      case "stopReading":
        return void stopReading();
    }
  }

  root.addEventListener("click", (event) => {
    const button = (event.target as Element | null)?.closest?.("button");
    if (!button || !root.contains(button)) return;
    const step = button.getAttribute(CONTROL.textStep) as TextStep | null;
    // At 100% or 200% the step button is aria-disabled, and a press says so.
    if (step) return changeTextScale(step === "larger" ? 1 : -1);
    if (button.getAttribute("aria-disabled") === "true") return;
    const mode = button.getAttribute(CONTROL.toggle) as ToggleMode | null;
    const speechAction = button.getAttribute(CONTROL.speech) as SpeechAction | null;
    const action = button.getAttribute(CONTROL.action) as ToolbarAction | null;
    if (mode && mode in TOGGLE_ON) toggle(mode, nameOf(button));
    else if (button === opener) {
      openToolbar(!getDisplayModes().toolbarOpen, { focus: "none" });
      if (getDisplayModes().toolbarOpen) showLanguageNotes();
    } else if (speechAction) void runSpeech(speechAction);
    else if (action) runAction(action);
  });

  root.addEventListener("change", (event) => {
    const input = event.target as HTMLInputElement;
    if (input.name === SCHEME_INPUT_NAME && (SCHEMES as readonly string[]).includes(input.value)) chooseScheme(input.value as Scheme);
    if (input.name === RATE_INPUT_NAME && (SPEECH_RATE_NAMES as readonly string[]).includes(input.value)) {
      setChoice("speech-rate", input.value as SpeechRate);
      void speech?.then((controller) => controller.setRate(SPEECH_RATES[input.value as SpeechRate]));
    }
    if (input.name === SPEECH_LANGUAGE_INPUT_NAME && (SPEECH_LANGUAGES as readonly string[]).includes(input.value)) chooseLanguage(input);
    if (input.name === CAPTION_SCRIPT_INPUT_NAME && (CAPTION_SCRIPTS as readonly string[]).includes(input.value)) {
      setChoice("caption-script", input.value as CaptionScript);
      announce(fill(strings.captionScriptStatus, { name: labelOf(input) }));
    }
  });

  // Escape inside the toolbar, or on its button, closes it and returns focus to the button
  // (as a dialog would). No key is listened to anywhere else.
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !getDisplayModes().toolbarOpen) return;
    event.preventDefault();
    openToolbar(false, { focus: "opener" });
  };
  toolbar.addEventListener("keydown", closeOnEscape);
  // Moving to 朗读语言 shows why a variety cannot be chosen.
  toolbar.addEventListener("focusin", (event) => {
    if (languageInputs.includes(event.target as HTMLInputElement)) showLanguageNotes();
  });
  opener.addEventListener("keydown", closeOnEscape);

  // ---- every state shown as the store has it ----
  function render() {
    const modes = getDisplayModes();
    const { settings } = modes;
    for (const button of toggles) {
      const mode = button.getAttribute(CONTROL.toggle) as ToggleMode;
      button.setAttribute("aria-pressed", String(settings[mode] !== undefined));
    }
    opener.setAttribute("aria-expanded", String(modes.toolbarOpen));
    const scheme = effectiveScheme(modes);
    for (const input of schemeInputs) input.checked = input.value === scheme;
    const rate = settings["speech-rate"] ?? "normal";
    for (const input of rateInputs) input.checked = input.value === rate;
    const caption = settings["caption-script"] ?? ownScript;
    for (const input of captionInputs) input.checked = input.value === caption;
    if (modes.toolbarOpen) watchVoices();
    renderLanguage();
    const scale = settings["text-scale"] ?? DEFAULT_TEXT_SCALE;
    textSize.textContent = fill(strings.textSize, { value: scale });
    for (const button of steps) {
      const larger = button.getAttribute(CONTROL.textStep) === "larger";
      setUnavailable(button, scale === (larger ? TEXT_SCALES[TEXT_SCALES.length - 1] : TEXT_SCALES[0]));
    }
    for (const { name, turn } of onDemand) turn(settings[name] !== undefined);
    shortcuts(settings.shortcuts === "on");
  }
  subscribe(render);
  render();
  renderSpeech();
}

/** aria-disabled rather than disabled: the button stays focusable and says why nothing happens. */
function setUnavailable(button: HTMLButtonElement, unavailable: boolean) {
  if (unavailable) button.setAttribute("aria-disabled", "true");
  else button.removeAttribute("aria-disabled");
}
