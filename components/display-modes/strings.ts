import type modes from "@/locales/zh-CN/modes.json";

/**
 * The UI strings the two client islands need, handed to them as props by the server
 * components: the islands ship no i18n library and no dictionary, only these strings.
 */
export type HeaderStrings = (typeof modes)["header"];
export type ToolbarStrings = (typeof modes)["toolbar"];

/** Fills {{name}} placeholders, as i18next does on the server. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
