/**
 * The toolbar's keyboard shortcuts, loaded only when the reader turns them on in the
 * toolbar (they start off: WCAG 2.1.4). Alt + Shift + one key; never while typing in a
 * field (lib/display-modes/shortcuts.ts says which keys, and why those).
 */
import type { ShortcutAction } from "@/lib/display-modes/modes";
import { isTypingTarget, shortcutFor } from "@/lib/display-modes/shortcuts";

export function listenForShortcuts(run: (action: ShortcutAction) => void): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || isTypingTarget(event.target)) return;
    const action = shortcutFor(event);
    if (!action) return;
    event.preventDefault();
    run(action);
  };
  document.addEventListener("keydown", onKeyDown);
  return () => document.removeEventListener("keydown", onKeyDown);
}
