import fs from "node:fs";
import http from "node:http";
import net from "node:net";
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

/**
 * Sends `request` as it is (so it may be malformed) to 127.0.0.1:`port` and reads the
 * status and headers of the answer, names lower-cased.
 */
export function rawRequest(port: number, request: string): Promise<Omit<RawResponse, "body">> {
  return new Promise((resolve, reject) => {
    let received = "";
    const socket = net.connect({ host: "127.0.0.1", port }, () => socket.write(request));
    socket.on("error", reject);
    socket.on("close", () => reject(new Error(`The connection closed before a complete answer: ${JSON.stringify(received)}`)));
    socket.on("data", (chunk: Buffer) => {
      received += chunk.toString("latin1");
      const end = received.indexOf("\r\n\r\n");
      if (end < 0) return;
      // The head is all that is wanted: nginx need not wait for a body that will never come.
      socket.removeAllListeners("close");
      socket.destroy();
      const [statusLine = "", ...lines] = received.slice(0, end).split("\r\n");
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0);
      const headers: http.IncomingHttpHeaders = {};
      for (const line of lines) {
        const colon = line.indexOf(":");
        if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({ status, headers });
    });
  });
}
