import { problemList, summary, type ContentStatus } from "./status-view";

/**
 * The content check in the editor: a panel in the corner that shows, after each save, what
 * the check found (the preview runs it and sends the result on its event stream).
 */
export function showContentStatus(eventsUrl: string): void {
  const panel = document.createElement("section");
  panel.setAttribute("aria-label", "内容检查");
  panel.dataset.contentStatus = "";
  Object.assign(panel.style, {
    position: "fixed",
    right: "1rem",
    bottom: "1rem",
    zIndex: "10000",
    width: "min(34rem, calc(100vw - 2rem))",
    maxHeight: "45vh",
    overflow: "auto",
    padding: "0.75rem 1rem",
    background: "#fff",
    color: "#1f2937",
    border: "2px solid #6b7280",
    borderRadius: "8px",
    boxShadow: "0 4px 16px rgb(0 0 0 / 0.25)",
    font: "16px/1.6 system-ui, sans-serif",
  });
  const title = document.createElement("h2");
  title.textContent = "内容检查";
  title.style.margin = "0";
  title.style.fontSize = "1rem";
  const toggle = document.createElement("button");
  toggle.type = "button";
  toggle.textContent = "收起";
  toggle.setAttribute("aria-expanded", "true");
  toggle.style.float = "right";
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
    const line = document.createElement("p");
    line.style.margin = "0.25rem 0";
    line.textContent = `${status.ok ? "✓" : "✗"} ${summary(status)}`;
    body.replaceChildren(line, ...(status.ok ? [] : [problemList(status.problems)]), ...(status.notices.length ? [problemList(status.notices)] : []));
    if (!status.ok && body.hidden) toggle.click();
  });
  events.addEventListener("error", () => {
    panel.style.borderColor = "#6b7280";
    body.textContent = "预览没有连接，暂时看不到检查结果（npm run edit 是否还在运行？）。";
  });
}
