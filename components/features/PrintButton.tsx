"use client";

import { useHydrated } from "./useHydrated";

/** 打印本页: opens the browser's print dialog; the print stylesheet does the rest. */
export function PrintButton({ label }: { label: string }) {
  const hydrated = useHydrated();
  if (!hydrated) return null;
  return (
    <button type="button" className="feature-button" onClick={() => window.print()}>
      {label}
    </button>
  );
}
