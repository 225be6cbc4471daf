"use client";

import { useState } from "react";

interface CopyLinkLabels {
  copy: string;
  copied: string;
  failed: string;
}

function selectText(element: HTMLElement) {
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/**
 * 复制本页链接. The result is said in a status region (WCAG 4.1.3) and shown below the
 * button. Where the browser refuses the clipboard, the address is selected on the page
 * so the reader can copy it by hand. Offered only where JavaScript runs (data-requires-js).
 */
export function CopyLinkButton({ url, addressId, labels }: { url: string; addressId: string; labels: CopyLinkLabels }) {
  const [result, setResult] = useState<"copied" | "failed" | undefined>();
  async function copy() {
    setResult(undefined);
    try {
      await navigator.clipboard.writeText(url);
      setResult("copied");
      return;
    } catch {
      // No clipboard API (an insecure page, an old browser) or permission refused.
    }
    const address = document.getElementById(addressId);
    if (address) selectText(address);
    let copied = false;
    try {
      copied = document.execCommand("copy");
    } catch {
      copied = false;
    }
    setResult(copied ? "copied" : "failed");
  }

  return (
    <div className="copy-link" data-requires-js="">
      <button type="button" className="feature-button" onClick={copy}>
        {labels.copy}
      </button>
      <p role="status" aria-live="polite" className="copy-link__status" data-result={result ?? ""}>
        {result ? labels[result] : ""}
      </p>
    </div>
  );
}
