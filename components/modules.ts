/**
 * Every browser module of the site, by the name its root carries in data-module
 * (lib/modules/names.ts), and the one function that starts them all (as GOV.UK
 * Frontend's initAll). A module that throws is marked failed on its root, and CSS takes
 * its script-only controls away; the others start regardless.
 */
import { PAGE_STATE } from "@/lib/display-modes/modes";
import { MODULE_ATTRIBUTE, MODULE_FAILED_ATTRIBUTE, MODULE_NAMES, MODULE_STARTED_ATTRIBUTE, type ModuleName } from "@/lib/modules/names";
import { startDisplayModes } from "./display-modes/display-modes.browser";
import { startCopyLink } from "./copy-link/copy-link.browser";
import { startPrint } from "./print/print.browser";
import { startSearch } from "./search/search.browser";
import { startSentenceLinks } from "./key-targets/sentence-links.browser";
import { startLanguageLinks } from "./language-links/language-links.browser";

export const MODULES: Record<ModuleName, (root: HTMLElement) => void> = {
  [MODULE_NAMES.displayModes]: startDisplayModes,
  [MODULE_NAMES.copyLink]: startCopyLink,
  [MODULE_NAMES.print]: startPrint,
  [MODULE_NAMES.search]: startSearch,
  [MODULE_NAMES.languageLinks]: startLanguageLinks,
  [MODULE_NAMES.sentenceLinks]: startSentenceLinks,
};

const isModuleName = (name: string | null): name is ModuleName => name !== null && Object.prototype.hasOwnProperty.call(MODULES, name);

export function initAll(scope: ParentNode = document): void {
  for (const root of scope.querySelectorAll<HTMLElement>(`[${MODULE_ATTRIBUTE}]`)) {
    const name = root.getAttribute(MODULE_ATTRIBUTE);
    if (!isModuleName(name) || root.hasAttribute(MODULE_STARTED_ATTRIBUTE) || root.hasAttribute(MODULE_FAILED_ATTRIBUTE)) continue;
    try {
      MODULES[name](root);
      root.setAttribute(MODULE_STARTED_ATTRIBUTE, "");
    } catch (error) {
      root.setAttribute(MODULE_FAILED_ATTRIBUTE, "");
      console.error(error);
    }
  }
  document.documentElement.setAttribute(PAGE_STATE.modulesReady, "");
}
