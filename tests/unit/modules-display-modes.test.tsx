// @vitest-environment jsdom
import { screen, waitFor, within } from "@testing-library/dom";
import userEvent from "@testing-library/user-event";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SitePage } from "@/components/SitePage";
import { bootScriptSource } from "@/lib/display-modes/boot-script";
import { STORAGE_KEY, TOOLBAR_KEY, type StoredSettings } from "@/lib/display-modes/modes";
import type { Locale } from "@/lib/i18n/locales";
import { fakeSpeech, voice } from "./fake-speech";

const html = document.documentElement;

// What jsdom lacks and a browser has: CSS.escape (user-event's radio groups), layout (every range "in view").
globalThis.CSS ??= { escape: (value: string) => value.replace(/["\\]/g, "\\$&") } as unknown as typeof CSS;
Range.prototype.getBoundingClientRect ??= () => ({ top: 0, bottom: 10 }) as DOMRect;

/**
 * A page as a reader's browser gets it: the server's HTML, the boot script run in <head>,
 * then the site's modules started once the page has parsed. Each page starts afresh (the
 * display modes keep their state in a module).
 */
async function openPage({ settings, toolbarOpen, locale = "zh-CN" }: { settings?: StoredSettings; toolbarOpen?: boolean; locale?: Locale } = {}) {
  vi.resetModules();
  if (settings) localStorage.setItem(STORAGE_KEY, JSON.stringify(settings));
  if (toolbarOpen) sessionStorage.setItem(TOOLBAR_KEY, "open");
  html.lang = locale;
  document.body.innerHTML = renderToStaticMarkup(
    <SitePage locale={locale} path="/sections/biomedicine/">
      <h1>（一）实施重大产业平台“头号工程”。</h1>
      <p>抢抓“双区驱动”战略机遇。</p>
    </SitePage>,
  );
  new Function(bootScriptSource())();
  const { initAll } = await import("@/components/modules");
  initAll();
  return userEvent.setup();
}

const status = () => document.querySelector('[role="status"][data-modes-status]')!;
const toolbar = () => screen.getByRole("region", { name: "无障碍工具栏", hidden: true });

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  localStorage.clear();
  sessionStorage.clear();
  for (const name of html.getAttributeNames()) if (name !== "lang") html.removeAttribute(name);
  document.body.innerHTML = "";
});

describe("长者助手 and 无障碍 answer the first press", () => {
  it("长者助手 is a toggle: pressed, the page in elder mode, and that said in the live region", async () => {
    const user = await openPage();
    const elder = screen.getByRole("button", { name: "长者助手" });
    expect(elder.getAttribute("aria-pressed")).toBe("false");
    await user.click(elder);
    expect(elder.getAttribute("aria-pressed")).toBe("true");
    expect(html.getAttribute("data-elder")).toBe("on");
    expect(status().textContent?.trim()).toBe("长者助手：已开启");
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!)).toEqual({ elder: "on" });
    await user.click(elder);
    expect(elder.getAttribute("aria-pressed")).toBe("false");
    expect(html.hasAttribute("data-elder")).toBe(false);
    expect(status().textContent?.trim()).toBe("长者助手：已关闭");
  });

  it("无障碍 opens the toolbar it controls; Escape closes it and gives focus back to 无障碍", async () => {
    const user = await openPage();
    const opener = screen.getByRole("button", { name: "无障碍" });
    expect(opener.getAttribute("aria-expanded")).toBe("false");
    expect(opener.getAttribute("aria-controls")).toBe(toolbar().id);
    await user.click(opener);
    expect(opener.getAttribute("aria-expanded")).toBe("true");
    expect(html.hasAttribute("data-toolbar-open")).toBe(true);
    expect(sessionStorage.getItem(TOOLBAR_KEY)).toBe("open");
    await user.click(within(toolbar()).getByRole("radio", { name: "白底黑字" }));
    await user.keyboard("{Escape}");
    expect(opener.getAttribute("aria-expanded")).toBe("false");
    expect(html.hasAttribute("data-toolbar-open")).toBe(false);
    expect(document.activeElement).toBe(opener);
  });

  it("a returning reader finds every control in the state the page is in", async () => {
    await openPage({ settings: { elder: "on", scheme: "yellow-on-black", "text-scale": "150", cursor: "large", "speech-rate": "slow" }, toolbarOpen: true });
    expect(screen.getByRole("button", { name: "长者助手" }).getAttribute("aria-pressed")).toBe("true");
    expect(screen.getByRole("button", { name: "无障碍" }).getAttribute("aria-expanded")).toBe("true");
    const region = within(toolbar());
    expect((region.getByRole("radio", { name: "黑底黄字" }) as HTMLInputElement).checked).toBe(true);
    expect((region.getByRole("radio", { name: "默认配色" }) as HTMLInputElement).checked).toBe(false);
    expect(region.getByRole("group", { name: "文字大小 150%" })).toBeTruthy();
    expect(region.getByRole("button", { name: "大鼠标" }).getAttribute("aria-pressed")).toBe("true");
    expect(region.getByRole("button", { name: "加大行距" }).getAttribute("aria-pressed")).toBe("false");
    expect((region.getByRole("radio", { name: "慢速" }) as HTMLInputElement).checked).toBe(true);
  });
});

describe("the toolbar's controls", () => {
  it("配色 is one choice among four radios: arrow keys move it, and the scheme chosen is said", async () => {
    const user = await openPage({ toolbarOpen: true });
    const region = within(toolbar());
    const schemes = region.getByRole("group", { name: "配色" });
    expect(within(schemes).getAllByRole("radio").map((radio) => radio.getAttribute("value"))).toEqual(["default", "black-on-white", "white-on-black", "yellow-on-black"]);
    await user.click(region.getByRole("radio", { name: "黑底白字" }));
    expect(html.getAttribute("data-scheme")).toBe("white-on-black");
    expect(status().textContent?.trim()).toBe("配色：黑底白字");
    await user.keyboard("{ArrowRight}");
    expect(html.getAttribute("data-scheme")).toBe("yellow-on-black");
    expect((region.getByRole("radio", { name: "黑底黄字" }) as HTMLInputElement).checked).toBe(true);
    expect(status().textContent?.trim()).toBe("配色：黑底黄字");
  });

  it("文字放大 steps by 25% up to 200%, shows the size, and says when it can go no further", async () => {
    const user = await openPage({ toolbarOpen: true });
    const region = within(toolbar());
    const smaller = region.getByRole("button", { name: "文字缩小" });
    const larger = region.getByRole("button", { name: "文字放大" });
    expect(smaller.getAttribute("aria-disabled")).toBe("true");
    await user.click(larger);
    expect(html.getAttribute("data-text-scale")).toBe("125");
    expect(region.getByRole("group", { name: "文字大小 125%" })).toBeTruthy();
    expect(status().textContent?.trim()).toBe("文字大小：125%");
    expect(smaller.hasAttribute("aria-disabled")).toBe(false);
    for (let i = 0; i < 3; i++) await user.click(larger);
    expect(html.getAttribute("data-text-scale")).toBe("200");
    expect(larger.getAttribute("aria-disabled")).toBe("true");
    await user.click(larger);
    expect(status().textContent?.trim()).toBe("文字已经最大：200%");
  });

  it("each reading aid is a toggle that says its new state", async () => {
    const user = await openPage({ toolbarOpen: true });
    const textOnly = within(toolbar()).getByRole("button", { name: "纯文本" });
    await user.click(textOnly);
    expect(textOnly.getAttribute("aria-pressed")).toBe("true");
    expect(html.getAttribute("data-text-only")).toBe("on");
    expect(status().textContent?.trim()).toBe("纯文本：已开启");
  });

  it("重置 turns every mode off and says so", async () => {
    const user = await openPage({ settings: { elder: "on", scheme: "white-on-black", "line-spacing": "wide" }, toolbarOpen: true });
    await user.click(within(toolbar()).getByRole("button", { name: "重置" }));
    expect(["data-elder", "data-scheme", "data-line-spacing"].filter((name) => html.hasAttribute(name))).toEqual([]);
    expect(screen.getByRole("button", { name: "长者助手" }).getAttribute("aria-pressed")).toBe("false");
    expect(status().textContent?.trim()).toBe("已恢复默认设置");
  });

  it("the same message said twice is heard twice (the live region's text changes)", async () => {
    const user = await openPage({ settings: { "text-scale": "200" }, toolbarOpen: true });
    const larger = within(toolbar()).getByRole("button", { name: "文字放大" });
    await user.click(larger);
    const first = status().textContent;
    await user.click(larger);
    expect(status().textContent?.trim()).toBe(first?.trim());
    expect(status().textContent).not.toBe(first);
  });

  it("keyboard shortcuts stay off until the reader turns them on", async () => {
    const user = await openPage({ toolbarOpen: true });
    await user.keyboard("{Alt>}{Shift>}E{/Shift}{/Alt}");
    expect(html.hasAttribute("data-elder")).toBe(false);
    await user.click(within(toolbar()).getByRole("button", { name: "快捷键" }));
    // The shortcuts' module loads on demand.
    await waitFor(async () => {
      await user.keyboard("{Alt>}{Shift>}E{/Shift}{/Alt}");
      expect(html.getAttribute("data-elder")).toBe("on");
    });
    expect(status().textContent?.trim()).toBe("长者助手：已开启");
  });
});

describe("read-aloud", () => {
  it("with no voice for the page's language says so plainly, how to get one, and reads nothing", async () => {
    const engine = fakeSpeech([voice("en-US", "English")]);
    const user = await openPage({ toolbarOpen: true });
    expect(html.hasAttribute("data-speech")).toBe(true);
    await user.click(within(toolbar()).getByRole("button", { name: "连读" }));
    // The device's voice list may arrive late: the module waits for it a moment before it answers.
    await waitFor(() => expect(status().textContent).toMatch(/^此设备没有中文语音/), { timeout: 3000 });
    expect(within(toolbar()).getByText(/^此设备没有中文语音.*系统设置/)).toBeTruthy();
    expect(within(toolbar()).getByRole("button", { name: "连读" }).getAttribute("aria-pressed")).toBe("false");
    expect(engine.spoken).toEqual([]);
  });

  it("with a Chinese voice reads the page from its heading and shows that it is reading", async () => {
    const engine = fakeSpeech();
    const user = await openPage({ toolbarOpen: true });
    const read = within(toolbar()).getByRole("button", { name: "连读" });
    await user.click(read);
    await waitFor(() => expect(read.getAttribute("aria-pressed")).toBe("true"));
    expect(engine.spoken.map((s) => s.text)).toEqual(["（一）实施重大产业平台“头号工程”。"]);
    expect(within(toolbar()).getByRole("button", { name: "停止朗读" }).hasAttribute("aria-disabled")).toBe(false);
  });

  it("where the browser cannot speak, the buttons are not offered: a note says so instead", async () => {
    await openPage({ toolbarOpen: true });
    expect(html.hasAttribute("data-speech")).toBe(false);
    const note = within(toolbar()).getByText(/^您的浏览器不支持语音朗读/);
    expect(note.hasAttribute("data-no-speech-note")).toBe(true);
  });
});

describe("starting the modules", () => {
  it("marks them ready, and a module that cannot start as failed, while the others start", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    vi.resetModules();
    document.body.innerHTML = renderToStaticMarkup(<SitePage locale="zh-CN" path="/">{null}</SitePage>);
    // The header's strings are missing: the display modes must not start half-way.
    document.querySelector("header > script[data-module-strings]")!.remove();
    const { initAll } = await import("@/components/modules");
    initAll();
    expect(html.hasAttribute("data-modules-ready")).toBe(true);
    expect(document.querySelector("header")!.hasAttribute("data-module-failed")).toBe(true);
    expect(document.querySelector('nav[data-module="language-links"]')!.hasAttribute("data-module-started")).toBe(true);
  });

  it("never starts an element of the page's content as a module", async () => {
    vi.resetModules();
    document.body.innerHTML = `<main><div data-module="no-such-module"></div></main>`;
    const { initAll } = await import("@/components/modules");
    expect(() => initAll()).not.toThrow();
    expect(document.querySelector("[data-module]")!.getAttributeNames()).toEqual(["data-module"]);
  });
});
