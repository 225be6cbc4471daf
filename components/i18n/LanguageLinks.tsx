"use client";

import type { Locale } from "@/lib/locales";
import { routes } from "@/lib/routes";
import { KEEP_ANCHOR } from "./keep-anchor";
import { useSamePageHref } from "./useSamePageHref";

interface LanguageChoice {
  locale: Locale;
  /** The language's name in itself: 简体中文, 繁體中文, English. */
  autonym: string;
}

/** One language of the switcher: the same page and place, in that language. */
function SamePageLanguageLink({ choice, current }: { choice: LanguageChoice; current: boolean }) {
  return <LanguageLink choice={choice} current={current} href={useSamePageHref(choice.locale)} keepAnchor />;
}

function LanguageLink({ choice, current, href, keepAnchor }: { choice: LanguageChoice; current: boolean; href: string; keepAnchor?: boolean }) {
  return (
    // A plain <a>: each language has its own root layout (its own <html lang>), so the
    // switch is a full page load, which also works before the page's script has run.
    <a
      href={href}
      {...(keepAnchor ? KEEP_ANCHOR : {})}
      lang={choice.locale}
      hrefLang={choice.locale}
      aria-current={current ? "true" : undefined}
      className="language-switcher__link"
    >
      {choice.autonym}
    </a>
  );
}

export function LanguageLinks({ current, languages, to }: { current: Locale; languages: LanguageChoice[]; to: "same-page" | "home" }) {
  return (
    <ul className="language-switcher__list">
      {languages.map((choice) => (
        <li key={choice.locale}>
          {to === "home" ? (
            <LanguageLink choice={choice} current={choice.locale === current} href={routes.home(choice.locale)} />
          ) : (
            <SamePageLanguageLink choice={choice} current={choice.locale === current} />
          )}
        </li>
      ))}
    </ul>
  );
}
