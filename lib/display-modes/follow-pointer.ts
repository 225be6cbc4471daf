/**
 * What 十字线 and 大字幕 both follow: the pointer (at most once per animation frame, at its
 * latest position) and the keyboard focus. Returns the function that stops following.
 */
export function followPointerAndFocus(handlers: { onPoint: (x: number, y: number) => void; onFocus: (element: Element) => void }): () => void {
  let frame = 0;
  let x = 0;
  let y = 0;
  const onPointerMove = (event: PointerEvent) => {
    x = event.clientX;
    y = event.clientY;
    if (!frame)
      frame = requestAnimationFrame(() => {
        frame = 0;
        handlers.onPoint(x, y);
      });
  };
  const onFocusIn = (event: FocusEvent) => {
    if (event.target instanceof Element) handlers.onFocus(event.target);
  };
  document.addEventListener("pointermove", onPointerMove, { passive: true });
  document.addEventListener("focusin", onFocusIn);
  return () => {
    cancelAnimationFrame(frame);
    document.removeEventListener("pointermove", onPointerMove);
    document.removeEventListener("focusin", onFocusIn);
  };
}
