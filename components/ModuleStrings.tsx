import { MODULE_STRINGS_ATTRIBUTE } from "@/lib/modules/names";
import { scriptJson } from "@/lib/script-json";

/**
 * The strings of one browser module, as a JSON data block (not executed, so no CSP hash).
 * Place it as a direct child of the module's root: the module reads only that one.
 */
export function ModuleStrings({ strings }: { strings: Record<string, string> }) {
  return <script type="application/json" {...{ [MODULE_STRINGS_ATTRIBUTE]: "" }} dangerouslySetInnerHTML={{ __html: scriptJson(strings) }} />;
}
