import enModes from "./en/modes.json";
import zhCNCommon from "./zh-CN/common.json";
import zhCNModes from "./zh-CN/modes.json";

/**
 * Every UI string of the site, by language and namespace (one JSON file per namespace:
 * locales/<lng>/<namespace>.json). Add a namespace here for every language at once.
 */
export const resources = {
  "zh-CN": { common: zhCNCommon, modes: zhCNModes },
  en: { modes: enModes },
};

export type Namespace = keyof (typeof resources)["zh-CN"];
