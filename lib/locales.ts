/**
 * The languages of the site. Shared by server and client code, so it is a plain module.
 * The default language is served at the root with no prefix; the others under their own.
 */
export const DEFAULT_LOCALE = "zh-CN" as const;
export const LOCALES = [DEFAULT_LOCALE] as const;
export type Locale = (typeof LOCALES)[number];

const PREFIXES: Record<Locale, string> = {
  "zh-CN": "",
};

/** The path prefix of a language: "" for the default, "/xx" for the others. */
export function localePrefix(locale: Locale): string {
  return PREFIXES[locale];
}
