import { MODULE_NAMES, REQUIRES_JS_ATTRIBUTE, moduleRoot } from "@/lib/modules/names";
import { FEATURE_BUTTON } from "../feature-button";

/**
 * 打印本页 (print module): opens the browser's print dialog; the print stylesheet does the
 * rest. Offered only where JavaScript runs.
 */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className={FEATURE_BUTTON} {...moduleRoot(MODULE_NAMES.print)} {...{ [REQUIRES_JS_ATTRIBUTE]: "" }}>
      {label}
    </button>
  );
}
