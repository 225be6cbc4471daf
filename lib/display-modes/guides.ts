/**
 * 十字线: a horizontal and a vertical line that follow the pointer and the keyboard focus.
 * Loaded on demand. The lines are aria-hidden and take no pointer events, so they are
 * invisible to assistive technology and never get in the way of a click.
 */
import { followPointerAndFocus } from "./follow-pointer";

export function startGuides(): () => void {
  const line = (axis: "horizontal" | "vertical") => {
    const element = document.createElement("div");
    element.className = `modes-guide modes-guide--${axis}`;
    element.setAttribute("aria-hidden", "true");
    element.hidden = true; // until the pointer or the focus first moves
    document.body.append(element);
    return element;
  };
  const horizontal = line("horizontal");
  const vertical = line("vertical");
  const moveTo = (x: number, y: number) => {
    horizontal.hidden = false;
    vertical.hidden = false;
    horizontal.style.transform = `translateY(${Math.round(y)}px)`;
    vertical.style.transform = `translateX(${Math.round(x)}px)`;
  };
  const stop = followPointerAndFocus({
    onPoint: moveTo,
    onFocus: (target) => {
      // The start of what is focused: for a long block that is where reading begins.
      const rect = target.getBoundingClientRect();
      moveTo(rect.left + Math.min(rect.width, 32) / 2, rect.top + Math.min(rect.height, 48) / 2);
    },
  });
  return () => {
    stop();
    horizontal.remove();
    vertical.remove();
  };
}
