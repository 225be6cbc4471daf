// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";

/** A fresh store module per test: its state lives in the module. */
async function freshStore() {
  vi.resetModules();
  return import("@/lib/display-modes/store");
}

describe("display-mode changes apply to <html> and are remembered", () => {
  afterEach(() => {
    vi.restoreAllMocks();
    localStorage.clear();
    for (const name of document.documentElement.getAttributeNames()) document.documentElement.removeAttribute(name);
  });

  it("starts from what the boot script put on <html>", async () => {
    document.documentElement.setAttribute("data-elder", "on");
    document.documentElement.setAttribute("data-scheme", "bogus");
    const store = await freshStore();
    expect(store.getDisplayModes().settings).toEqual({ elder: "on" });
  });

  it("sets the attribute and stores the choice", async () => {
    const store = await freshStore();
    store.setMode("scheme", "white-on-black");
    store.setMode("elder", "on");
    expect(document.documentElement.getAttribute("data-scheme")).toBe("white-on-black");
    expect(JSON.parse(localStorage.getItem("nanlang.display-modes.v1")!)).toEqual({ scheme: "white-on-black", elder: "on" });
    store.setMode("elder", undefined);
    expect(document.documentElement.hasAttribute("data-elder")).toBe(false);
  });

  it("still applies the mode for this visit when storage is blocked", async () => {
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("blocked", "SecurityError");
    });
    vi.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
      throw new DOMException("blocked", "SecurityError");
    });
    const store = await freshStore();
    expect(() => store.setMode("text-scale", "150")).not.toThrow();
    expect(document.documentElement.getAttribute("data-text-scale")).toBe("150");
    expect(store.getDisplayModes().settings["text-scale"]).toBe("150");
  });

  it("reset removes every mode", async () => {
    const store = await freshStore();
    store.setMode("elder", "on");
    store.setMode("cursor", "large");
    store.setSettings({});
    expect(document.documentElement.getAttributeNames().filter((name) => name.startsWith("data-"))).toEqual([]);
  });

  it("the scheme in effect follows prefers-contrast until one is chosen", async () => {
    const store = await freshStore();
    const state = { settings: {}, toolbarOpen: false, osPrefersContrast: true };
    expect(store.effectiveScheme(state)).toBe("black-on-white");
    expect(store.effectiveScheme({ ...state, settings: { scheme: "default" } })).toBe("default");
    expect(store.effectiveScheme({ ...state, osPrefersContrast: false })).toBe("default");
  });
});
