import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { EXPORT_DIR } from "@/scripts/lib/build-paths";
import { htmlFiles, pageAddress } from "@/scripts/lib/export-files";

/** The export the tests check: out/ as `npm run build` left it. */
export const OUT_DIR = EXPORT_DIR;

export function requireExport(): void {
  if (!fs.existsSync(path.join(OUT_DIR, "index.html"))) {
    throw new Error("out/ has no export: run `npm run build` before these tests.");
  }
}

/** Every page of the export as the address a reader uses (/, /sections/x/, /404.html …). */
export function exportedPages(): string[] {
  requireExport();
  return htmlFiles(OUT_DIR).map((file) => pageAddress(OUT_DIR, file));
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** One HTTP request whose body is returned as sent (not decompressed, redirects not followed). */
export function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
        response.on("error", reject);
      })
      .on("error", reject);
  });
}
