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
    expect(
      within(schemes)
        .getAllByRole("radio")
        .map((radio) => radio.getAttribute("value")),
    ).toEqual(["default", "black-on-white", "white-on-black", "yellow-on-black"]);
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

describe("朗读语言: 普通话 or 粤语, as the device's voices allow", () => {
  const mandarin = voice("zh-CN", "普通话");
  const cantonese = voice("yue-HK", "粤语");
  const english = voice("en-US", "English");
  const languageGroup = (name = "朗读语言", region = toolbar()) => within(region).getByRole("group", { name });
  const radio = (name: string, group = languageGroup()) => within(group).getByRole("radio", { name }) as HTMLInputElement;
  const description = (element: Element) => document.getElementById(element.getAttribute("aria-describedby") ?? "")?.textContent ?? "";

  it("with Mandarin only: 普通话 is chosen, 粤语 is not offered as working and says why", async () => {
    const engine = fakeSpeech([english, mandarin]);
    const user = await openPage({ toolbarOpen: true });
    expect(radio("普通话").checked).toBe(true);
    const yue = radio("粤语");
    expect(yue.getAttribute("aria-disabled")).toBe("true");
    expect(description(yue)).toMatch(/^此设备没有粤语语音，现在用普通话朗读。/);
    // The toolbar was left open on an earlier page: a voice list arriving late moves nothing
    // until the reader comes to the choice; then the reason is shown beside it.
    const note = within(languageGroup()).getByText(/^此设备没有粤语语音/);
    expect(note.hidden).toBe(true);
    radio("普通话").focus();
    expect(note.hidden).toBe(false);

    await user.click(yue);
    expect(yue.checked).toBe(false);
    expect(radio("普通话").checked).toBe(true);
    expect(status().textContent).toMatch(/^此设备没有粤语语音/);
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(engine.synth.speak).not.toHaveBeenCalled();

    await user.click(within(toolbar()).getByRole("button", { name: "连读" }));
    await waitFor(() => expect(engine.spoken).toHaveLength(1));
    expect(engine.spoken[0]).toMatchObject({ lang: "zh-CN", voice: "普通话" });
  });

  it("opened by the reader: the reason a variety cannot be chosen is shown at once", async () => {
    fakeSpeech([mandarin]);
    const user = await openPage();
    await user.click(screen.getByRole("button", { name: "无障碍" }));
    expect(within(languageGroup()).getByText(/^此设备没有粤语语音/).hidden).toBe(false);
  });

  it("with no Chinese voice: neither is offered, and the speech group says so once", async () => {
    const engine = fakeSpeech([english]);
    await openPage({ toolbarOpen: true });
    for (const name of ["普通话", "粤语"]) {
      expect(radio(name).getAttribute("aria-disabled"), name).toBe("true");
      expect(description(radio(name)), name).toMatch(/^此设备没有中文语音/);
    }
    const [message, ...more] = within(toolbar()).getAllByText(/^此设备没有中文语音/);
    expect(more).toHaveLength(0);
    expect(message?.hidden).toBe(true);
    radio("普通话").focus();
    expect(message?.hidden).toBe(false);
    expect(engine.spoken).toEqual([]);
  });

  it("with a Cantonese voice on a Simplified page: 普通话 by default; 粤语 once chosen, read with the Cantonese voice and kept", async () => {
    const engine = fakeSpeech([english, mandarin, cantonese]);
    const user = await openPage({ toolbarOpen: true });
    expect(radio("普通话").checked).toBe(true);
    expect(radio("粤语").hasAttribute("aria-disabled")).toBe(false);
    expect(within(languageGroup()).queryByText(/此设备没有/)).toBeNull();

    await user.click(radio("粤语"));
    expect(radio("粤语").checked).toBe(true);
    expect(status().textContent?.trim()).toBe("朗读语言：粤语");
    // Choosing is silent: nothing is read until the reader starts read-aloud.
    expect(engine.synth.speak).not.toHaveBeenCalled();
    expect(engine.spoken).toEqual([]);
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!)).toEqual({ "speech-language": "cantonese" });
    await user.click(within(toolbar()).getByRole("button", { name: "连读" }));
    await waitFor(() => expect(engine.spoken).toHaveLength(1));
    expect(engine.spoken[0]).toMatchObject({ lang: "zh-HK", voice: "粤语" });

    // The next page remembers it.
    await openPage({ toolbarOpen: true });
    expect(radio("粤语").checked).toBe(true);
  });

  it("on a Traditional page: 粵語 by default where there is a Cantonese voice, and 普通話 when the reader chooses it", async () => {
    const engine = fakeSpeech([mandarin, voice("zh-HK", "廣東話")]);
    const user = await openPage({ toolbarOpen: true, locale: "zh-HK" });
    const region = screen.getByRole("region", { name: "無障礙工具欄", hidden: true });
    const group = languageGroup("朗讀語言", region);
    expect(radio("粵語", group).checked).toBe(true);
    await user.click(within(region).getByRole("button", { name: "連讀" }));
    await waitFor(() => expect(engine.spoken).toHaveLength(1));
    expect(engine.spoken[0]).toMatchObject({ lang: "zh-HK", voice: "廣東話" });

    await user.click(radio("普通話", group));
    engine.finish();
    expect(engine.spoken[1]).toMatchObject({ lang: "zh-CN", voice: "普通话" });
  });

  it("on a Traditional page without a Cantonese voice: 普通話, and the reason 粵語 cannot be chosen", async () => {
    fakeSpeech([mandarin]);
    await openPage({ toolbarOpen: true, locale: "zh-HK" });
    const group = languageGroup("朗讀語言", screen.getByRole("region", { name: "無障礙工具欄", hidden: true }));
    expect(radio("普通話", group).checked).toBe(true);
    expect(radio("粵語", group).getAttribute("aria-disabled")).toBe("true");
    expect(description(radio("粵語", group))).toMatch(/^此設備沒有粵語語音/);
  });

  it("is not offered on English pages, which are read with an English voice", async () => {
    const engine = fakeSpeech([voice("en-GB", "English"), mandarin, cantonese]);
    const user = await openPage({ toolbarOpen: true, locale: "en" });
    const region = screen.getByRole("region", { name: "Accessibility toolbar", hidden: true });
    expect(within(region).queryByRole("group", { name: "Reading language" })).toBeNull();
    await user.click(within(region).getByRole("button", { name: "Read the page" }));
    await waitFor(() => expect(engine.spoken).toHaveLength(1));
    expect(engine.spoken[0]).toMatchObject({ voice: "English" });
  });
});

describe("字幕文字: the caption bar in 简体, 繁体 or with 拼音", () => {
  /** The caption text the build writes beside the page (scripts/lib/caption-text.ts). */
  const CAPTION_TEXT = {
    texts: ["（一）实施重大产业平台“头号工程”。"],
    converted: ["（一）實施重大產業平台「頭號工程」。"],
    pinyin: ["yī shí shī zhòng dà chǎn yè píng tái tóu hào gōng chéng"],
  };
  const bar = () => document.querySelector(".modes-caption-bar")!;
  const captionGroup = () => within(toolbar()).getByRole("group", { name: "字幕文字" });
  /** The heading receives focus (as a link would): the bar shows its text. */
  const focusHeading = () => document.querySelector("h1")!.dispatchEvent(new FocusEvent("focusin", { bubbles: true }));

  // jsdom has no layout: nothing lies under the pointer (the bar then keeps what it shows).
  document.elementFromPoint ??= () => null;

  function stubFetch(answer: () => Promise<Response>) {
    const fetch = vi.fn(answer);
    vi.stubGlobal("fetch", fetch);
    return fetch;
  }

  it("offers 简体, 繁体 and 拼音 with the page's own script chosen, and fetches nothing until another is chosen", async () => {
    const fetch = stubFetch(async () => Response.json(CAPTION_TEXT));
    const user = await openPage({ settings: { "caption-bar": "on" }, toolbarOpen: true });
    const group = captionGroup();
    expect(
      within(group)
        .getAllByRole("radio")
        .map((radio) => [radio.getAttribute("value"), (radio as HTMLInputElement).checked]),
    ).toEqual([
      ["simplified", true],
      ["traditional", false],
      ["pinyin", false],
    ]);
    expect(group.getAttribute("data-caption-text")).toBe("/sections/biomedicine/caption-text.json");
    await waitFor(() => expect(bar()).toBeTruthy());
    focusHeading();
    expect(bar().textContent).toBe("（一）实施重大产业平台“头号工程”。");
    expect(fetch).not.toHaveBeenCalled();

    await user.click(within(group).getByRole("radio", { name: "拼音" }));
    expect(status().textContent?.trim()).toBe("字幕文字：拼音");
    expect(fetch).toHaveBeenCalledWith("/sections/biomedicine/caption-text.json");
    // Focus went to the radio: back to the heading.
    focusHeading();
    await waitFor(() => expect(bar().querySelectorAll("ruby")).toHaveLength(13));
    const rubies = [...bar().querySelectorAll("ruby")].map((ruby) => [ruby.firstChild?.textContent, ruby.querySelector("rt")?.textContent]);
    expect(rubies.slice(3, 5)).toEqual([
      ["重", "zhòng"],
      ["大", "dà"],
    ]);
    // The marks and brackets stay as they are, between the characters.
    expect(bar().textContent).toBe("（一yī）实shí施shī重zhòng大dà产chǎn业yè平píng台tái“头tóu号hào工gōng程chéng”。");
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!)).toEqual({ "caption-bar": "on", "caption-script": "pinyin" });

    await user.click(within(group).getByRole("radio", { name: "繁体" }));
    focusHeading();
    await waitFor(() => expect(bar().textContent).toBe("（一）實施重大產業平台「頭號工程」。"));
    expect(bar().querySelector("ruby")).toBeNull();
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("is shown only while the caption bar is on", async () => {
    await openPage({ toolbarOpen: true });
    const group = within(toolbar()).getByRole("group", { name: "字幕文字", hidden: true });
    expect(group.hasAttribute("data-requires-caption-bar")).toBe(true);
  });

  it("where the caption text cannot be fetched, shows the page's own text and says so", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    stubFetch(async () => new Response("", { status: 404 }));
    await openPage({ settings: { "caption-bar": "on", "caption-script": "pinyin" }, toolbarOpen: true });
    await waitFor(() => expect(status().textContent).toMatch(/^暂时无法取得本页的拼音和繁简对照/));
    focusHeading();
    expect(bar().textContent).toBe("（一）实施重大产业平台“头号工程”。");
    expect(bar().querySelector("ruby")).toBeNull();
  });

  it("is not offered on English pages", async () => {
    await openPage({ settings: { "caption-bar": "on" }, toolbarOpen: true, locale: "en" });
    const region = screen.getByRole("region", { name: "Accessibility toolbar", hidden: true });
    expect(within(region).queryByRole("group", { name: "Caption text", hidden: true })).toBeNull();
  });
});

describe("starting the modules", () => {
  it("marks them ready, and a module that cannot start as failed, while the others start", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    vi.resetModules();
    document.body.innerHTML = renderToStaticMarkup(
      <SitePage locale="zh-CN" path="/">
        {null}
      </SitePage>,
    );
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
