import { element, overlayBox, problemList, summary, type ContentStatus } from "./status-view";

/**
 * In the pages of `npm run dev` only (the preview puts this module into every page it
 * serves): reloads the page when saved content passes the check, and shows the problems
 * over the page when it does not, until they are fixed.
 */
const shownGeneration = Number(new URL(import.meta.url).searchParams.get("generation"));
let box: HTMLElement | undefined;

function show(status: ContentStatus): void {
  box?.remove();
  box = overlayBox("div", {
    inset: "0 0 auto 0",
    zIndex: "2147483647",
    maxHeight: "70vh",
    padding: "1rem 1.25rem",
    borderBottom: "6px solid #b91c1c",
    boxShadow: "0 4px 16px rgb(0 0 0 / 0.3)",
    fontSize: "18px",
  });
  box.setAttribute("role", "alert");
  box.lang = "zh-CN";
  box.dataset.contentProblems = "";
  const heading = element("h2", "内容有误，页面没有更新", { margin: "0 0 0.5rem", color: "#b91c1c" });
  const lead = element("p", `${summary(status)} 改正并保存后，页面会自动刷新。`);
  const english = element("p", "The content has a mistake, so this page was not updated. Fix it and save: the page reloads by itself.", {
    fontSize: "0.875em",
  });
  english.lang = "en";
  box.append(heading, lead, english, problemList(status.problems));
  document.body.prepend(box);
}

// The page's address lets the preview have it rendered while it checks a save.
const events = new EventSource(`/__preview/events?page=${encodeURIComponent(location.pathname + location.search)}`);
events.addEventListener("status", (event) => {
  const status = JSON.parse((event as MessageEvent<string>).data) as ContentStatus;
  if (!status.ok) show(status);
  else if (status.generation !== shownGeneration) location.reload();
  else box?.remove();
});
