import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { filesUnder } from "@/scripts/lib/export-files";
import { copyProject, type BuildResult, type ProjectCopy } from "../support/project-copy";

/**
 * The site's public address (SITE_URL, lib/seo/site-address.ts), built for real in a copy of
 * the project: a build for publication without a usable address stops before anything is
 * written and leaves no export behind; one with the address carries it everywhere, and
 * nowhere the address of the machine that built it.
 */

// One copy of the project, built case by case: in order, one worker.
test.describe.configure({ mode: "serial" });

let project: ProjectCopy;
test.beforeAll(() => {
  project = copyProject("site-address");
});
test.afterAll(() => {
  project?.remove();
});

/** A complete-looking export and CSP file from an earlier build, to see them removed. */
function leaveAnEarlierBuild() {
  fs.mkdirSync(path.join(project.dir, "out"), { recursive: true });
  fs.writeFileSync(path.join(project.dir, "out", "index.html"), "<!doctype html><title>earlier build</title>");
  fs.mkdirSync(path.join(project.dir, "deploy", "generated"), { recursive: true });
  fs.writeFileSync(path.join(project.dir, "deploy", "generated", "csp-hashes.conf"), "# earlier build\n");
}

/** `npm run build` as someone deploying would run it: no preview switch, SITE_URL as given. */
function buildForPublication(siteUrl: string | undefined): Promise<BuildResult> {
  return project.build({ SITE_PREVIEW: undefined, SITE_URL: siteUrl });
}

const refusedCases: { name: string; siteUrl: string | undefined; says: string[] }[] = [
  {
    name: "without SITE_URL",
    siteUrl: undefined,
    says: [
      "✗ 没有设置网站的公开地址 SITE_URL，不能构建用于发布的网站",
      "✗ SITE_URL, the site's public address, is not set, so no site for publication can be built",
      "Build with: SITE_URL=https://www.example.gov.cn npm run build",
      "use npm run serve (or npm run build:preview)",
    ],
  },
  {
    name: "with the address of the machine that builds it",
    siteUrl: "http://127.0.0.1:3000",
    says: ['✗ SITE_URL "http://127.0.0.1:3000" 指向构建它的这台电脑', '✗ SITE_URL "http://127.0.0.1:3000" points at the machine that builds it'],
  },
  {
    name: "with a path and a query after the host",
    siteUrl: "https://www.example.gov.cn/nanlang/?v=1",
    says: ['✗ SITE_URL "https://www.example.gov.cn/nanlang/?v=1" 不是可用的网站地址', 'it must not contain a "?" query or a "#" fragment'],
  },
  {
    name: "with another scheme",
    siteUrl: "ftp://www.example.gov.cn",
    says: ["its scheme must be https (or http), not ftp"],
  },
];

for (const { name, siteUrl, says } of refusedCases) {
  test(`a build for publication ${name} stops with a plain message and leaves no export behind`, async () => {
    test.setTimeout(120_000);
    leaveAnEarlierBuild();
    const result = await buildForPublication(siteUrl);
    expect(result.code, result.output).not.toBe(0);
    for (const words of says) expect(result.output).toContain(words);
    // Refused before the content check and next build ran: no stack trace, no build output.
    expect(result.output).not.toMatch(/\n\s+at /);
    expect(result.output).not.toContain("Creating an optimized production build");
    expect(fs.existsSync(path.join(project.dir, "out")), "out/ after a refused build").toBe(false);
    expect(fs.existsSync(path.join(project.dir, "deploy", "generated")), "deploy/generated after a refused build").toBe(false);
  });
}

test("a build for publication carries its address in every full URL and never the builder's machine", async () => {
  test.setTimeout(600_000);
  const result = await buildForPublication("https://www.example.gov.cn/");
  expect(result.code, result.output).toBe(0);
  expect(result.output).toContain("✓ 网站公开地址 / Public address: https://www.example.gov.cn");
  expect(result.output).not.toContain("Local preview build");
  const out = path.join(project.dir, "out");
  const textFiles = filesUnder(out)
    .map((file) => path.relative(out, file))
    .filter((file) => /\.(?:html|txt|xml|json|webmanifest|js|css|svg)$/.test(file));
  expect(textFiles.length).toBeGreaterThan(50);
  const loopback: string[] = [];
  for (const file of textFiles) {
    const text = fs.readFileSync(path.join(out, file), "utf8");
    // Next's own scripts mention "localhost" in code of theirs (a URL polyfill), never as an address of the site.
    const pattern = file.endsWith(".js") ? /\b127\.0\.0\.1(?::\d+)?|\[::1\]/g : /\b(?:127\.0\.0\.1|localhost)(?::\d+)?|\[::1\]/g;
    for (const match of text.matchAll(pattern)) loopback.push(`${file}: ${match[0]}`);
  }
  expect(loopback).toEqual([]);
  const robots = fs.readFileSync(path.join(out, "robots.txt"), "utf8");
  expect(robots).toMatch(/^Allow: \/$/m);
  expect(robots).toContain("Sitemap: https://www.example.gov.cn/sitemap.xml");
  const home = fs.readFileSync(path.join(out, "index.html"), "utf8");
  expect(home).toContain('<link rel="canonical" href="https://www.example.gov.cn/"/>');
  const sitemap = fs.readFileSync(path.join(out, "sitemap.xml"), "utf8");
  expect(sitemap).toContain("<loc>https://www.example.gov.cn/sections/biomedicine/</loc>");
});
