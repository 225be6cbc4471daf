import type modes from "@/locales/zh-CN/modes.json";

/**
 * The UI strings the two client islands need, handed to them as props by the server
 * components: the islands ship no i18n library and no dictionary, only these strings.
 */
export type HeaderStrings = (typeof modes)["header"];
export type ToolbarStrings = (typeof modes)["toolbar"];
