import fs from "node:fs";
import path from "node:path";
import { JSDOM, type DOMWindow } from "jsdom";
import { describe, expect, it, vi } from "vitest";
import { TOOLBAR_KEY } from "@/lib/display-modes/modes";
import { HYDRATED_EVENT, HYDRATION_CONFIG_ID, HYDRATION_LOADER_SCRIPT, hydrationMarkup } from "@/lib/hydration";
import { deferHydration, deferHydrationInExport, FLIGHT_DIR } from "@/scripts/lib/defer-hydration";
import { inlineScripts, parseHtml } from "@/scripts/lib/export-files";
import { tempFiles } from "./temp-dir";

/** A page as `next build` exports it: script tags, a preload hint, the payload in pushes. */
const EXPORTED =
  '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-1.js"/>' +
  '<script src="/_next/static/chunks/main-app-2.js" async=""></script>' +
  '<script>(function(){document.documentElement.setAttribute("data-js","")})()</script>' +
  '<script src="/_next/static/chunks/polyfills-3.js" noModule=""></script></head>' +
  "<body><main><h1>南朗镇</h1></main>" +
  '<script src="/_next/static/chunks/webpack-1.js" id="_R_" async=""></script>' +
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>" +
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>' +
  '<script>self.__next_f.push([1,"0:{\\"b\\":\\"南朗\\u003c/script\\u003e\\"}\\n"])</script>' +
  "</body></html>";

describe("the build takes Next's scripts and payload out of each page", () => {
  it("lists the scripts in the page's note, keeps the payload byte for byte, and leaves the rest of the page alone", () => {
    let flight = "";
    const page = deferHydration(EXPORTED, (payload) => {
      flight = payload;
      return "/_next/static/flight/abc.txt";
    });
    expect(flight).toBe('1:"$Sreact.fragment"\n0:{"b":"南朗</script>"}\n');
    expect(page.scripts).toEqual([{ src: "/_next/static/chunks/main-app-2.js" }, { src: "/_next/static/chunks/webpack-1.js", id: "_R_" }]);
    expect(page.html.replace(HYDRATION_LOADER_SCRIPT, "")).not.toMatch(/__next_f|rel="preload"|<script src="[^"]*" async/);
    // What a browser that runs modules never fetches, and the page's own inline script, stay.
    expect(page.html).toContain('<script src="/_next/static/chunks/polyfills-3.js" noModule=""></script>');
    expect(page.html).toContain('setAttribute("data-js","")');
    expect(page.html).toContain("<body><main><h1>南朗镇</h1></main>");
    // The note and the loader close the body.
    expect(page.html).toContain(`${hydrationMarkup({ flight: "/_next/static/flight/abc.txt", scripts: page.scripts })}</body>`);
    const config = parseHtml(page.html);
    expect(inlineScripts(config)).toContain(HYDRATION_LOADER_SCRIPT);
  });

  it("escapes the note so that no text in it can close its <script>", () => {
    const markup = hydrationMarkup({ flight: "/a</script><script>alert(1)</script>.txt", scripts: [] });
    expect(markup.match(/<\/script>/g)).toHaveLength(2);
    const json = /<script type="application\/json"[^>]*>(.*?)<\/script>/.exec(markup)?.[1] ?? "";
    expect(JSON.parse(json)).toEqual({ flight: "/a</script><script>alert(1)</script>.txt", scripts: [] });
  });

  it("fails, naming the page, when the page is not in the form it knows", () => {
    expect(() => deferHydration("<html><body><p>no scripts</p></body></html>", () => "", "sections/x/index.html")).toThrow(
      /^sections\/x\/index\.html: Next's scripts or server-components payload were not found/,
    );
    const unknownKind = EXPORTED.replace("push([1,", "push([3,");
    expect(() => deferHydration(unknownKind, () => "", "index.html")).toThrow(/index\.html: a server-components segment of an unknown kind \(3\)/);
  });

  it("writes each payload once under a content-hashed name, and every page names its own", () => {
    const dir = tempFiles("defer", {
      "index.html": EXPORTED,
      "404.html": EXPORTED,
      "en/index.html": EXPORTED.replace("南朗镇</h1>", "Nanlang</h1>").replace("南朗\\u003c", "Nanlang\\u003c"),
    });
    expect(deferHydrationInExport(dir)).toEqual({ pages: 3, payloads: 2 });
    const noteOf = (file: string) => JSON.parse(new RegExp(`id="${HYDRATION_CONFIG_ID}">(.*?)</script>`).exec(fs.readFileSync(path.join(dir, file), "utf8"))?.[1] ?? "");
    const zh = noteOf("index.html");
    expect(noteOf("404.html")).toEqual(zh);
    expect(noteOf("en/index.html").flight).not.toBe(zh.flight);
    expect(zh.flight).toMatch(new RegExp(`^/${FLIGHT_DIR}/[0-9a-f]{20}\\.txt$`));
    expect(fs.readFileSync(path.join(dir, zh.flight), "utf8")).toBe('1:"$Sreact.fragment"\n0:{"b":"南朗</script>"}\n');
  });
});

describe("the loader in the page", () => {
  const NOTE = { flight: "/_next/static/flight/f.txt", scripts: [{ src: "/_next/static/chunks/a.js" }, { src: "/_next/static/chunks/b.js", id: "_R_" }] };

  /** A page with the note and the loader, in a fresh window whose fetch is recorded (and may fail). */
  function open(body: string, options: { html?: string; url?: string; setup?: (window: DOMWindow) => void; failFirst?: boolean } = {}) {
    const fetched: string[] = [];
    const dom = new JSDOM(`<!DOCTYPE html><html ${options.html ?? ""}><head></head><body>${body}${hydrationMarkup(NOTE)}</body></html>`, {
      url: options.url ?? "https://site.test/sections/x/",
      runScripts: "dangerously",
      beforeParse(window) {
        Object.assign(window, {
          fetch: async (url: string) => {
            fetched.push(url);
            return { ok: !(options.failFirst && fetched.length === 1), text: async () => "0:payload\n" };
          },
        });
        options.setup?.(window);
      },
    });
    const window = dom.window;
    const injected = () => [...window.document.querySelectorAll("script[src]")].map((script) => script.getAttribute("src"));
    return { window, document: window.document, fetched, injected };
  }

  it("loads nothing until the reader shows intent, then the payload and the scripts, once", async () => {
    const page = open("<main><p>正文</p></main>");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(page.fetched).toEqual([]);
    page.window.dispatchEvent(new page.window.Event("pointermove"));
    page.window.dispatchEvent(new page.window.Event("scroll"));
    await vi.waitFor(() => expect(page.injected()).toEqual(["/_next/static/chunks/a.js", "/_next/static/chunks/b.js"]));
    expect(page.fetched).toEqual(["/_next/static/flight/f.txt"]);
    expect(page.document.querySelector("script#_R_")).not.toBeNull();
    expect((page.window as unknown as { __next_f: unknown[] }).__next_f).toEqual([[0], [1, "0:payload\n"]]);
  });

  it("does not react to keys", async () => {
    const page = open("<main><p>正文</p></main>");
    page.document.dispatchEvent(new page.window.KeyboardEvent("keydown", { key: "a", bubbles: true }));
    page.document.dispatchEvent(new page.window.KeyboardEvent("keyup", { key: "Tab", bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(page.fetched).toEqual([]);
  });

  it("holds a press on a button that needs the script, and presses it again once the page is hydrated", async () => {
    const page = open('<div data-requires-js=""><button type="button" id="elder">长者助手</button></div><button type="button" id="plain">其他</button>');
    const presses: string[] = [];
    const button = (id: string) => page.document.getElementById(id)!;
    button("elder").addEventListener("click", () => presses.push("elder"));
    button("plain").addEventListener("click", () => presses.push("plain"));
    button("elder").click();
    button("plain").click();
    // The page's own handlers do not see the held press yet; a button outside the islands is left alone.
    expect(presses).toEqual(["plain"]);
    await vi.waitFor(() => expect(page.fetched).toHaveLength(1));
    page.window.dispatchEvent(new page.window.Event(HYDRATED_EVENT));
    expect(presses).toEqual(["plain", "elder"]);
    // After hydration, presses go straight through.
    button("elder").click();
    expect(presses).toEqual(["plain", "elder", "elder"]);
  });

  it("says a stored 长者助手 is pressed before hydration", () => {
    const page = open('<div data-requires-js=""><button type="button" aria-pressed="false" data-pressed-when="data-elder">长者助手</button></div>', {
      html: 'data-elder="on"',
    });
    expect(page.document.querySelector("button")!.getAttribute("aria-pressed")).toBe("true");
    const plain = open('<div data-requires-js=""><button type="button" aria-pressed="false" data-pressed-when="data-elder">长者助手</button></div>');
    expect(plain.document.querySelector("button")!.getAttribute("aria-pressed")).toBe("false");
  });

  it("hydrates at once when the toolbar was left open, a mode that is script is on, or the address asks", async () => {
    const toolbarOpen = open("<main></main>", { setup: (window) => window.sessionStorage.setItem(TOOLBAR_KEY, "open") });
    const guides = open("<main></main>", { html: 'data-guides="on"' });
    const emptySearch = open('<div data-hydrate-with-param="q"></div>', { url: "https://site.test/search/?q=" });
    const plainSearch = open('<div data-hydrate-with-param="q"></div>', { url: "https://site.test/search/" });
    for (const page of [toolbarOpen, guides, emptySearch]) await vi.waitFor(() => expect(page.fetched).toHaveLength(1));
    expect(plainSearch.fetched).toEqual([]);
  });

  it("tries again on the next sign of intent when the payload could not be fetched", async () => {
    const page = open("<main></main>", { failFirst: true });
    page.window.dispatchEvent(new page.window.Event("pointerdown"));
    await vi.waitFor(() => expect(page.fetched).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(page.injected()).toEqual([]);
    page.window.dispatchEvent(new page.window.Event("touchstart"));
    await vi.waitFor(() => expect(page.injected()).toHaveLength(2));
  });
});
