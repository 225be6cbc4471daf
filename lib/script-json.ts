/**
 * JSON for a <script> data block (the JSON-LD of lib/seo/structured-data.ts, the strings of
 * a browser module: components/ModuleStrings.tsx). "<" is escaped so that no text in the
 * data (a title containing "</script>") can end the script element early.
 */
export function scriptJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
