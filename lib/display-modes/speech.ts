/**
 * 语音朗读 with the Web Speech API. Loaded on demand (dynamic import) the first time a
 * resident presses 指读 or 连读; nothing here runs, and nothing is spoken, before that.
 *
 * - 连读 reads <main> from the top, one utterance per sentence, and marks the sentence
 *   being read with the CSS Custom Highlight API (no change to the DOM, so assistive
 *   technology sees the page unchanged).
 * - 指读 reads what the pointer rests on, or what receives keyboard focus.
 * - The voice is one for the page's language (<html lang>); on Chinese pages, for the
 *   variety the reader chose, 普通话 or 粤语 (lib/display-modes/voices.ts). Where the device
 *   has none, nothing is read (hasVoice() says so first): a Chinese page is never read
 *   with an English voice, which would mispronounce every word.
 */
import { pointedText, readableSentences, type ReadableSentence } from "./text-blocks";

export type ReadingState = "idle" | "reading" | "paused";
export type ReadingEnd = "done" | "stopped";

export interface SpeechController {
  /** Whether the device has a voice for the page's language (waits briefly for the voice list). */
  hasVoice(): Promise<boolean>;
  setRate(rate: number): void;
  /** 连读: from the top of `root`, or from `from` (e.g. the page's h1, after the breadcrumb). */
  readFromTop(root: Element, from?: Element | null): void;
  /** 暂停 / 继续. */
  togglePause(): void;
  stop(): void;
  /** 指读 on or off. */
  setPointReading(on: boolean): void;
}

export const READING_HIGHLIGHT = "modes-reading";
/** How long the pointer rests on something before 指读 reads it. */
const POINT_DELAY_MS = 300;
/** How long to wait for the voice list, which several browsers fill only after a while. */
const VOICES_WAIT_MS = 1500;

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}

function highlight(range?: Range) {
  const registry = (globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined)?.highlights;
  const HighlightClass = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  if (!registry || !HighlightClass) return;
  if (range) registry.set(READING_HIGHLIGHT, new HighlightClass(range));
  else registry.delete(READING_HIGHLIGHT);
}

function keepInView(range: Range) {
  const rect = range.getBoundingClientRect();
  if (rect.top >= 0 && rect.bottom <= window.innerHeight) return;
  const reduce = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
  range.startContainer.parentElement?.scrollIntoView({ block: "center", behavior: reduce ? "auto" : "smooth" });
}

export function createSpeechController(options: {
  rate: number;
  /**
   * The tag and the voice to read with, from the device's voices (lib/display-modes/voices.ts:
   * readingVoice), asked before each utterance: a change of 朗读语言 applies from the next sentence.
   */
  voiceFor: (voices: readonly SpeechSynthesisVoice[]) => { tag: string; voice?: SpeechSynthesisVoice };
  onStateChange: (state: ReadingState, end?: ReadingEnd) => void;
}): SpeechController {
  const synth = window.speechSynthesis;
  let rate = options.rate;
  let state: ReadingState = "idle";
  let sentences: ReadableSentence[] = [];
  let position = 0;
  // Each start, pause or stop begins a new generation; callbacks of older utterances
  // (cancel() fires their end or error events) are ignored.
  let generation = 0;
  let pointTimer: ReturnType<typeof setTimeout> | undefined;
  let lastPointed = "";

  const lang = () => document.documentElement.lang || "zh-CN";
  // Some browsers keep speaking after the page is left.
  window.addEventListener("pagehide", () => synth.cancel());

  const reading = () => options.voiceFor(synth.getVoices?.() ?? []);
  const voice = () => reading().voice;

  function utterance(text: string): SpeechSynthesisUtterance {
    const spoken = new SpeechSynthesisUtterance(text);
    const { tag, voice } = reading();
    spoken.lang = tag;
    spoken.rate = rate;
    if (voice) spoken.voice = voice;
    return spoken;
  }

  function hasVoice(): Promise<boolean> {
    if (voice()) return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        synth.removeEventListener?.("voiceschanged", done);
        resolve(Boolean(voice()));
      };
      const timer = setTimeout(done, VOICES_WAIT_MS);
      synth.addEventListener?.("voiceschanged", done);
    });
  }

  function setState(next: ReadingState, end?: ReadingEnd) {
    state = next;
    options.onStateChange(next, end);
  }

  function speakFrom(index: number) {
    const current = ++generation;
    const sentence = sentences[index];
    position = index;
    if (!sentence) {
      highlight();
      setState("idle", "done");
      return;
    }
    highlight(sentence.range);
    keepInView(sentence.range);
    const spoken = utterance(sentence.text);
    spoken.onend = () => {
      if (current === generation) speakFrom(index + 1);
    };
    spoken.onerror = (event) => {
      if (current !== generation) return;
      // A voice that fails (rather than being interrupted by us) ends the reading.
      if (event.error !== "interrupted" && event.error !== "canceled") stop();
    };
    synth.speak(spoken);
  }

  function stop() {
    if (state === "idle") return;
    generation++;
    synth.cancel();
    highlight();
    setState("idle", "stopped");
  }

  function speakPointed(target: EventTarget | null) {
    if (state !== "idle" || !voice()) return;
    const text = pointedText(target);
    if (!text || text === lastPointed) return;
    lastPointed = text;
    synth.cancel();
    synth.speak(utterance(text));
  }

  const onPointerOver = (event: PointerEvent) => {
    clearTimeout(pointTimer);
    pointTimer = setTimeout(() => speakPointed(event.target), POINT_DELAY_MS);
  };
  const onFocusIn = (event: FocusEvent) => {
    lastPointed = "";
    speakPointed(event.target);
  };

  return {
    hasVoice,
    setRate(next) {
      rate = next;
    },
    readFromTop(root, from) {
      if (state !== "idle") stop();
      synth.cancel();
      sentences = readableSentences(root, lang(), from);
      setState("reading");
      speakFrom(0);
    },
    togglePause() {
      if (state === "reading") {
        // Cancel rather than synth.pause(): pause is unreliable on several platforms.
        // Resuming reads the interrupted sentence again from its start.
        generation++;
        synth.cancel();
        setState("paused");
      } else if (state === "paused") {
        setState("reading");
        speakFrom(position);
      }
    },
    stop,
    setPointReading(on) {
      clearTimeout(pointTimer);
      lastPointed = "";
      document.removeEventListener("pointerover", onPointerOver);
      document.removeEventListener("focusin", onFocusIn);
      if (on) {
        document.addEventListener("pointerover", onPointerOver);
        document.addEventListener("focusin", onFocusIn);
      } else if (state === "idle") {
        synth.cancel();
      }
    },
  };
}
