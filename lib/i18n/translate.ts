import fs from "node:fs";
import path from "node:path";
import i18next, { type i18n, type TFunction } from "i18next";
import { resources, type Namespace } from "@/locales/resources";
import { DEFAULT_LOCALE, type Locale } from "./locales";
import { stringsToTraditional, type UiStrings } from "./traditional";

type Strings = UiStrings;
export type LocaleResources = Record<Namespace, Strings>;

const built = new Map<Locale, LocaleResources>();

/**
 * Every UI string of one language, by namespace. zh-CN and en are written; zh-HK is
 * generated from zh-CN by the same OpenCC conversion as the content, for every namespace
 * registered in locales/resources.ts, and the strings of locales/zh-HK/<namespace>.json,
 * where that file exists, win over the generated ones (key by key).
 */
export function getResources(locale: Locale): LocaleResources {
  const cached = built.get(locale);
  if (cached) return cached;
  const result: LocaleResources =
    locale === "zh-HK"
      ? (Object.fromEntries(
          Object.entries(resources[DEFAULT_LOCALE]).map(([namespace, strings]) => [
            namespace,
            merge(stringsToTraditional(strings as Strings), handWritten("zh-HK", namespace)),
          ]),
        ) as LocaleResources)
      : resources[locale];
  built.set(locale, result);
  return result;
}

/** Hand-written strings for a generated language, read at build time. */
function handWritten(locale: Locale, namespace: string): Strings {
  const file = path.join(process.cwd(), "locales", locale, `${namespace}.json`);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as Strings) : {};
}

function merge(generated: Strings, written: Strings): Strings {
  const out: Strings = { ...generated };
  for (const [key, value] of Object.entries(written)) {
    const base = out[key];
    const nested = (v: unknown): v is Strings => typeof v === "object" && v !== null && !Array.isArray(v);
    out[key] = nested(value) && nested(base) ? merge(base, value) : value;
  }
  return out;
}

const instances = new Map<Locale, i18n>();

/** The i18next instance of one language, with every namespace (for react-i18next's Trans: components/LocalizedText.tsx). */
export function getI18n(locale: Locale): i18n {
  const cached = instances.get(locale);
  if (cached) return cached;
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: false,
    resources: { [locale]: getResources(locale) },
    defaultNS: "common",
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  instances.set(locale, instance);
  return instance;
}

const translators = new Map<string, TFunction>();

/** A translator for server components, created once per language and namespace. */
export function getTranslator(locale: Locale, namespace: Namespace = "common"): TFunction {
  const key = `${locale}:${namespace}`;
  const cached = translators.get(key);
  if (cached) return cached;
  const t = getI18n(locale).getFixedT(locale, namespace);
  translators.set(key, t);
  return t;
}
