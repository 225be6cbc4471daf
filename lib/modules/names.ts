/**
 * The contract between the server-rendered markup and the site's browser modules (the
 * GOV.UK Frontend model): an element with data-module="<name>" is the root of one
 * component; components/modules.ts starts the module of that name on it once the
 * page has parsed. A plain module with no imports: server components and browser code
 * both read it.
 */
export const MODULE_ATTRIBUTE = "data-module";

/** Set on a root once its module has started, or failed (then its script-only controls are taken away). */
export const MODULE_STARTED_ATTRIBUTE = "data-module-started";
export const MODULE_FAILED_ATTRIBUTE = "data-module-failed";

/**
 * On an element that only works once its module runs: hidden without JavaScript, kept
 * invisible (its room kept, so nothing moves) until the modules have started, and taken
 * away if they fail (app/styles/display-modes.css).
 */
export const REQUIRES_JS_ATTRIBUTE = "data-requires-js";

/** On an element said only to readers whose browser runs no JavaScript. */
export const NOSCRIPT_ONLY_ATTRIBUTE = "data-noscript-only";

/**
 * The UI strings a module needs, as JSON in a <script type="application/json"> that is a
 * direct child of the module's root, rendered with i18next at build time. Modules hold no
 * string tables of their own.
 */
export const MODULE_STRINGS_ATTRIBUTE = "data-module-strings";

export const MODULE_NAMES = {
  displayModes: "display-modes",
  copyLink: "copy-link",
  print: "print",
  search: "search",
  languageLinks: "language-links",
  sentenceLinks: "sentence-links",
} as const;

export type ModuleName = (typeof MODULE_NAMES)[keyof typeof MODULE_NAMES];

/** The attributes that make an element the root of a module. */
export function moduleRoot(name: ModuleName): Record<string, string> {
  return { [MODULE_ATTRIBUTE]: name };
}
