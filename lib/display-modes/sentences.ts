/**
 * Splits text into sentences for 连读 (one utterance per sentence, so the sentence being
 * read can be highlighted, and so Chrome does not cut off long utterances).
 * Intl.Segmenter knows Chinese and English sentence ends; the pattern is the fallback.
 */
export interface SentenceSpan {
  text: string;
  /** Offsets into the original text, end exclusive, without surrounding white space. */
  start: number;
  end: number;
}

/** Up to 。！？; …, a full stop followed by a space (not the one in 3.5), or a line end. */
const FALLBACK = /[^]+?(?:[。！？!?；;…]+|\.+(?=\s|$)|\n|$)[”’」』）)"']*/g;
const SPEAKABLE = /[\p{L}\p{N}]/u;

function trimmed(text: string, start: number, end: number): SentenceSpan | undefined {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from] ?? "")) from++;
  while (to > from && /\s/.test(text[to - 1] ?? "")) to--;
  const part = text.slice(from, to);
  return SPEAKABLE.test(part) ? { text: part, start: from, end: to } : undefined;
}

export function splitSentences(text: string, locale: string, useSegmenter = typeof Intl.Segmenter === "function"): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  if (useSegmenter) {
    for (const segment of new Intl.Segmenter(locale, { granularity: "sentence" }).segment(text)) {
      const span = trimmed(text, segment.index, segment.index + segment.segment.length);
      if (span) spans.push(span);
    }
    return spans;
  }
  for (const match of text.matchAll(FALLBACK)) {
    const span = trimmed(text, match.index, match.index + match[0].length);
    if (span) spans.push(span);
  }
  return spans;
}
