import i18next, { type TFunction } from "i18next";
import zhCN from "@/locales/zh-CN/common.json";
import type { Locale } from "./locales";

/** Every UI string, by language and namespace. */
export const resources = {
  "zh-CN": { common: zhCN },
} satisfies Record<Locale, { common: Record<string, unknown> }>;

const translators = new Map<Locale, TFunction>();

/** A translator for server components, created once per language. */
export function getTranslator(locale: Locale): TFunction {
  const cached = translators.get(locale);
  if (cached) return cached;
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: false,
    resources,
    defaultNS: "common",
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const t = instance.getFixedT(locale, "common");
  translators.set(locale, t);
  return t;
}
