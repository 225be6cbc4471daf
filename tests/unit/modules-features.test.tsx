// @vitest-environment jsdom
import { screen, waitFor } from "@testing-library/dom";
import userEvent from "@testing-library/user-event";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { KeyTargets } from "@/components/key-targets/KeyTargets";
import { PageTools } from "@/components/page-tools/PageTools";
import { SearchPage } from "@/components/pages/SearchPage";
import { loadPlan } from "@/lib/content";
import { keyTargetCards } from "@/lib/content/key-target-cards";

/** Server HTML in the page, then the site's modules started on it, as in a browser. */
async function open(element: ReactElement, address = "/") {
  vi.resetModules();
  window.history.replaceState(null, "", address);
  document.body.innerHTML = renderToStaticMarkup(element);
  const { initAll } = await import("@/components/modules");
  initAll();
  return userEvent.setup();
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.body.innerHTML = "";
  window.history.replaceState(null, "", "/");
});

describe("分享与打印", () => {
  it("复制本页链接 copies the page's address and says so", async () => {
    const user = await open(<PageTools locale="zh-CN" path="/sections/tourism/" />);
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    await user.click(screen.getByRole("button", { name: "复制本页链接" }));
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/^https?:\/\/[^/]+\/sections\/tourism\/$/));
    await waitFor(() => expect(screen.getByText(/^链接已复制/).getAttribute("role")).toBe("status"));
  });

  it("where the clipboard is refused, selects the address shown and says how to copy it", async () => {
    const user = await open(<PageTools locale="zh-CN" path="/sections/tourism/" />);
    Object.defineProperty(navigator, "clipboard", { value: { writeText: () => Promise.reject(new Error("denied")) }, configurable: true });
    document.execCommand = () => false;
    await user.click(screen.getByRole("button", { name: "复制本页链接" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toMatch(/^无法自动复制/));
    expect(window.getSelection()?.toString()).toMatch(/\/sections\/tourism\/$/);
  });

  it("打印本页 opens the print dialog", async () => {
    const user = await open(<PageTools locale="zh-CN" path="/" />);
    const print = vi.fn();
    vi.stubGlobal("print", print);
    await user.click(screen.getByRole("button", { name: "打印本页" }));
    expect(print).toHaveBeenCalledOnce();
  });
});

describe("a key target's quote", () => {
  const plan = loadPlan();
  const element = <KeyTargets locale="zh-CN" cards={keyTargetCards("zh-CN", plan)} />;

  it("links to its paragraph, and also to the sentence where the browser can highlight it", async () => {
    await open(element);
    const plain = screen.getAllByRole("link")[0]!.getAttribute("href");
    expect(plain).toMatch(/^\/(sections\/[a-z-]+\/)?#[a-z-]+$/);
    Object.defineProperty(document, "fragmentDirective", { value: {}, configurable: true });
    await open(element);
    expect(screen.getAllByRole("link")[0]!.getAttribute("href")).toMatch(new RegExp(`^${plain!.replace(/[/#]/g, "\\$&")}:~:text=`));
    delete (document as { fragmentDirective?: unknown }).fragmentDirective;
  });

  // The sentence "原文：“…”" is one string per language, its link a tag inside it (react-i18next's Trans).
  const card = { label: "工业投资", value: 14, unit: "亿元", href: "/sections/industry/#a", textFragment: "x", place: "" };
  it.each([
    ["zh-CN", "原文：“完成工业投资14亿元”", "“完成工业投资14亿元”"],
    ["zh-HK", "原文：「完成工业投资14亿元」", "「完成工业投资14亿元」"],
    ["en", "From the text: “完成工业投资14亿元”", "“完成工业投资14亿元”"],
  ] as const)("reads as one sentence in %s, the quote itself the link", async (locale, sentence, link) => {
    await open(<KeyTargets locale={locale} cards={[{ ...card, quote: "完成工业投资14亿元" }]} />);
    const item = screen.getByRole("listitem");
    expect(item.querySelector("p:has(a)")!.textContent).toBe(sentence);
    expect(screen.getByRole("link").textContent).toBe(link);
    expect(screen.getByRole("link").getAttribute("href")).toBe("/sections/industry/#a");
  });

  it("shows a quote that looks like markup as the text it is", async () => {
    await open(<KeyTargets locale="zh-CN" cards={[{ ...card, quote: "<b>R&D</b> 5% & “更多”" }]} />);
    expect(screen.getByRole("link").textContent).toBe("“<b>R&D</b> 5% & “更多””");
    expect(screen.getByRole("link").querySelector("b")).toBeNull();
  });
});

describe("search", () => {
  it("searches for the words the field shows, typed before the module started, and keeps them in the address", async () => {
    vi.resetModules();
    window.history.replaceState(null, "", "/search/");
    document.body.innerHTML = renderToStaticMarkup(<SearchPage locale="zh-CN" />);
    const field = screen.getByRole("searchbox", { name: "请输入要查找的词语" }) as HTMLInputElement;
    // Typed while the page was still arriving.
    field.value = "中医药";
    const { initAll } = await import("@/components/modules");
    initAll();
    await userEvent.setup().click(screen.getByRole("button", { name: "搜索" }));
    expect(new URLSearchParams(window.location.search).get("q")).toBe("中医药");
    // The searching part loads now; Pagefind's files are not in this test's page, so search says it is unavailable.
    await waitFor(() => expect(screen.getAllByRole("status").at(-1)!.textContent).toMatch(/^正在搜索“中医药”|^搜索暂时无法使用/));
  });

  it("asks for words when the form is sent empty", async () => {
    const user = await open(<SearchPage locale="zh-CN" />, "/search/");
    await user.click(screen.getByRole("button", { name: "搜索" }));
    await waitFor(() => expect(screen.getAllByRole("status").at(-1)!.textContent).toBe("请输入要查找的词语。"));
  });
});

describe("the language links", () => {
  it("take the reader's anchor to the same place in the other language", async () => {
    const { SiteHeader } = await import("@/components/SiteHeader");
    const user = await open(<SiteHeader locale="zh-CN" path="/sections/tourism/" />, "/sections/tourism/#homestays");
    const english = screen.getByRole("link", { name: "English" }) as HTMLAnchorElement;
    expect(english.getAttribute("href")).toBe("/en/sections/tourism/");
    english.addEventListener("click", (event) => event.preventDefault());
    await user.click(english);
    expect([english.pathname, english.hash]).toEqual(["/en/sections/tourism/", "#homestays"]);
  });
});
