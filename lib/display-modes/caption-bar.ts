/**
 * 大字幕 (显示屏): a bar at the bottom of the screen that repeats, in very large type, the
 * sentence under the pointer or the text of what has keyboard focus. Loaded on demand.
 * It shows the whole sentence, on as many lines as it needs. The bar is aria-hidden (it
 * only repeats what is on the page) and takes no pointer events; the page keeps room for
 * it (padding and scroll-padding in display-modes.css, from the bar's real height, which
 * is kept in --modes-caption-height) so it never hides the end of the page or the
 * focused element.
 */
import { followPointerAndFocus } from "./follow-pointer";
import { pointedText, sentenceAtPoint } from "./text-blocks";

export function startCaptionBar(hint: string): () => void {
  const bar = document.createElement("div");
  bar.className = "modes-caption-bar";
  bar.setAttribute("aria-hidden", "true");
  const text = document.createElement("p");
  text.className = "modes-caption-bar__text";
  text.textContent = hint;
  bar.append(text);
  document.body.append(bar);
  const root = document.documentElement;
  const observer = typeof ResizeObserver === "function" ? new ResizeObserver(() => root.style.setProperty("--modes-caption-height", `${bar.offsetHeight}px`)) : undefined;
  observer?.observe(bar);

  const show = (value: string) => {
    if (value && value !== text.textContent) text.textContent = value;
  };
  const lang = () => document.documentElement.lang || "zh-CN";
  const stop = followPointerAndFocus({
    onPoint: (x, y) => show(sentenceAtPoint(document, x, y, lang())),
    onFocus: (target) => show(pointedText(target)),
  });
  return () => {
    stop();
    observer?.disconnect();
    root.style.removeProperty("--modes-caption-height");
    bar.remove();
  };
}
