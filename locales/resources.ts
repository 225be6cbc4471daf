import zhCNCommon from "./zh-CN/common.json";
import zhCNFeatures from "./zh-CN/features.json";
import enFeatures from "./en/features.json";

/**
 * Every UI string of the site, by language and namespace (one JSON file per namespace:
 * locales/<lng>/<namespace>.json). Add a namespace here for every language at once.
 */
export const resources = {
  "zh-CN": { common: zhCNCommon, features: zhCNFeatures },
  en: { features: enFeatures },
};

export type Namespace = keyof (typeof resources)["zh-CN"];
