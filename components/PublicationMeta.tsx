import { formatDate } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/translate";
import type { Overview } from "@/lib/content";
import type { Locale } from "@/lib/i18n/locales";
import { langOf } from "@/lib/i18n/content-language";

/** 信息来源 and 发布日期, as the original page showed them. */
export function PublicationMeta({
  locale,
  source,
  published,
  sourceLang,
}: {
  locale: Locale;
  source: string;
  published: string;
  /** The language of `source`, where it is not the page's. */
  sourceLang?: string;
}) {
  const t = getTranslator(locale);
  return (
    // 长者助手 puts each line under the other; in Latin script a label stands a space before its value.
    <dl className="mb-6 flex flex-wrap gap-x-[1.5em] border-b border-rule pb-4 text-small text-muted elder:flex-col elder:items-start">
      <div className="flex [&:lang(en)]:gap-x-[0.3em]">
        <dt>{t("meta.source")}</dt>
        <dd lang={sourceLang}>{source}</dd>
      </div>
      <div className="flex [&:lang(en)]:gap-x-[0.3em]">
        <dt>{t("meta.published")}</dt>
        <dd>
          <time dateTime={published}>{formatDate(locale, published)}</time>
        </dd>
      </div>
    </dl>
  );
}

/** The plan's source and date, as every page inside the plan shows them. */
export function PlanPublicationMeta({ locale, overview }: { locale: Locale; overview: Overview }) {
  return <PublicationMeta locale={locale} source={overview.source} published={overview.published} sourceLang={langOf(locale, overview)} />;
}
