// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { chooseVoice, createSpeechController, type ReadingState } from "@/lib/display-modes/speech";
import { isSpeechSupported } from "@/lib/display-modes/speech-support";

const voice = (lang: string, name = lang, localService = false) =>
  ({ lang, name, localService, default: false, voiceURI: name }) as SpeechSynthesisVoice;

describe("the voice chosen for the page's language", () => {
  const voices = [voice("en-US"), voice("zh-TW"), voice("zh-CN", "Remote zh-CN"), voice("zh-CN", "Local zh-CN", true)];

  it("is a zh-CN voice on Chinese pages, a local one first", () => {
    expect(chooseVoice(voices, "zh-CN")?.name).toBe("Local zh-CN");
  });

  it("accepts the Android spelling zh_CN", () => {
    expect(chooseVoice([voice("en-GB"), voice("zh_CN")], "zh-CN")?.lang).toBe("zh_CN");
  });

  it("is an English voice on English pages", () => {
    expect(chooseVoice(voices, "en")?.lang).toBe("en-US");
  });

  it("is left to the browser when it has no voice of that language", () => {
    expect(chooseVoice([voice("fr-FR")], "zh-CN")).toBeUndefined();
  });
});

/** A speech engine that records what it is asked to say, and says it when told to. */
function fakeSpeech() {
  const spoken: { text: string; rate: number; lang: string; voice?: string }[] = [];
  let current: SpeechSynthesisUtterance | undefined;
  const synth = {
    speak: vi.fn((utterance: SpeechSynthesisUtterance) => {
      current = utterance;
      spoken.push({ text: utterance.text, rate: utterance.rate, lang: utterance.lang, voice: utterance.voice?.name });
    }),
    cancel: vi.fn(() => {
      const interrupted = current;
      current = undefined;
      interrupted?.onerror?.({ error: "interrupted" } as SpeechSynthesisErrorEvent);
    }),
    getVoices: () => [voice("zh-CN", "普通话")],
  };
  class Utterance {
    text: string;
    rate = 1;
    lang = "";
    voice: SpeechSynthesisVoice | null = null;
    onend: (() => void) | null = null;
    onerror: ((event: SpeechSynthesisErrorEvent) => void) | null = null;
    constructor(text: string) {
      this.text = text;
    }
  }
  vi.stubGlobal("speechSynthesis", synth);
  vi.stubGlobal("SpeechSynthesisUtterance", Utterance);
  /** The engine finishes the current utterance. */
  const finish = () => {
    const done = current;
    current = undefined;
    done?.onend?.({} as SpeechSynthesisEvent);
  };
  return { spoken, synth, finish };
}

describe("语音朗读 with a simulated speech engine", () => {
  let engine: ReturnType<typeof fakeSpeech>;
  let states: [ReadingState, string | undefined][];

  beforeEach(() => {
    document.documentElement.lang = "zh-CN";
    document.body.innerHTML = `<main id="main"><h1>标题。</h1><p>第一句。第二句。</p><p><a href="#a">链接</a></p></main>`;
    engine = fakeSpeech();
    states = [];
    // jsdom has no layout: every sentence is "in view".
    Range.prototype.getBoundingClientRect ??= () => ({ top: 0, bottom: 10 }) as DOMRect;
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  const controller = (rate = 1) => createSpeechController({ rate, onStateChange: (state, end) => states.push([state, end]) });

  it("is detected where the browser has it, and not where it lacks it", () => {
    expect(isSpeechSupported()).toBe(true);
    vi.stubGlobal("speechSynthesis", undefined);
    expect(isSpeechSupported()).toBe(false);
    vi.stubGlobal("speechSynthesis", engine.synth);
    vi.stubGlobal("SpeechSynthesisUtterance", undefined);
    expect(isSpeechSupported()).toBe(false);
  });

  /** The pointer rests on the paragraph, then the paragraph receives focus; time passes for 指读's delay. */
  const pointAndFocus = () => {
    const paragraph = document.querySelector("p")!;
    paragraph.dispatchEvent(new Event("pointerover", { bubbles: true }));
    vi.advanceTimersByTime(1000);
    paragraph.dispatchEvent(new FocusEvent("focusin", { bubbles: true }));
    vi.advanceTimersByTime(1000);
  };

  it("says nothing until asked, and speaks on pointing once 指读 is on", () => {
    vi.useFakeTimers();
    const reader = controller();
    pointAndFocus();
    expect(engine.synth.speak).not.toHaveBeenCalled();
    reader.setPointReading(true);
    pointAndFocus();
    expect(engine.spoken.map((s) => s.text)).toEqual(["第一句。第二句。", "第一句。第二句。"]);
    reader.setPointReading(false);
  });

  it("连读 reads main from the top, one sentence after another, at the chosen rate and voice", () => {
    const reader = controller(0.7);
    reader.readFromTop(document.getElementById("main")!);
    engine.finish();
    engine.finish();
    engine.finish();
    expect(engine.spoken).toEqual([
      { text: "标题。", rate: 0.7, lang: "zh-CN", voice: "普通话" },
      { text: "第一句。", rate: 0.7, lang: "zh-CN", voice: "普通话" },
      { text: "第二句。", rate: 0.7, lang: "zh-CN", voice: "普通话" },
      { text: "链接", rate: 0.7, lang: "zh-CN", voice: "普通话" },
    ]);
    engine.finish();
    expect(states).toEqual([
      ["reading", undefined],
      ["idle", "done"],
    ]);
  });

  it("a new rate applies from the next sentence", () => {
    const reader = controller(1);
    reader.readFromTop(document.getElementById("main")!);
    reader.setRate(1.3);
    engine.finish();
    expect(engine.spoken.map((s) => s.rate)).toEqual([1, 1.3]);
  });

  it("pause stops the voice and resume reads the interrupted sentence again", () => {
    const reader = controller();
    reader.readFromTop(document.getElementById("main")!);
    engine.finish();
    reader.togglePause();
    expect(engine.synth.cancel).toHaveBeenCalled();
    expect(states.at(-1)).toEqual(["paused", undefined]);
    reader.togglePause();
    expect(engine.spoken.map((s) => s.text)).toEqual(["标题。", "第一句。", "第一句。"]);
    expect(states.at(-1)).toEqual(["reading", undefined]);
  });

  it("stop silences the voice and reading does not go on", () => {
    const reader = controller();
    reader.readFromTop(document.getElementById("main")!);
    reader.stop();
    engine.finish();
    expect(engine.spoken.map((s) => s.text)).toEqual(["标题。"]);
    expect(states.at(-1)).toEqual(["idle", "stopped"]);
  });

  it("指读 reads what receives focus, once it is turned on", () => {
    const reader = controller();
    const link = document.querySelector("a")!;
    link.focus();
    expect(engine.spoken).toEqual([]);
    reader.setPointReading(true);
    link.blur();
    link.focus();
    expect(engine.spoken.map((s) => s.text)).toEqual(["链接"]);
    reader.setPointReading(false);
    link.blur();
    link.focus();
    expect(engine.spoken).toHaveLength(1);
  });
});
