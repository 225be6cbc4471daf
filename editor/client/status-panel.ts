import { element, overlayBox, problemList, summary, type ContentStatus } from "./status-view";

/**
 * The content check in the editor: a panel in the corner that shows, after each save, what
 * the check found (the preview runs it and sends the result on its event stream).
 */
export function showContentStatus(eventsUrl: string): void {
  const panel = overlayBox("section", {
    right: "1rem",
    bottom: "1rem",
    zIndex: "10000",
    width: "min(34rem, calc(100vw - 2rem))",
    maxHeight: "45vh",
    padding: "0.75rem 1rem",
    border: "2px solid #6b7280",
    borderRadius: "8px",
    boxShadow: "0 4px 16px rgb(0 0 0 / 0.25)",
  });
  panel.setAttribute("aria-label", "内容检查");
  panel.dataset.contentStatus = "";
  const title = element("h2", "内容检查", { margin: "0", fontSize: "1rem" });
  const toggle = element("button", "收起", { float: "right" });
  toggle.type = "button";
  toggle.setAttribute("aria-expanded", "true");
  const body = document.createElement("div");
  body.setAttribute("role", "status");
  body.textContent = "正在连接预览……";
  toggle.addEventListener("click", () => {
    const open = body.hidden;
    body.hidden = !open;
    toggle.textContent = open ? "收起" : "展开";
    toggle.setAttribute("aria-expanded", String(open));
  });
  panel.append(toggle, title, body);
  document.body.append(panel);

  const events = new EventSource(eventsUrl);
  events.addEventListener("status", (event) => {
    const status = JSON.parse((event as MessageEvent<string>).data) as ContentStatus;
    panel.style.borderColor = status.ok ? "#15803d" : "#b91c1c";
    const line = element("p", `${status.ok ? "✓" : "✗"} ${summary(status)}`, { margin: "0.25rem 0" });
    body.replaceChildren(line, ...(status.ok ? [] : [problemList(status.problems)]), ...(status.notices.length ? [problemList(status.notices)] : []));
    if (!status.ok && body.hidden) toggle.click();
  });
  events.addEventListener("error", () => {
    panel.style.borderColor = "#6b7280";
    body.textContent = "预览没有连接，暂时看不到检查结果（npm run edit 是否还在运行？）。";
  });
}
