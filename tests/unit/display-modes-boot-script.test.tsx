// @vitest-environment jsdom
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SiteLayout } from "@/components/SiteLayout";
import { DISPLAY_MODES_BOOT_SCRIPT } from "@/lib/display-modes/boot-script";
import { STORAGE_KEY, VISIT_MEMORY_PREFIX } from "@/lib/display-modes/modes";

const runBootScript = () => new Function(DISPLAY_MODES_BOOT_SCRIPT)();
const htmlAttributes = () =>
  Object.fromEntries([...document.documentElement.attributes].map((attribute) => [attribute.name, attribute.value]));

describe("the boot script applies stored display modes before first paint", () => {
  beforeEach(() => {
    for (const name of document.documentElement.getAttributeNames()) document.documentElement.removeAttribute(name);
    localStorage.clear();
    window.name = "";
  });
  afterEach(() => {
    vi.restoreAllMocks();
    window.name = "";
  });

  it("marks the page as scripted even when nothing is stored", () => {
    runBootScript();
    expect(htmlAttributes()).toEqual({ "data-js": "" });
  });

  it("puts every stored mode on <html> as a data attribute", () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ elder: "on", scheme: "yellow-on-black", "text-scale": "175", "caption-bar": "on", "speech-rate": "slow" }),
    );
    runBootScript();
    expect(htmlAttributes()).toEqual({
      "data-js": "",
      "data-elder": "on",
      "data-scheme": "yellow-on-black",
      "data-text-scale": "175",
      "data-caption-bar": "on",
    });
  });

  it("ignores unknown modes and values that are not allowed", () => {
    localStorage.setItem(
      STORAGE_KEY,
      '{"elder":"yes","scheme":"red","text-scale":"900","onclick":"alert(1)","__proto__":{"elder":"on"}}',
    );
    runBootScript();
    expect(htmlAttributes()).toEqual({ "data-js": "" });
  });

  it("still marks the page as scripted when storage holds garbage", () => {
    localStorage.setItem(STORAGE_KEY, "{not json");
    expect(runBootScript).not.toThrow();
    expect(htmlAttributes()).toEqual({ "data-js": "" });
  });

  it("still marks the page as scripted when storage is blocked", () => {
    vi.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
      throw new DOMException("blocked", "SecurityError");
    });
    expect(runBootScript).not.toThrow();
    expect(htmlAttributes()).toEqual({ "data-js": "" });
  });

  it("takes the visit's settings from window.name when storage is blocked", () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ elder: "on" }));
    vi.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
      throw new DOMException("blocked", "SecurityError");
    });
    window.name = VISIT_MEMORY_PREFIX + JSON.stringify({ settings: { scheme: "yellow-on-black", "text-scale": "900" }, toolbarOpen: true });
    runBootScript();
    expect(htmlAttributes()).toEqual({ "data-js": "", "data-scheme": "yellow-on-black" });
  });
});

describe("the boot script can be allowed by a Content-Security-Policy hash", () => {
  it("is rendered verbatim in <head>, before <body>", () => {
    const html = renderToStaticMarkup(
      <SiteLayout locale="zh-CN">
        <p>正文</p>
      </SiteLayout>,
    );
    const script = `<script>${DISPLAY_MODES_BOOT_SCRIPT}</script>`;
    expect(html).toContain(`<head>${script}`);
    expect(html.indexOf(script)).toBeLessThan(html.indexOf("<body"));
  });

  it("contains nothing that depends on the page or the language", () => {
    expect(DISPLAY_MODES_BOOT_SCRIPT).not.toMatch(/zh-CN|\ben\b|sections|<\/script/i);
  });
});
