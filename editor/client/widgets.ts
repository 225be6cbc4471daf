import { decap, plain, type WidgetProps } from "./decap";

/** The widget that shows a value without letting anyone change it: a translation's structural fields. */
export const READONLY_WIDGET = "readonly";

/** How a read-only value reads: a related paragraph as `livelihood #ten-projects`, a list one per line. */
export function describeValue(value: unknown): string {
  if (Array.isArray(value)) return value.map(describeValue).join("\n");
  if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (typeof record.section === "string") return `${record.section}${record.anchor ? ` #${String(record.anchor)}` : ""}`;
    return Object.entries(record)
      .map(([key, item]) => `${key}: ${describeValue(item)}`)
      .join("，");
  }
  return value === undefined || value === null ? "" : String(value);
}

export function registerReadonlyWidget(): void {
  const { CMS, h } = decap();
  function ReadonlyControl({ value, forID, classNameWrapper }: WidgetProps) {
    return h(
      "div",
      { id: forID, className: classNameWrapper, "aria-readonly": "true", style: { whiteSpace: "pre-line", background: "#f3f4f6", color: "#1f2937" } },
      describeValue(plain(value)),
      h("small", { style: { display: "block", marginTop: "0.5em", color: "#4b5563" } }, "译文中这一项与原文相同，不能修改。"),
    );
  }
  function ReadonlyPreview({ value }: { value: unknown }) {
    return h("span", null, describeValue(plain(value)));
  }
  CMS.registerWidget(READONLY_WIDGET, ReadonlyControl, ReadonlyPreview);
}
