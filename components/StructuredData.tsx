import { scriptJson } from "@/lib/script-json";

/** schema.org JSON-LD. It is data, not script: a hash-based CSP does not block it. */
export function StructuredData({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptJson(data) }} />;
}
