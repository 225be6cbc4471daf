/**
 * The description of a page for search engines and shared links (<meta name="description">,
 * og:description): the text itself when it is short, else its first sentences, else its
 * beginning cut after a whole word with "…". Never a word cut in half: a cut English
 * description read "…the South China Modern Chinese Medicine City on upgr…".
 *
 * Lengths are what search results show: about 160 Latin characters; Chinese characters
 * are twice as wide, and the Chinese pages have always been cut at 120.
 */
const LIMITS = { chinese: 120, latin: 160 } as const;

const HAN = /\p{Script=Han}/u;
/** Where a Chinese sentence ends. */
const CHINESE_SENTENCE_END = /[。！？；]/gu;
/** Where a Chinese clause ends: a cut there reads as a pause, not as a broken word. */
const CHINESE_CLAUSE_END = /[，、：]/gu;
/**
 * Where an English sentence ends: a full stop, question or exclamation mark followed by a
 * space and a capital letter or a quotation mark ("No. 1" and "1.4 billion" are not ends).
 */
const LATIN_SENTENCE_END = /[.!?](?=\s+["“‘(]?[A-Z])/g;

/** Words an English cut should not end on: "…the bid to…" reads as broken as half a word. */
export const TRAILING_SMALL_WORDS = /(?:\s+(?:a|an|and|as|at|by|for|from|in|into|of|on|or|the|to|with))+$/i;

function lastEnd(text: string, pattern: RegExp, limit: number): number {
  let end = -1;
  for (const match of text.matchAll(pattern)) {
    if (match.index + match[0].length > limit) break;
    end = match.index + match[0].length;
  }
  return end;
}

export function describe(text: string): string {
  const chinese = HAN.test(text);
  const limit = chinese ? LIMITS.chinese : LIMITS.latin;
  if (text.length <= limit) return text;
  // A sentence too short to describe the page is passed over for a longer cut.
  const enough = limit * 0.35;
  const sentence = lastEnd(text, chinese ? CHINESE_SENTENCE_END : LATIN_SENTENCE_END, limit);
  if (sentence > enough) return text.slice(0, sentence);
  const room = limit - 1; // for the "…"
  if (chinese) {
    const clause = lastEnd(text, CHINESE_CLAUSE_END, room);
    return `${clause > enough ? text.slice(0, clause - 1) : text.slice(0, room)}…`;
  }
  const space = text.lastIndexOf(" ", room);
  const words = space > enough ? text.slice(0, space).replace(TRAILING_SMALL_WORDS, "") : text.slice(0, room);
  // "…and," reads badly: no clause punctuation or opening quotation mark before the ellipsis.
  return `${words.replace(/[\s,;:—–\-("“‘]+$/u, "")}…`;
}
