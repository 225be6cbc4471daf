import { captionTextAddress } from "@/lib/display-modes/caption-text";
import { CONTROL, TOOLBAR_MODULE_STRINGS } from "@/lib/display-modes/controls";
import { pageScript } from "@/lib/display-modes/modes";
import type { HeaderStrings, ToolbarStrings } from "@/lib/display-modes/strings";
import { getTranslator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import { REQUIRES_JS_ATTRIBUTE } from "@/lib/modules/names";
import { routes } from "@/lib/routes";
import { SITE_IDS } from "@/lib/site-ids";
import { ModuleStrings } from "../ModuleStrings";
import { CONTROL_BOX, PRESSABLE, Toolbar } from "./Toolbar";

/*
 * The display-mode controls, rendered complete on the server. SiteHeader makes itself the
 * root of the display-modes module and places: the strings, the two buttons in its tools
 * slot, the toolbar right after the header bar (so it comes next in reading and Tab order
 * when opened), and the live region.
 */

const headerStrings = (locale: Locale) => getTranslator(locale, "modes")("header", { returnObjects: true }) as unknown as HeaderStrings;
const toolbarStrings = (locale: Locale) => getTranslator(locale, "modes")("toolbar", { returnObjects: true }) as unknown as ToolbarStrings;

/**
 * A button on the header bar: the bar's own colours, inverted when pressed; its focus ring
 * drawn in the bar's ink (≥ 7:1 on the bar in every scheme) rather than the page's.
 */
const HEADER_BUTTON = `${CONTROL_BOX} gap-[0.25em] border-brand-ink bg-brand text-brand-ink aria-pressed:bg-brand-ink aria-pressed:text-brand focus-visible:shadow-none focus-visible:outline-3 focus-visible:outline-offset-3 focus-visible:outline-brand-ink`;

/** What the display-modes module announces and fills in, picked from the toolbar's strings. */
export function DisplayModeStrings({ locale }: { locale: Locale }) {
  const strings = toolbarStrings(locale);
  return <ModuleStrings strings={Object.fromEntries(TOOLBAR_MODULE_STRINGS.map((key) => [key, strings[key]]))} />;
}

/**
 * 长者助手 (a toggle: aria-pressed) and 无障碍 (a disclosure: aria-expanded, controlling the
 * toolbar region). Offered only where JavaScript runs, and answering from the moment they
 * show: they stay invisible, their room kept, until the module has started.
 */
export function DisplayModeButtons({ locale }: { locale: Locale }) {
  const strings = headerStrings(locale);
  return (
    <div className="flex flex-wrap gap-[0.5rem]" {...{ [REQUIRES_JS_ATTRIBUTE]: "" }}>
      <button type="button" className={`${HEADER_BUTTON} ${PRESSABLE}`} aria-pressed="false" {...{ [CONTROL.toggle]: "elder" }}>
        {strings.elder}
      </button>
      <button
        type="button"
        id={SITE_IDS.toolbarOpener}
        // A disclosure: its arrow (alt text "", aria-expanded tells) points the way it will open.
        className={`${HEADER_BUTTON} after:content-['▾'_/_''] aria-expanded:after:content-['▴'_/_'']`}
        aria-expanded="false"
        aria-controls={SITE_IDS.toolbar}
        {...{ [CONTROL.toolbarToggle]: "" }}
      >
        {strings.toolbar}
      </button>
    </div>
  );
}

/** The 无障碍 toolbar region, shown while it is open. `path`: the page's address (null on the 404 page). */
export function DisplayModeToolbar({ locale, path }: { locale: Locale; path: string | null }) {
  const script = pageScript(locale);
  return (
    <Toolbar
      strings={toolbarStrings(locale)}
      helpHref={routes.accessibilityHelp(locale)}
      statementHref={routes.accessibility(locale)}
      chinese={script ? { script, captionText: path === null ? null : captionTextAddress(path) } : undefined}
    />
  );
}

/**
 * The display modes' one polite live region: what a press changed, said to screen readers
 * too (WCAG 4.1.3). Visually hidden, so a message appearing or clearing never moves the page.
 */
export function DisplayModeStatus() {
  return <p id={SITE_IDS.status} role="status" className="sr-only" {...{ [CONTROL.status]: "" }} />;
}
