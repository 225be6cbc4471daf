// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createSpeechController, type ReadingState } from "@/lib/display-modes/speech";
import { chooseVoice, readingLanguage, readingTag, readingVoice, spokenLanguage, voiceSupport } from "@/lib/display-modes/voices";
import { fakeSpeech, voice } from "./fake-speech";

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

describe("普通话 and 粤语 voices", () => {
  it("tells Cantonese voices (yue, yue-HK, zh-yue, zh-HK) from Mandarin ones (zh-CN, zh-TW, cmn-CN)", () => {
    expect(["yue", "yue-HK", "zh-yue", "zh_HK", "zh-Hant-HK"].map(spokenLanguage)).toEqual(Array(5).fill("cantonese"));
    expect(["zh-CN", "zh-TW", "cmn-CN", "zh"].map(spokenLanguage)).toEqual(Array(4).fill("mandarin"));
    expect(spokenLanguage("en-US")).toBe("en");
  });

  it("reads 普通话 with a Mandarin voice, never a Cantonese or an English one", () => {
    expect(chooseVoice([voice("zh-HK"), voice("en-US"), voice("zh-TW")], "zh-CN")?.lang).toBe("zh-TW");
    expect(chooseVoice([voice("zh-HK"), voice("yue-HK"), voice("en-US")], "zh-CN")).toBeUndefined();
  });

  it("reads 粤语 with a Cantonese voice, however the device tags it, and never with a Mandarin one", () => {
    expect(chooseVoice([voice("zh-CN"), voice("yue-HK")], "zh-HK")?.lang).toBe("yue-HK");
    expect(chooseVoice([voice("zh-CN"), voice("zh-TW"), voice("en-GB")], "zh-HK")).toBeUndefined();
  });

  it("reads a Simplified page in 普通话 and a Traditional one in 粤语 where there is a Cantonese voice, unless the reader chose", () => {
    const both = voiceSupport([voice("zh-CN"), voice("zh-HK")]);
    const mandarinOnly = voiceSupport([voice("zh-CN"), voice("en-US")]);
    const cantoneseOnly = voiceSupport([voice("yue-HK")]);
    expect(readingLanguage(undefined, false, both)).toBe("mandarin");
    expect(readingLanguage(undefined, true, both)).toBe("cantonese");
    expect(readingLanguage(undefined, true, mandarinOnly)).toBe("mandarin");
    expect(readingLanguage("cantonese", false, both)).toBe("cantonese");
    expect(readingLanguage("mandarin", true, both)).toBe("mandarin");
    // A choice the device cannot read falls to the variety it can.
    expect(readingLanguage("cantonese", false, mandarinOnly)).toBe("mandarin");
    expect(readingLanguage(undefined, false, cantoneseOnly)).toBe("cantonese");
    // English pages are read in English, whatever was chosen for Chinese.
    expect(readingTag("en", "cantonese", [voice("en-US"), voice("yue-HK")])).toBe("en");
    expect(readingTag("zh-HK", undefined, [voice("zh-CN"), voice("yue-HK")])).toBe("zh-HK");
    expect(readingTag("zh-CN", "cantonese", [voice("zh-CN"), voice("yue-HK")])).toBe("zh-HK");
  });
});

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

  const controller = (rate = 1) =>
    createSpeechController({
      rate,
      voiceFor: (voices) => readingVoice(document.documentElement.lang, undefined, voices),
      onStateChange: (state, end) => states.push([state, end]),
    });

  it("has a voice for a Chinese page only where the device has a Chinese one", async () => {
    expect(await controller().hasVoice()).toBe(true);
    engine.setVoices([voice("en-US"), voice("fr-FR")]);
    vi.useFakeTimers();
    const answer = controller().hasVoice();
    vi.advanceTimersByTime(2000);
    expect(await answer).toBe(false);
  });

  it("waits for a voice list that arrives late (voiceschanged)", async () => {
    engine.setVoices([]);
    const answer = controller().hasVoice();
    engine.setVoices([voice("zh-CN", "普通话")]);
    engine.synth.dispatchEvent(new Event("voiceschanged"));
    expect(await answer).toBe(true);
  });

  it("never reads Chinese with a voice of another language", () => {
    engine.setVoices([voice("en-US")]);
    const reader = controller();
    reader.setPointReading(true);
    document.querySelector("a")!.focus();
    expect(engine.spoken).toEqual([]);
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
