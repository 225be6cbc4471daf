import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { collectCspHashes, nginxCspMaps, sha256Source } from "@/scripts/lib/csp";
import { inlineScripts, parseHtml } from "@/scripts/lib/export-files";
import { precompress } from "@/scripts/lib/precompress";
import { tempFiles } from "./temp-dir";

describe("the Content-Security-Policy allows exactly the inline code each page was built with", () => {
  it("hashes text as CSP Level 3 does: SHA-256 of the UTF-8 text, base64", () => {
    // The hash of the empty string, from the CSP specification's examples.
    expect(sha256Source("")).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(sha256Source('self.__next_f.push([1,"南朗"])')).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
  });

  it("counts only inline scripts that run: not external scripts, not JSON data blocks", () => {
    const document = parseHtml(
      '<script>a()</script><script type="module">b()</script><script src="/x.js"></script>' +
        '<script type="application/ld+json">{"@type":"GovernmentOrganization"}</script><script type="text/javascript">c()</script>',
    );
    expect(inlineScripts(document)).toEqual(["a()", "b()", "c()"]);
  });

  it("lists each page's script hashes under the path nginx serves it at, and the styles site-wide", () => {
    const dir = tempFiles("csp", {
      "index.html": "<!doctype html><style>p{color:red}</style><script>home()</script>",
      "sections/a/index.html": "<!doctype html><style>p{color:red}</style><script>a()</script><script>a()</script>",
      "404.html": "<!doctype html><style>h1{}</style>",
    });
    const hashes = collectCspHashes(dir);
    expect(Object.fromEntries(hashes.scripts)).toEqual({
      "/404.html": [],
      "/index.html": [sha256Source("home()")],
      "/sections/a/index.html": [sha256Source("a()")],
    });
    expect(hashes.styles).toEqual([sha256Source("h1{}"), sha256Source("p{color:red}")].sort());
    const maps = nginxCspMaps(hashes);
    expect(maps).toContain(`    "/sections/a/index.html" " ${sha256Source("a()")}";`);
    expect(maps).toContain(`    default " ${hashes.styles.join(" ")}";`);
    expect(maps).toMatch(/map \$uri \$nanlang_csp_script_hashes \{\n {4}default "";/);
  });
});

describe("precompression for nginx's gzip_static", () => {
  it("writes .gz and .br beside text files that shrink, and leaves other files alone", () => {
    const page = "<!doctype html><p>" + "南朗镇2021年工作安排。".repeat(200) + "</p>";
    const dir = tempFiles("csp", { "index.html": page, "tiny.txt": "a", "image.png": "not really a png".repeat(100) });
    const result = precompress(dir);
    expect(zlib.gunzipSync(fs.readFileSync(path.join(dir, "index.html.gz"))).toString()).toBe(page);
    expect(zlib.brotliDecompressSync(fs.readFileSync(path.join(dir, "index.html.br"))).toString()).toBe(page);
    expect(fs.existsSync(path.join(dir, "tiny.txt.gz"))).toBe(false);
    expect(fs.existsSync(path.join(dir, "image.png.gz"))).toBe(false);
    expect(result).toEqual({ files: 2, written: 2 });
  });
});
