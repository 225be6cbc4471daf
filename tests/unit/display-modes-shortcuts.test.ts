// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { SHORTCUTS, isTypingTarget, shortcutFor, shortcutLabel } from "@/lib/display-modes/shortcuts";

const press = (code: string, modifiers: Partial<Record<"altKey" | "shiftKey" | "ctrlKey" | "metaKey", boolean>> = {}) => ({
  code,
  altKey: false,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  ...modifiers,
});

describe("keyboard shortcuts leave screen-reader and browser keys alone", () => {
  it("answers Alt + Shift + a listed key", () => {
    expect(shortcutFor(press("KeyE", { altKey: true, shiftKey: true }))).toBe("toggleElder");
    expect(shortcutFor(press("Equal", { altKey: true, shiftKey: true }))).toBe("textLarger");
  });

  it("ignores the same key alone, with one modifier, with Ctrl or Meta, and held down", () => {
    expect(shortcutFor(press("KeyE"))).toBeUndefined();
    expect(shortcutFor(press("KeyE", { altKey: true }))).toBeUndefined();
    expect(shortcutFor(press("KeyE", { shiftKey: true }))).toBeUndefined();
    expect(shortcutFor(press("KeyE", { altKey: true, shiftKey: true, ctrlKey: true }))).toBeUndefined();
    expect(shortcutFor(press("KeyE", { altKey: true, shiftKey: true, metaKey: true }))).toBeUndefined();
    expect(shortcutFor({ ...press("KeyE", { altKey: true, shiftKey: true }), repeat: true })).toBeUndefined();
  });

  it("never takes Tab, Alt + digit, arrows, function keys, Escape, Enter or Space", () => {
    const reserved = /^(Tab|Digit\d|Numpad\d|Arrow|F\d+$|Escape|Enter|Space|Home|End|Page)/;
    for (const shortcut of SHORTCUTS) expect(shortcut.code).not.toMatch(reserved);
    for (const code of ["Tab", "Digit1", "Digit9", "ArrowDown", "F6", "Escape", "Space"]) {
      expect(shortcutFor(press(code, { altKey: true, shiftKey: true }))).toBeUndefined();
      expect(shortcutFor(press(code, { altKey: true }))).toBeUndefined();
    }
  });

  it("does not use the Alt + Shift letters Chrome and ChromeOS keep for themselves", () => {
    const codes = SHORTCUTS.map((shortcut) => shortcut.code);
    for (const letter of "AILMNST") expect(codes).not.toContain(`Key${letter}`);
  });

  it("has one action per key", () => {
    expect(new Set(SHORTCUTS.map((shortcut) => shortcut.code)).size).toBe(SHORTCUTS.length);
  });

  it("is written on the help page as Alt + Shift + key", () => {
    expect(shortcutLabel("E")).toBe("Alt + Shift + E");
  });

  it("never fires while the resident types in a field", () => {
    document.body.innerHTML = `<input id="q"><div contenteditable="true"><span id="c">x</span></div><p id="p">text</p>`;
    expect(isTypingTarget(document.getElementById("q"))).toBe(true);
    expect(isTypingTarget(document.getElementById("c"))).toBe(true);
    expect(isTypingTarget(document.getElementById("p"))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
