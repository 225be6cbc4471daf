"use client";

import type { ReactNode } from "react";
import type { Locale } from "@/lib/locales";
import { useSamePageHref } from "./useSamePageHref";

/** A link to the page being read, at the same place, in another language. */
export function SamePageLink({ locale, children }: { locale: Locale; children: ReactNode }) {
  const { href, keepAnchor } = useSamePageHref(locale);
  return (
    <a href={href} onClick={keepAnchor} hrefLang={locale}>
      {children}
    </a>
  );
}
