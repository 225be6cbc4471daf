import { create } from "qrcode";

/** The quiet zone around a QR code, in modules: ISO/IEC 18004 asks for at least 4. */
export const QR_QUIET_ZONE = 4;

export interface QrSymbol {
  /** Width and height in modules, quiet zone included. */
  size: number;
  /** One SVG path that draws every dark module. */
  path: string;
}

/**
 * A QR code as an SVG path, computed at build time (server only): the page ships the
 * drawing, not a QR library. Error correction M (15 %) survives a crease in a printout
 * or a phone camera at an angle, and keeps a page address at version 4 or 5.
 */
export function qrSymbol(text: string): QrSymbol {
  const { modules } = create(text, { errorCorrectionLevel: "M" });
  const { size, data } = modules;
  let path = "";
  for (let row = 0; row < size; row += 1) {
    let column = 0;
    while (column < size) {
      if (!data[row * size + column]) {
        column += 1;
        continue;
      }
      const start = column;
      while (column < size && data[row * size + column]) column += 1;
      // A run of dark modules as one rectangle one module high.
      path += `M${start + QR_QUIET_ZONE} ${row + QR_QUIET_ZONE}h${column - start}v1h-${column - start}z`;
    }
  }
  return { size: size + QR_QUIET_ZONE * 2, path };
}
