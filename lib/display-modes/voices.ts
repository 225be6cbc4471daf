/**
 * Which voice reads a page. Chinese is read in the variety the reader chose, 普通话 or
 * 粤语; any other language by a voice of that language. A voice of another language is
 * never chosen: an English voice reading Chinese mispronounces every word, so where the
 * device has no fitting voice nothing is read, and the toolbar says so.
 *
 * Plain functions of the voice list, shared by the toolbar (which shows what the device
 * can read) and the speech engine (which loads only when reading starts).
 */
import { pageScript, type SpeechLanguage } from "./modes";

/** The tag each Chinese variety is read with (SpeechSynthesisUtterance.lang). */
export const SPEECH_LANGUAGE_TAGS: Record<SpeechLanguage, string> = { mandarin: "zh-CN", cantonese: "zh-HK" };

const subtags = (tag: string) => tag.toLowerCase().replace(/_/g, "-").split("-");

/**
 * What a voice (or a page) speaks, from its language tag: "cantonese" for yue, yue-HK,
 * zh-yue and zh-HK (the tag phones and PCs give their Cantonese voices), "mandarin" for
 * the other Chinese tags (zh-CN, zh-TW, cmn-CN…), else the language subtag ("en").
 */
export function spokenLanguage(tag: string): string {
  const [language = "", ...rest] = subtags(tag);
  if (language === "yue" || (language === "zh" && rest.some((part) => part === "yue" || part === "hk" || part === "mo"))) return "cantonese";
  if (language === "zh" || language === "cmn") return "mandarin";
  return language;
}

/**
 * The best voice for a tag: the exact tag, else the same spoken language (never another);
 * voices on the device itself first, as they answer without a network.
 */
export function chooseVoice(voices: readonly SpeechSynthesisVoice[], tag: string): SpeechSynthesisVoice | undefined {
  const wanted = subtags(tag).join("-");
  const language = spokenLanguage(tag);
  let best: SpeechSynthesisVoice | undefined;
  let bestScore = 0;
  for (const voice of voices) {
    let score = subtags(voice.lang).join("-") === wanted ? 4 : spokenLanguage(voice.lang) === language ? 2 : 0;
    if (score && voice.localService) score += 1;
    if (score > bestScore) {
      best = voice;
      bestScore = score;
    }
  }
  return best;
}

/** Which Chinese varieties the device can read. */
export type VoiceSupport = Record<SpeechLanguage, boolean>;

export function voiceSupport(voices: readonly SpeechSynthesisVoice[]): VoiceSupport {
  const spoken = new Set(voices.map((voice) => spokenLanguage(voice.lang)));
  return { mandarin: spoken.has("mandarin"), cantonese: spoken.has("cantonese") };
}

/**
 * The variety a Chinese page is read in: the reader's choice where the device has a voice
 * for it; else the page's default (粤语 on Traditional pages where there is a Cantonese
 * voice, 普通话 otherwise); else the one variety the device has. `support` undefined: the
 * voice list is not known yet.
 */
export function readingLanguage(chosen: SpeechLanguage | undefined, traditionalPage: boolean, support: VoiceSupport | undefined): SpeechLanguage {
  const fallback: SpeechLanguage = traditionalPage && (!support || support.cantonese) ? "cantonese" : "mandarin";
  const wanted = chosen ?? fallback;
  if (!support || support[wanted]) return wanted;
  const other: SpeechLanguage = wanted === "mandarin" ? "cantonese" : "mandarin";
  return support[other] ? other : wanted;
}

/**
 * The tag a page is read with: the page's own language, or on a Chinese page the variety
 * of readingLanguage. An empty voice list is one not known yet (browsers fill it late).
 */
export function readingTag(pageLang: string, chosen: SpeechLanguage | undefined, voices: readonly SpeechSynthesisVoice[]): string {
  const script = pageScript(pageLang);
  if (!script) return pageLang;
  return SPEECH_LANGUAGE_TAGS[readingLanguage(chosen, script === "traditional", voices.length ? voiceSupport(voices) : undefined)];
}

/** What a page is read with: the tag for the utterances, and the voice (undefined: the device has none for it). */
export function readingVoice(pageLang: string, chosen: SpeechLanguage | undefined, voices: readonly SpeechSynthesisVoice[]) {
  const tag = readingTag(pageLang, chosen, voices);
  return { tag, voice: chooseVoice(voices, tag) };
}
