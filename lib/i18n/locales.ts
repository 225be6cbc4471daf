/**
 * The languages of the site. Shared by server and client code, so it is a plain module.
 * The default language is served at the root with no prefix; the others under their own.
 */
export const DEFAULT_LOCALE = "zh-CN" as const;
/**
 * 简体中文 (the original), 繁體中文 in Hong Kong standard forms (generated from it by
 * OpenCC, see lib/i18n/traditional.ts), and English (a translation, content/en).
 */
export const LOCALES = [DEFAULT_LOCALE, "zh-HK", "en"] as const;
export type Locale = (typeof LOCALES)[number];

const PREFIXES: Record<Locale, string> = {
  "zh-CN": "",
  "zh-HK": "/zh-hk",
  en: "/en",
};

/** The path prefix of a language: "" for the default, "/xx" for the others. */
export function localePrefix(locale: Locale): string {
  return PREFIXES[locale];
}

/** The languages served under a prefix, i.e. every language but the default. */
export const PREFIXED_LOCALES = LOCALES.filter((locale): locale is Exclude<Locale, typeof DEFAULT_LOCALE> => locale !== DEFAULT_LOCALE);

/** The URL segment of a prefixed language: "zh-hk" for zh-HK (the `[lang]` of app/[lang]/). */
export function localeSegment(locale: Locale): string {
  return PREFIXES[locale].replace(/^\//, "");
}

/** The language a URL segment stands for, or undefined when the segment is not a language. */
export function localeFromSegment(segment: string): Locale | undefined {
  return PREFIXED_LOCALES.find((locale) => localeSegment(locale) === segment);
}

/**
 * Languages whose text is a translation of the Chinese plan, not the plan itself: their
 * pages say so and link to the Chinese text, which prevails. zh-HK is not one of them:
 * it is the same text in another script.
 */
export const TRANSLATED_LOCALES: readonly Locale[] = ["en"];
