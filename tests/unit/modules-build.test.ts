import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { STORAGE_KEY } from "@/lib/display-modes/modes";
import { bootScript } from "@/scripts/lib/modules-build";

describe("the boot script as the module build ships it (minified)", () => {
  const script = bootScript();

  it("is one short line that runs in a browser window and applies the stored modes", () => {
    expect(script).not.toContain("\n");
    expect(script.length).toBeLessThan(1500);
    const dom = new JSDOM("<!doctype html><html><head></head><body></body></html>", { runScripts: "outside-only", url: "https://example.test/" });
    dom.window.localStorage.setItem(STORAGE_KEY, JSON.stringify({ elder: "on", scheme: "white-on-black" }));
    dom.window.eval(script);
    const html = dom.window.document.documentElement;
    expect(html.getAttribute("data-js")).toBe("");
    expect(html.getAttribute("data-elder")).toBe("on");
    expect(html.getAttribute("data-scheme")).toBe("white-on-black");
  });
});
