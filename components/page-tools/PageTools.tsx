import { getTranslator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import { absoluteUrl, SITE_URL } from "@/lib/seo/site-url";
import { SITE_IDS } from "@/lib/site-ids";
import { CopyLinkButton } from "../copy-link/CopyLinkButton";
import { PAGE_ADDRESS_ATTRIBUTE } from "./page-address";
import { PrintButton } from "../print/PrintButton";
import { QrCode } from "./QrCode";

/**
 * 分享与打印 under every content page: copy the link, print, and a QR code of the page's
 * address for a phone or WeChat. No third-party share script: nothing leaves the page.
 * On paper only the page's address is printed, with the site's base address once so that
 * the relative addresses printed after links can be completed.
 */
export function PageTools({ locale, path }: { locale: Locale; path: string }) {
  const t = getTranslator(locale, "features");
  const url = absoluteUrl(path);
  return (
    <section
      className="mt-8 max-w-measure border-t-4 border-rule pt-4 print:mt-[1.5em] print:border-t print:pt-[0.5em] print:text-[10pt]"
      aria-labelledby={SITE_IDS.pageToolsHeading}
      data-pagefind-ignore="all"
    >
      {/* On screen: the tools; on paper only the page's address. */}
      <div className="print:hidden!">
        <h2 id={SITE_IDS.pageToolsHeading} className="mt-0 text-h3">
          {t("share.heading")}
        </h2>
        <div className="flex flex-wrap items-start gap-x-[1rem] gap-y-[0.75rem]">
          <CopyLinkButton url={url} labels={{ copy: t("share.copy"), copied: t("share.copied"), failed: t("share.copyFailed") }} />
          <PrintButton label={t("share.print")} />
        </div>
        <div className="mt-4">
          {/* 长者助手 puts the caption under the code; 纯文本 takes both away (the address stays, as text). */}
          <figure className="mx-0 mt-0 mb-4 flex flex-wrap items-center gap-x-[1.25rem] gap-y-[0.75rem] elder:flex-col elder:items-start text-only:hidden">
            <QrCode text={url} label={t("share.qrLabel", { url })} />
            <figcaption className="flex-[1_1_14em]">{t("share.qrCaption")}</figcaption>
          </figure>
          <p className="m-0">
            {t("share.urlLabel")}
            <span id={SITE_IDS.pageToolsAddress} className="font-bold wrap-anywhere" translate="no" {...{ [PAGE_ADDRESS_ATTRIBUTE]: "" }}>
              {url}
            </span>
          </p>
        </div>
      </div>
      <div className="hidden print:block! print:[&_p]:m-0">
        <p>{t("print.pageAddress", { url })}</p>
        <p>{t("print.linkNote", { base: SITE_URL })}</p>
      </div>
    </section>
  );
}
