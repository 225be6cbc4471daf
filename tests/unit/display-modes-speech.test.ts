// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { chooseVoice, createSpeechController, type ReadingState } from "@/lib/display-modes/speech";
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
