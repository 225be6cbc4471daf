/**
 * 字幕文字: what the 大字幕 bar needs to show a page's text in the other script (简 ↔ 繁)
 * or with 拼音. It is computed at build time from each Chinese page as it was exported
 * (scripts/lib/caption-text.ts: pinyin-pro for the readings, the site's own conversion
 * for the script) and written beside the page as CAPTION_TEXT_FILE, which the caption
 * bar fetches only when the reader chooses the other script or 拼音.
 *
 * The file lists the page's readable texts (each link, button, heading, paragraph…: the
 * largest such element, so a sentence the bar shows lies inside one of them), each with
 * its other-script form and the readings of its Chinese characters, computed on the
 * whole text so that a character's reading follows its word (重大 zhòng dà, 重新 chóng
 * xīn). White space is left out, so a sentence is found however the page spaced it.
 */
export const CAPTION_TEXT_FILE = "caption-text.json";

/** Where a page's caption text is served: beside the page (`/sections/tourism/caption-text.json`). */
export const captionTextAddress = (pagePath: string) => `${pagePath}${CAPTION_TEXT_FILE}`;

export interface CaptionText {
  /** The page's readable texts, without white space. */
  texts: string[];
  /** texts[i] in the other script, character for character (the same length, or "" where no such form exists). */
  converted: string[];
  /** The readings of texts[i]'s Chinese characters, one per character, space-separated ("" where one has none). */
  pinyin: string[];
}

/** A Chinese character: the ones that have a reading. */
export const HAN = /\p{Script=Han}/u;
const SPACE = /\s/;

/** One character of a caption: as the page writes it, in the other script, and its reading if it has one. */
export interface CaptionCharacter {
  text: string;
  converted: string;
  reading?: string;
}

/**
 * `text` (a sentence the bar shows) character by character, in the other script and with
 * its readings, found in the page's texts. The longest run of characters found in one
 * text is taken each time, so a sentence that spans two texts is still covered; a
 * character found nowhere (a number the toolbar wrote, say) is shown as it is.
 */
export function captionCharacters(data: CaptionText, text: string): CaptionCharacter[] {
  const characters = [...text];
  const out: CaptionCharacter[] = [];
  let position = 0;
  while (position < characters.length) {
    const character = characters[position] ?? "";
    if (SPACE.test(character)) {
      out.push({ text: character, converted: character });
      position++;
      continue;
    }
    const match = longestMatch(data, characters, position);
    if (!match) {
      out.push({ text: character, converted: character });
      position++;
      continue;
    }
    const source = [...(data.texts[match.index] ?? "")];
    const converted = [...(data.converted[match.index] ?? "")];
    const readings = (data.pinyin[match.index] ?? "").split(" ");
    let reading = source.slice(0, match.start).filter((c) => HAN.test(c)).length;
    let offset = match.start;
    // Take match.length characters of the page text, keeping the sentence's own spaces.
    for (let taken = 0; taken < match.length; position++) {
      const own = characters[position] ?? "";
      if (SPACE.test(own)) {
        out.push({ text: own, converted: own });
        continue;
      }
      const other = converted.length === source.length ? (converted[offset] ?? own) : own;
      const read = HAN.test(source[offset] ?? own) ? readings[reading++] : undefined;
      out.push(read ? { text: own, converted: other, reading: read } : { text: own, converted: other });
      offset++;
      taken++;
    }
  }
  return out;
}

/** The longest run of non-space characters from `from` found in one of the texts: which text, where, how many characters. */
function longestMatch(data: CaptionText, characters: string[], from: number) {
  let best: { index: number; start: number; length: number } | undefined;
  let key = "";
  let length = 0;
  for (let position = from; position < characters.length; position++) {
    const character = characters[position] ?? "";
    if (SPACE.test(character)) continue;
    key += character;
    length++;
    // The text of the last match is tried first: a sentence usually stays in one.
    const candidates = best ? [best.index, ...data.texts.keys()] : data.texts.keys();
    let found: { index: number; start: number } | undefined;
    for (const index of candidates) {
      const at = data.texts[index]?.indexOf(key) ?? -1;
      if (at >= 0) {
        found = { index, start: at };
        break;
      }
    }
    if (!found) break;
    best = { ...found, length };
  }
  if (!best) return undefined;
  // indexOf counts UTF-16 units; the caller counts characters.
  const text = data.texts[best.index] ?? "";
  return { index: best.index, start: [...text.slice(0, best.start)].length, length: best.length };
}
