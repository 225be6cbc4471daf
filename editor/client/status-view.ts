/**
 * The content check's result as people read it, in the preview page and in the editor:
 * each problem with its file and line, in Chinese first, then in English.
 */
export interface Problem {
  file: string;
  line: number;
  field?: string;
  zh: string;
  en: string;
}

/** What the preview's event stream (/__preview/events) sends after each check. */
export interface ContentStatus {
  ok: boolean;
  problems: Problem[];
  notices: Problem[];
  /** Counts the checks: a page shown at one generation reloads when a later one passes. */
  generation: number;
  /** The files whose change led to this check. */
  changed: string[];
  checkedAt: string;
}

export function summary(status: ContentStatus): string {
  const time = new Date(status.checkedAt).toLocaleTimeString("zh-CN", { hour12: false });
  const notices = status.notices.length ? `另有 ${status.notices.length} 条提示（不影响发布）。` : "";
  return status.ok
    ? `内容检查通过（${time}）。${notices}`
    : `内容检查发现 ${status.problems.length} 处问题（${time}）：网站暂时不能发布，预览页面也不会更新，请按下面的说明改正。${notices}`;
}

/** One list item per problem: where it is, what to do in Chinese, the same in English. */
export function problemList(problems: Problem[], className = ""): HTMLUListElement {
  const list = document.createElement("ul");
  list.className = className;
  for (const problem of problems) {
    const item = document.createElement("li");
    const where = element("strong", `${problem.file} 第 ${problem.line} 行${problem.field ? `（字段 ${problem.field}）` : ""}`);
    const en = element("p", `${problem.file}, line ${problem.line}: ${problem.en}`, { fontSize: "0.875em", color: "#4b5563" });
    en.lang = "en";
    item.append(where, element("p", problem.zh), en);
    list.append(item);
  }
  return list;
}

/** A box over the page: white, dark text, scrolling when long; `style` places it. */
export function overlayBox(tag: "div" | "section", style: Partial<CSSStyleDeclaration>): HTMLElement {
  const box = document.createElement(tag);
  Object.assign(box.style, { position: "fixed", overflow: "auto", background: "#fff", color: "#1f2937", font: "16px/1.6 system-ui, sans-serif" }, style);
  return box;
}

/** An element with its text and style. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, text: string, style: Partial<CSSStyleDeclaration> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  Object.assign(node.style, style);
  return node;
}
