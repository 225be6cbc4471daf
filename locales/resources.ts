import zhCNCommon from "./zh-CN/common.json";

/**
 * Every UI string of the site, by language and namespace (one JSON file per namespace:
 * locales/<lng>/<namespace>.json). Add a namespace here for every language at once.
 */
export const resources = {
  "zh-CN": { common: zhCNCommon },
};

export type Namespace = keyof (typeof resources)["zh-CN"];
