import { usePathname } from "next/navigation";
import { useEffect, useState, type MouseEvent } from "react";
import type { Locale } from "@/lib/locales";
import { samePageIn } from "@/lib/routes";

/**
 * The address of the page being read, in another language, with the reader's place:
 * every language has the same pages and the same anchors, so `#education` on an
 * English page is `#education` on the Chinese one. Without JavaScript the link still
 * leads to the same page (the server renders it from the path); with it, the current
 * anchor is added as soon as it changes and again at the moment of the click (a client
 * navigation changes the anchor without a hashchange event).
 */
export function useSamePageHref(target: Locale) {
  const pathname = usePathname();
  const page = samePageIn(target, pathname);
  const [hash, setHash] = useState("");
  useEffect(() => {
    const update = () => setHash(window.location.hash);
    update();
    window.addEventListener("hashchange", update);
    return () => window.removeEventListener("hashchange", update);
  }, [pathname]);
  const keepAnchor = (event: MouseEvent<HTMLAnchorElement>) => {
    event.currentTarget.href = `${page}${window.location.hash}`;
  };
  return { href: `${page}${hash}`, keepAnchor };
}
