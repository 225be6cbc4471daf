import { MODULE_NAMES, REQUIRES_JS_ATTRIBUTE, moduleRoot } from "@/lib/modules/names";
import { FEATURE_BUTTON } from "../feature-button";
import { ModuleStrings } from "../ModuleStrings";

/**
 * 复制本页链接 (copy-link module: components/copy-link/copy-link.browser.ts). The result is
 * said in a status region (WCAG 4.1.3) and shown below the button. Where the browser
 * refuses the clipboard, the address shown beside it (the element marked
 * PAGE_ADDRESS_ATTRIBUTE in the same share section) is selected so the reader can copy it
 * by hand. Offered only where JavaScript runs.
 */
export function CopyLinkButton({ url, labels }: { url: string; labels: { copy: string; copied: string; failed: string } }) {
  return (
    // The button sits in the row of buttons (display: contents), its message on a line of its own below.
    <div className="contents" {...moduleRoot(MODULE_NAMES.copyLink)} {...{ [REQUIRES_JS_ATTRIBUTE]: "" }} data-url={url}>
      <ModuleStrings strings={{ copied: labels.copied, failed: labels.failed }} />
      <button type="button" className={FEATURE_BUTTON}>
        {labels.copy}
      </button>
      {/* In the layout even when empty, so that screen readers already know it when a message arrives (WCAG 4.1.3); a tick before the message once copied. */}
      <p role="status" aria-live="polite" className="order-1 m-0 basis-full font-bold [[data-result=copied]_&]:before:content-['✓_'_/_'']" />
    </div>
  );
}
