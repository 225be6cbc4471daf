import i18next, { type TFunction } from "i18next";
import { resources, type Namespace } from "@/locales/resources";
import type { Locale } from "./locales";

const translators = new Map<string, TFunction>();

/** A translator for server components, created once per language and namespace. */
export function getTranslator(locale: Locale, namespace: Namespace = "common"): TFunction {
  const key = `${locale}:${namespace}`;
  const cached = translators.get(key);
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
  const t = instance.getFixedT(locale, namespace);
  translators.set(key, t);
  return t;
}
