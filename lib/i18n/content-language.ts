import type { Locale } from "./locales";

/**
 * The lang attribute for text shown on a page of another language, e.g. the Chinese
 * text of a section not yet translated on an English page (WCAG 3.1.2, language of
 * parts); undefined when the text is in the page's own language.
 */
export function langOf(locale: Locale, text: { lang: string }): string | undefined {
  return text.lang === locale ? undefined : text.lang;
}
