import { MODULE_NAMES, REQUIRES_JS_ATTRIBUTE, moduleRoot } from "@/lib/modules/names";
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
    <div className="copy-link" {...moduleRoot(MODULE_NAMES.copyLink)} {...{ [REQUIRES_JS_ATTRIBUTE]: "" }} data-url={url}>
      <ModuleStrings strings={{ copied: labels.copied, failed: labels.failed }} />
      <button type="button" className="feature-button">
        {labels.copy}
      </button>
      <p role="status" aria-live="polite" className="copy-link__status" />
    </div>
  );
}
