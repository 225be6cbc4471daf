import { usePathname } from "next/navigation";
import type { Locale } from "@/lib/locales";
import { samePageIn } from "@/lib/routes";

/**
 * The address of the page being read, in another language. A root layout cannot know
 * the page's path, so the links that need it are a small client component: the path is
 * known when the page is prerendered, so the static HTML already has the right address
 * and the link works without JavaScript. The anchor is added at the click by
 * KEEP_ANCHOR_SCRIPT.
 */
export function useSamePageHref(target: Locale): string {
  // usePathname() is null outside the App Router (e.g. a component rendered on its own);
  // the language's home page is then the one sure address.
  return samePageIn(target, usePathname() ?? "/");
}
