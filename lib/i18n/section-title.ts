import { sectionNumeral } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import type { Section } from "@/lib/content";

/** A section's full title with its number, e.g. （一）实施重大产业平台“头号工程”…。 */
export function sectionFullTitle(locale: Locale, section: Pick<Section, "order" | "title">): string {
  const t = getTranslator(locale);
  return `${t("section.number", { numeral: sectionNumeral(locale, section.order) })}${section.title}`;
}

/** The title without its closing full stop, for the browser tab and metadata. */
export function sectionDocumentTitle(locale: Locale, section: Pick<Section, "order" | "title">): string {
  return sectionFullTitle(locale, section).replace(/[。.]$/, "");
}
