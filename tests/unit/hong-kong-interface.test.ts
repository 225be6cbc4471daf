import { describe, expect, it } from "vitest";
import { getTranslator } from "@/lib/i18n/translate";
import { resources, type Namespace } from "@/locales/resources";
import { hongKongStrings, mainlandWordsIn, MAINLAND_WORDS } from "../support/hong-kong-words";

const namespaces = Object.keys(resources["zh-CN"]) as Namespace[];

/** "key: words" for every string of the namespace that still has a mainland word. */
const mainlandStrings = (namespace: Namespace) =>
  [...hongKongStrings(namespace)].flatMap(([key, text]) => (mainlandWordsIn(text).length ? [`${key}: ${mainlandWordsIn(text).join("、")}`] : []));

describe("the 繁體中文 interface speaks Hong Kong Chinese", () => {
  it.each(namespaces)("has no mainland-only word in %s", (namespace) => {
    expect(mainlandStrings(namespace)).toEqual([]);
  });

  it("says 搜尋, 列印, 連結, 短訊 and 主頁 where the mainland says 搜索, 打印, 鏈接, 短信 and 首页", () => {
    const t = getTranslator("zh-HK");
    const f = getTranslator("zh-HK", "features");
    expect([f("nav.search"), f("search.submit"), f("search.resultsLabel")]).toEqual(["搜尋", "搜尋", "搜尋結果"]);
    expect([f("share.heading"), f("share.print"), f("share.copy")]).toEqual(["分享與列印", "列印本頁", "複製本頁連結"]);
    expect(f("share.copied")).toBe("連結已複製，可以貼到微信或短訊中發送。");
    expect([t("nav.home"), t("breadcrumb.prefix"), t("meta.source"), t("footer.label")]).toEqual(["主頁", "您現在的位置：", "資料來源：", "網站資訊"]);
  });

  it("knows the Hong Kong word for every mainland word it looks for", () => {
    for (const [mainland, hongKong] of Object.entries(MAINLAND_WORDS)) expect(mainlandWordsIn(hongKong), `${mainland} → ${hongKong}`).toEqual([]);
  });

  it.each(namespaces)("quotes with 「」 and 『』 in %s, never “ ” ‘ ’", (namespace) => {
    const curly = [...hongKongStrings(namespace)].filter(([, text]) => /[“”‘’]/.test(text)).map(([key]) => key);
    expect(curly).toEqual([]);
  });

  it("turns the Simplified quotation marks of a string into Hong Kong ones, placeholders kept", () => {
    expect(getTranslator("zh-HK", "features")("search.searching", { query: "中医药" })).toBe("正在搜尋「中医药」……");
    expect(getTranslator("zh-HK", "features")("keyTargets.source", { quote: "完成工業投資14億元" })).toBe("原文：<quote>「完成工業投資14億元」</quote>");
  });
});
