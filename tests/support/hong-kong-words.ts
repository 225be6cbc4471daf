import { getResources } from "@/lib/i18n/translate";
import type { Namespace } from "@/locales/resources";

/**
 * Interface words of the mainland that a Hong Kong reader would not write, as OpenCC's
 * character conversion leaves them, with the Hong Kong word (locales/zh-HK/<ns>.json
 * says it). Only words whose Hong Kong form differs: 信息 alone is not listed, because
 * it stays in names such as 工业和信息化部; 信息來源 and 網站信息 as labels are.
 */
export const MAINLAND_WORDS: Record<string, string> = {
  默認: "預設",
  鏈接: "連結",
  打印: "列印",
  搜索: "搜尋",
  鼠標: "滑鼠",
  設置: "設定",
  短信: "短訊",
  視頻: "影片",
  屏幕: "螢幕",
  粘貼: "貼上",
  當前: "現在",
  菜單: "選單",
  操作系統: "作業系統",
  下劃線: "底線",
  網站信息: "網站資訊",
  信息來源: "資料來源",
};

/** Every zh-HK UI string of a namespace as "dotted.key" → text (list items by index). */
export function hongKongStrings(namespace: Namespace): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (value: unknown, key: string) => {
    if (typeof value === "string") out.set(key, value);
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, key ? `${key}.${k}` : k);
  };
  walk(getResources("zh-HK")[namespace], "");
  return out;
}

/** The mainland words in a text. */
export function mainlandWordsIn(text: string): string[] {
  return Object.keys(MAINLAND_WORDS).filter((word) => text.includes(word));
}
