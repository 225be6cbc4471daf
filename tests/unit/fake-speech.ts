import { vi } from "vitest";

export const voice = (lang: string, name = lang, localService = false) =>
  ({ lang, name, localService, default: false, voiceURI: name }) as SpeechSynthesisVoice;

/** A speech engine that records what it is asked to say, and says it when told to. */
export function fakeSpeech(voices: SpeechSynthesisVoice[] = [voice("zh-CN", "普通话")]) {
  const spoken: { text: string; rate: number; lang: string; voice?: string }[] = [];
  let current: SpeechSynthesisUtterance | undefined;
  let available = voices;
  const synth = Object.assign(new EventTarget(), {
    speak: vi.fn((utterance: SpeechSynthesisUtterance) => {
      current = utterance;
      spoken.push({ text: utterance.text, rate: utterance.rate, lang: utterance.lang, voice: utterance.voice?.name });
    }),
    cancel: vi.fn(() => {
      const interrupted = current;
      current = undefined;
      interrupted?.onerror?.({ error: "interrupted" } as SpeechSynthesisErrorEvent);
    }),
    getVoices: () => available,
  });
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
  /** The device's voices change (voiceschanged is for the test to send). */
  const setVoices = (next: SpeechSynthesisVoice[]) => {
    available = next;
  };
  return { spoken, synth, finish, setVoices };
}
