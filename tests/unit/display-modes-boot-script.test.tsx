// @vitest-environment jsdom
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SiteLayout } from "@/components/SiteLayout";
import { bootScriptSource } from "@/lib/display-modes/boot-script";
import { STORAGE_KEY, TOOLBAR_KEY, VISIT_MEMORY_PREFIX } from "@/lib/display-modes/modes";

// The script serialised from its function, as the module build takes it before minifying it
// (tests/unit/modules-build.test.ts runs the minified one).
const BOOT_SCRIPT = bootScriptSource();
const runBootScript = () => new Function(BOOT_SCRIPT)();

vi.mock("@/lib/modules/bundle", () => ({
  modulesManifest: () => ({ entry: "/assets/js/site-TEST.js", preload: ["/assets/js/chunk-TEST.js"], bootScript: BOOT_SCRIPT, files: [] }),
}));
const htmlAttributes = () => Object.fromEntries([...document.documentElement.attributes].map((attribute) => [attribute.name, attribute.value]));

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
    localStorage.setItem(STORAGE_KEY, '{"elder":"yes","scheme":"red","text-scale":"900","onclick":"alert(1)","__proto__":{"elder":"on"}}');
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

  it("paints the toolbar open when the reader left it open in this tab", () => {
    sessionStorage.setItem(TOOLBAR_KEY, "open");
    runBootScript();
    expect(htmlAttributes()).toEqual({ "data-js": "", "data-toolbar-open": "" });
    sessionStorage.clear();
  });

  it("says the browser can speak only where it can", () => {
    const speech = { speak: () => {} };
    vi.stubGlobal("speechSynthesis", speech);
    vi.stubGlobal("SpeechSynthesisUtterance", function SpeechSynthesisUtterance() {});
    runBootScript();
    expect(htmlAttributes()).toEqual({ "data-js": "", "data-speech": "" });
    vi.unstubAllGlobals();
  });

  it("marks the page when one of the site's module scripts fails to load, and not for other errors", () => {
    runBootScript();
    const image = document.createElement("img");
    document.body.append(image);
    image.dispatchEvent(new Event("error"));
    expect(htmlAttributes()).toEqual({ "data-js": "" });
    const script = document.createElement("script");
    script.type = "module";
    document.body.append(script);
    script.dispatchEvent(new Event("error"));
    expect(htmlAttributes()).toEqual({ "data-js": "", "data-modules-failed": "" });
  });

  it("takes the visit's settings from window.name when storage is blocked", () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ elder: "on" }));
    vi.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
      throw new DOMException("blocked", "SecurityError");
    });
    window.name = VISIT_MEMORY_PREFIX + JSON.stringify({ settings: { scheme: "yellow-on-black", "text-scale": "900" }, toolbarOpen: true });
    runBootScript();
    expect(htmlAttributes()).toEqual({ "data-js": "", "data-scheme": "yellow-on-black", "data-toolbar-open": "" });
  });
});

describe("the boot script can be allowed by a Content-Security-Policy hash", () => {
  it("is rendered verbatim in <head>, before <body>", () => {
    const html = renderToStaticMarkup(
      <SiteLayout locale="zh-CN">
        <p>正文</p>
      </SiteLayout>,
    );
    const script = `<script>${BOOT_SCRIPT}</script>`;
    // The first script of the document, in <head> (only preload hints may come before it).
    expect(html.indexOf(script)).toBe(html.indexOf("<script"));
    expect(html.indexOf(script)).toBeLessThan(html.indexOf("</head>"));
    // The site's entry module follows it: deferred, it starts the controls once the page has parsed.
    expect(html).toMatch(/<script type="module" src="\/assets\/js\/site-TEST\.js"><\/script>/);
  });

  it("contains nothing that depends on the page or the language", () => {
    expect(BOOT_SCRIPT).not.toMatch(/zh-CN|\ben\b|sections|<\/script/i);
  });
});
