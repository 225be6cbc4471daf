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
    <section className="page-tools" aria-labelledby={SITE_IDS.pageToolsHeading} data-pagefind-ignore="all">
      <div className="page-tools__screen">
        <h2 id={SITE_IDS.pageToolsHeading}>{t("share.heading")}</h2>
        <div className="page-tools__actions">
          <CopyLinkButton url={url} labels={{ copy: t("share.copy"), copied: t("share.copied"), failed: t("share.copyFailed") }} />
          <PrintButton label={t("share.print")} />
        </div>
        <div className="page-tools__share">
          <figure className="page-tools__qr">
            <QrCode text={url} label={t("share.qrLabel", { url })} />
            <figcaption>{t("share.qrCaption")}</figcaption>
          </figure>
          <p className="page-tools__address">
            {t("share.urlLabel")}
            <span id={SITE_IDS.pageToolsAddress} className="page-tools__url" translate="no" {...{ [PAGE_ADDRESS_ATTRIBUTE]: "" }}>
              {url}
            </span>
          </p>
        </div>
      </div>
      <div className="print-only">
        <p>{t("print.pageAddress", { url })}</p>
        <p>{t("print.linkNote", { base: SITE_URL })}</p>
      </div>
    </section>
  );
}
