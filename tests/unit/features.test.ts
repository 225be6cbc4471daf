import jsQR from "jsqr";
import { describe, expect, it } from "vitest";
import { qrSymbol, QR_QUIET_ZONE } from "@/lib/qr";
import { excerptParts } from "@/lib/search";
import { scriptJson } from "@/lib/script-json";

/** Paints the SVG path of a QR symbol into an RGBA bitmap, `scale` pixels a module. */
function rasterise(size: number, path: string, scale = 4) {
  const width = size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y, run] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let column = Number(x); column < Number(x) + Number(run); column += 1) {
      for (let dy = 0; dy < scale; dy += 1) {
        for (let dx = 0; dx < scale; dx += 1) {
          const offset = ((Number(y) * scale + dy) * width + column * scale + dx) * 4;
          pixels.set([0, 0, 0, 255], offset);
        }
      }
    }
  }
  return { pixels, width };
}

describe("the QR code of a page address", () => {
  it("decodes to the address it was made from", () => {
    const url = "https://www.example.gov.cn/sections/public-services/";
    const { size, path } = qrSymbol(url);
    const { pixels, width } = rasterise(size, path);
    expect(jsQR(pixels, width, width)?.data).toBe(url);
  });

  it("keeps a quiet zone of four modules on every side", () => {
    const { size, path } = qrSymbol("https://www.example.gov.cn/");
    const coordinates = [...path.matchAll(/M(\d+) (\d+)h(\d+)/g)].map(([, x, y, run]) => [Number(x), Number(y), Number(x) + Number(run)]);
    expect(Math.min(...coordinates.map(([x]) => x!))).toBe(QR_QUIET_ZONE);
    expect(Math.min(...coordinates.map(([, y]) => y!))).toBe(QR_QUIET_ZONE);
    expect(Math.max(...coordinates.map(([, , end]) => end!))).toBe(size - QR_QUIET_ZONE);
  });
});

describe("a search excerpt", () => {
  it("splits into plain and highlighted text, decoding entities and never keeping markup", () => {
    expect(excerptParts("发展<mark>中医药</mark>城 &amp; <b>园区</b> &lt;script&gt;")).toEqual([
      { text: "发展", highlight: false },
      { text: "中医药", highlight: true },
      { text: "城 & 园区 <script>", highlight: false },
    ]);
  });
});

describe("structured data", () => {
  it("cannot close its script element early: every < is escaped", () => {
    const json = scriptJson({ headline: "</script><script>alert(1)</script>" });
    expect(json).not.toContain("<");
    expect(JSON.parse(json)).toEqual({ headline: "</script><script>alert(1)</script>" });
  });
});
