import fs from "node:fs";
import zlib from "node:zlib";
import { filesUnder } from "./export-files";

/** The text formats worth compressing; images and fonts are compressed already. */
export const COMPRESSIBLE = /\.(?:html|css|js|mjs|txt|xml|svg|json|webmanifest)$/;

/**
 * Writes file.gz (gzip -9) and file.br (brotli, quality 11) beside every compressible
 * file of the export, so that nginx (gzip_static, brotli_static) sends them without
 * compressing on each request. A variant is written only when it is smaller.
 */
export function precompress(outDir: string): { files: number; written: number } {
  let files = 0;
  let written = 0;
  for (const file of filesUnder(outDir)) {
    if (!COMPRESSIBLE.test(file)) continue;
    files += 1;
    const data = fs.readFileSync(file);
    const { mtime } = fs.statSync(file);
    const variants: [string, Buffer][] = [
      [".gz", zlib.gzipSync(data, { level: 9 })],
      [
        ".br",
        zlib.brotliCompressSync(data, {
          params: {
            [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
            [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
          },
        }),
      ],
    ];
    for (const [suffix, compressed] of variants) {
      if (compressed.length >= data.length) continue;
      fs.writeFileSync(file + suffix, compressed);
      // The same modification time as the original, so Last-Modified agrees whichever is sent.
      fs.utimesSync(file + suffix, mtime, mtime);
      written += 1;
    }
  }
  return { files, written };
}
