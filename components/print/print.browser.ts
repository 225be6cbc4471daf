/** 打印本页: the browser's print dialog; app/styles/print.css does the rest. */
export function startPrint(root: HTMLElement): void {
  root.addEventListener("click", () => window.print());
}
