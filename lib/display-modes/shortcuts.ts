/**
 * Keyboard shortcuts of the 无障碍 toolbar. They are off until the resident turns them on
 * in the toolbar (WCAG 2.1.4 asks for a way to turn shortcuts off; ours start off).
 *
 * All of them are Alt + Shift + one key (Option + Shift on a Mac), matched on the
 * physical key (KeyboardEvent.code) so that keyboard layouts and the Mac's Option
 * characters do not matter. Chosen to stay clear of keys that screen readers and browsers
 * use: never Tab, never Alt + digit (tab switching), no arrow or function keys, no single
 * letters (screen-reader quick navigation), and not Alt + Shift + A, I, L, M, N, S or T,
 * which Chrome or ChromeOS use.
 */
import { SHORTCUT_KEYS, type ShortcutAction } from "./modes";

export const SHORTCUT_MODIFIERS = ["Alt", "Shift"] as const;

/** Every shortcut, from the table of display modes (modes.ts), in the order of the controls. */
export const SHORTCUTS = SHORTCUT_KEYS as { action: ShortcutAction; code: string; key: string }[];

interface KeyPress {
  code: string;
  altKey: boolean;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  repeat?: boolean;
}

/** The action of a key press, or undefined when the key is not one of ours. */
export function shortcutFor(event: KeyPress): ShortcutAction | undefined {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey || event.repeat) return undefined;
  return SHORTCUTS.find((shortcut) => shortcut.code === event.code)?.action;
}

/** How a shortcut is written on the help page, e.g. "Alt + Shift + E". */
export function shortcutLabel(key: string): string {
  return [...SHORTCUT_MODIFIERS, key].join(" + ");
}

/** Typing in a field never triggers a shortcut. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== "function") return false;
  const element = target as HTMLElement;
  return Boolean(element.closest("input, textarea, select, [contenteditable]:not([contenteditable='false'])"));
}
