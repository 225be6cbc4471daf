import type { Page } from "@playwright/test";

export interface Spoken {
  text: string;
  rate: number;
  lang: string;
  voice: string | null;
  highlighted: string | null;
}

export interface FakeVoice {
  name: string;
  lang: string;
}

/** The voices of a device with English and Mandarin. */
export const ENGLISH_AND_MANDARIN: FakeVoice[] = [
  { name: "Fake English", lang: "en-US" },
  { name: "Fake 普通话", lang: "zh-CN" },
];

/**
 * A speech engine that records what it is asked to say; the test decides when a sentence
 * ends (finishUtterance). As a real engine may, it still delivers the end event of an
 * utterance it cancelled, late: the page must ignore it. `deviceVoices`: what the device has.
 */
export async function stubSpeech(page: Page, deviceVoices: FakeVoice[] = ENGLISH_AND_MANDARIN) {
  await page.addInitScript((deviceVoices) => {
    type Utterance = { onend?: () => void; onerror?: (e: unknown) => void; cancelled?: boolean };
    const log = { spoken: [] as unknown[], calls: [] as string[], current: null as null | Utterance };
    class FakeUtterance {
      rate = 1;
      lang = "";
      voice: { name: string } | null = null;
      onend: (() => void) | null = null;
      onerror: ((event: unknown) => void) | null = null;
      constructor(public text: string) {}
    }
    const voices = deviceVoices.map((voice) => ({ ...voice, localService: true, default: false, voiceURI: voice.name }));
    const highlights = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights;
    const synth = {
      speak(utterance: FakeUtterance) {
        const highlight = highlights.get("modes-reading");
        log.spoken.push({
          text: utterance.text,
          rate: utterance.rate,
          lang: utterance.lang,
          voice: utterance.voice?.name ?? null,
          highlighted: highlight ? [...highlight].map((range) => range.toString()).join("") : null,
        });
        log.current = utterance as never;
      },
      cancel() {
        log.calls.push("cancel");
        // Kept across page loads too: a cancel at pagehide is seen by the next page.
        sessionStorage.setItem("speech-cancels", String(Number(sessionStorage.getItem("speech-cancels") ?? 0) + 1));
        // Interrupted once; it stays current, so that finishUtterance() can still end it.
        const interrupted = log.current;
        if (!interrupted || interrupted.cancelled) return;
        interrupted.cancelled = true;
        interrupted.onerror?.({ error: "interrupted" });
      },
      pause: () => log.calls.push("pause"),
      resume: () => log.calls.push("resume"),
      getVoices: () => voices,
      addEventListener() {},
      removeEventListener() {},
    };
    Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
    Object.defineProperty(window, "SpeechSynthesisUtterance", { value: FakeUtterance, configurable: true });
    Object.assign(window, {
      speechLog: log,
      finishUtterance: () => {
        const done = log.current;
        log.current = null;
        done?.onend?.();
      },
    });
  }, deviceVoices);
}

export const spoken = (page: Page) => page.evaluate(() => (window as unknown as { speechLog: { spoken: Spoken[] } }).speechLog.spoken);
export const calls = (page: Page) => page.evaluate(() => (window as unknown as { speechLog: { calls: string[] } }).speechLog.calls);
export const finishUtterance = (page: Page) => page.evaluate(() => (window as unknown as { finishUtterance: () => void }).finishUtterance());
export const readingHighlight = (page: Page) =>
  page.evaluate(() => {
    const highlight = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get("modes-reading");
    return highlight ? [...highlight].map((range) => range.toString()).join("") : null;
  });
