import { getTranslator } from "@/lib/i18n";
import type { Locale } from "@/lib/locales";
import { routes } from "@/lib/routes";
import { HeaderButtons } from "./HeaderButtons";
import type { HeaderStrings, ToolbarStrings } from "./strings";
import { Toolbar } from "./Toolbar";

/*
 * Server components that hand the client islands their strings as props (see strings.ts).
 * SiteHeader places the buttons in its tools slot and the toolbar right after the
 * header bar, so the toolbar comes next in reading and Tab order when it is opened.
 */

function headerStrings(locale: Locale): HeaderStrings {
  return getTranslator(locale, "modes")("header", { returnObjects: true }) as unknown as HeaderStrings;
}

/** 长者助手 and 无障碍, in the header's tools slot. */
export function DisplayModeButtons({ locale }: { locale: Locale }) {
  return <HeaderButtons strings={headerStrings(locale)} />;
}

/** The 无障碍 toolbar region, closed until the 无障碍 button opens it. */
export function DisplayModeToolbar({ locale }: { locale: Locale }) {
  const strings = getTranslator(locale, "modes")("toolbar", { returnObjects: true }) as unknown as ToolbarStrings;
  return (
    <Toolbar
      strings={strings}
      elderName={headerStrings(locale).elder}
      helpHref={routes.accessibilityHelp(locale)}
      statementHref={routes.accessibility(locale)}
    />
  );
}
