/**
 * 复制本页链接 (components/copy-link/CopyLinkButton.tsx). The address is the one the page
 * was built with (data-url, checked to be a web address). Where the clipboard is refused
 * (an insecure page, an old browser, a permission), the address shown beside the button
 * is selected so the reader can copy it by hand, and the message says how.
 */
import { readModuleStrings } from "@/lib/modules/strings";
import { PAGE_ADDRESS_ATTRIBUTE } from "../page-tools/page-address";

function selectText(element: Element) {
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

export function startCopyLink(root: HTMLElement): void {
  const strings = readModuleStrings(root, ["copied", "failed"] as const);
  const url = root.dataset.url ?? "";
  if (!/^https?:\/\//.test(url)) throw new Error("The copy-link button has no web address to copy.");
  const button = root.querySelector("button");
  const status = root.querySelector('[role="status"]');
  if (!button || !status) throw new Error("The copy-link button's markup is incomplete.");

  button.addEventListener("click", async () => {
    status.textContent = "";
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      const address = root.closest("section")?.querySelector(`[${PAGE_ADDRESS_ATTRIBUTE}]`);
      if (address) selectText(address);
      try {
        copied = document.execCommand("copy");
      } catch {
        copied = false;
      }
    }
    root.dataset.result = copied ? "copied" : "failed";
    status.textContent = copied ? strings.copied : strings.failed;
  });
}
