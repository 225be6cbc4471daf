import type modes from "@/locales/zh-CN/modes.json";

/** The header's and the toolbar's strings (locales/<language>/modes.json), as the server components read them. */
export type HeaderStrings = (typeof modes)["header"];
export type ToolbarStrings = (typeof modes)["toolbar"];
