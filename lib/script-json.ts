/**
 * JSON for a <script> data block (the JSON-LD of lib/structured-data.ts, the hydration
 * note of lib/hydration.ts). "<" is escaped so that no text in the data (a title
 * containing "</script>") can end the script element early. A plain module with no
 * imports: client code uses it too.
 */
export function scriptJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
