"use client";

/**
 * 打印本页: opens the browser's print dialog; the print stylesheet does the rest. Offered
 * only where JavaScript runs (data-requires-js).
 */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="feature-button" data-requires-js="" onClick={() => window.print()}>
      {label}
    </button>
  );
}
