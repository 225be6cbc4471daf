/**
 * 大字幕 (显示屏): a bar at the bottom of the screen that repeats, in very large type, the
 * sentence under the pointer or the text of what has keyboard focus. Loaded on demand.
 * It shows the whole sentence, on as many lines as it needs. The bar is aria-hidden (it
 * only repeats what is on the page) and takes no pointer events; the page keeps room for
 * it (padding and scroll-padding in display-modes.css, from the bar's real height, which
 * is kept in --modes-caption-height) so it never hides the end of the page or the
 * focused element.
 *
 * On Chinese pages it shows the text as the reader chose (字幕文字): in the page's own
 * script as it is, or in the other script, or with 拼音 above each character in <ruby>.
 * The page's caption text (lib/display-modes/caption-text.ts) is fetched the first time
 * one of the last two is chosen, never before.
 */
import { captionCharacters, type CaptionCharacter, type CaptionText } from "./caption-text";
import { followPointerAndFocus } from "./follow-pointer";
import type { CaptionScript } from "./modes";
import { pointedText, sentenceAtPoint } from "./text-blocks";

let captionText: Promise<CaptionText> | undefined;

/** The page's caption text, fetched once per page (after a failure, again when the reader chooses again). */
function loadCaptionText(address: string): Promise<CaptionText> {
  captionText ??= fetch(address).then((response) => {
    if (!response.ok) throw new Error(`${address}: ${response.status}`);
    return response.json() as Promise<CaptionText>;
  });
  return captionText;
}

/** A caption in the other script, or with each reading above its character: <ruby>字<rt>zì</rt></ruby>. */
function captionNodes(characters: CaptionCharacter[], script: "converted" | "pinyin"): Node[] {
  const nodes: Node[] = [];
  let plain = "";
  for (const character of characters) {
    if (script === "converted" || !character.reading) {
      plain += script === "converted" ? character.converted : character.text;
      continue;
    }
    if (plain) nodes.push(document.createTextNode(plain));
    plain = "";
    const ruby = document.createElement("ruby");
    const reading = document.createElement("rt");
    reading.textContent = character.reading;
    ruby.append(character.text, reading);
    nodes.push(ruby);
  }
  if (plain) nodes.push(document.createTextNode(plain));
  return nodes;
}

export interface CaptionBarOptions {
  /** Shown until the reader points at something. */
  hint: string;
  /** The address of the page's caption text (Chinese pages), and the page's own script. */
  captionText?: string;
  ownScript?: CaptionScript;
  /** The reader's 字幕文字, and how to hear of its changes (the display modes' store). */
  chosenScript: () => CaptionScript | undefined;
  subscribe: (listener: () => void) => () => void;
  /** The caption text cannot be fetched: the bar shows the page's own text. */
  onUnavailable: () => void;
}

/** Starts the bar; returns the function that takes it away. */
export function startCaptionBar({ hint, captionText: address, ownScript: own, chosenScript, subscribe, onUnavailable }: CaptionBarOptions): () => void {
  const bar = document.createElement("div");
  bar.className = "modes-caption-bar";
  bar.setAttribute("aria-hidden", "true");
  const text = document.createElement("p");
  text.className = "modes-caption-bar__text";
  bar.append(text);
  document.body.append(bar);
  const root = document.documentElement;
  const observer =
    typeof ResizeObserver === "function" ? new ResizeObserver(() => root.style.setProperty("--modes-caption-height", `${bar.offsetHeight}px`)) : undefined;
  observer?.observe(bar);

  const lang = () => root.lang || "zh-CN";
  let shown = "";
  let drawn = "";
  let generation = 0;
  let script: CaptionScript | undefined;
  let failed = false;

  async function draw() {
    const value = shown;
    const chosen = own && (chosenScript() ?? own);
    if (chosen !== script && failed) {
      // A new choice tries the caption text again.
      captionText = undefined;
      failed = false;
    }
    script = chosen;
    const key = `${script}\n${value}`;
    if (key === drawn) return;
    drawn = key;
    const current = ++generation;
    if (!address || !script || script === own || failed) {
      text.textContent = value;
      bar.removeAttribute("data-caption-script");
      return;
    }
    try {
      const data = await loadCaptionText(address);
      if (current !== generation) return;
      // 拼音 over the page's own characters; or the other script.
      text.replaceChildren(...captionNodes(captionCharacters(data, value), script === "pinyin" ? "pinyin" : "converted"));
      bar.setAttribute("data-caption-script", script);
    } catch (error) {
      if (current !== generation) return;
      console.error(error);
      text.textContent = value;
      bar.removeAttribute("data-caption-script");
      failed = true;
      onUnavailable();
    }
  }

  const show = (value: string) => {
    if (!value || value === shown) return;
    shown = value;
    void draw();
  };
  show(hint);
  const unsubscribe = subscribe(() => void draw());
  const stop = followPointerAndFocus({
    onPoint: (x, y) => show(sentenceAtPoint(document, x, y, lang())),
    onFocus: (target) => show(pointedText(target)),
  });
  return () => {
    stop();
    unsubscribe();
    observer?.disconnect();
    root.style.removeProperty("--modes-caption-height");
    bar.remove();
  };
}
