"use client";

import { useEffect } from "react";
import { HYDRATED_ATTRIBUTE, HYDRATED_EVENT } from "@/lib/hydration";

/**
 * Says that React has hydrated the page: the hydration loader (lib/hydration.ts) then
 * replays the clicks it held. Placed last in <body>, so its effect runs after those of
 * every island before it.
 */
export function HydrationSignal() {
  useEffect(() => {
    document.documentElement.setAttribute(HYDRATED_ATTRIBUTE, "");
    window.dispatchEvent(new Event(HYDRATED_EVENT));
  }, []);
  return null;
}
