import type { ContentHeading } from "@/lib/content/markdown";
import { getTranslator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import { SITE_IDS } from "@/lib/site-ids";

/** 本节目录: links to the subsections of a section. */
export function SectionToc({ locale, headings, lang }: { locale: Locale; headings: ContentHeading[]; lang?: string }) {
  const t = getTranslator(locale);
  const entries = headings.filter((heading) => heading.depth === 2 && heading.id);
  if (entries.length === 0) return null;
  return (
    // A framed panel on screen; on paper a thin black frame (print: the tokens turn black).
    <nav aria-labelledby={SITE_IDS.tocHeading} className="mb-8 border-s-4 border-rule bg-surface px-5 py-4 print:border">
      <h2 id={SITE_IDS.tocHeading} className="mt-0 text-h3">
        {t("section.tocHeading")}
      </h2>
      <ol lang={lang} className="m-0 [&>li+li]:mt-[0.25em]">
        {entries.map((heading) => (
          <li key={heading.id} lang={heading.lang}>
            <a href={`#${heading.id}`}>{heading.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
