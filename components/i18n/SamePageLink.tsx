"use client";

import type { ReactNode } from "react";
import type { Locale } from "@/lib/locales";
import { KEEP_ANCHOR } from "./keep-anchor";
import { useSamePageHref } from "./useSamePageHref";

/** A link to the page being read, at the same place, in another language. */
export function SamePageLink({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <a href={useSamePageHref(locale)} hrefLang={locale} {...KEEP_ANCHOR}>
      {children}
    </a>
  );
}
