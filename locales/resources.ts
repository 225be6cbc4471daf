import enCommon from "./en/common.json";
import enFeatures from "./en/features.json";
import enLanguage from "./en/language.json";
import enModes from "./en/modes.json";
import zhCNCommon from "./zh-CN/common.json";
import zhCNFeatures from "./zh-CN/features.json";
import zhCNLanguage from "./zh-CN/language.json";
import zhCNModes from "./zh-CN/modes.json";

/**
 * Every UI string of the site, by language and namespace (one JSON file per namespace:
 * locales/<lng>/<namespace>.json). Add a namespace here for every language at once.
 * 繁體中文 (zh-HK) is not listed: lib/i18n/translate.ts generates it from zh-CN, and a file
 * locales/zh-HK/<namespace>.json, where one exists, overrides the generated strings.
 */
export const resources = {
  "zh-CN": { common: zhCNCommon, features: zhCNFeatures, language: zhCNLanguage, modes: zhCNModes },
  en: { common: enCommon, features: enFeatures, language: enLanguage, modes: enModes },
};

export type Namespace = keyof (typeof resources)["zh-CN"];
