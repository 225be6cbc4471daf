import type { Locale } from "./locales";

const DIGITS = "零一二三四五六七八九";

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十: the numerals of Chinese section headings. */
export function chineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 99) return String(value);
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  const tensPart = tens === 0 ? "" : `${tens === 1 ? "" : DIGITS[tens]}十`;
  return `${tensPart}${ones === 0 ? "" : DIGITS[ones]}`;
}

/**
 * The locale Intl formats for. English pages follow British usage (as the translation
 * does): 3 March 2021, not March 3, 2021.
 */
const INTL_LOCALES: Record<Locale, string> = { "zh-CN": "zh-CN", "zh-HK": "zh-HK", en: "en-GB" };

/** A number in the page's language (digit grouping as its readers expect). */
export function formatNumber(locale: Locale, value: number): string {
  return new Intl.NumberFormat(INTL_LOCALES[locale]).format(value);
}

/**
 * Fills {{name}} placeholders, as i18next does on the server: for strings handed to the
 * browser modules with their placeholders kept. An unknown name is left as it is.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A section's number as the plan writes it: （一） in Chinese, 1 elsewhere. */
export function sectionNumeral(locale: Locale, order: number): string {
  return locale.startsWith("zh") ? chineseNumeral(order) : formatNumber(locale, order);
}

/** A publication date in the page's language, e.g. 2021年3月3日. */
export function formatDate(locale: Locale, isoDate: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}
