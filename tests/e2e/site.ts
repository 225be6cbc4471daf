import fs from "node:fs";
import path from "node:path";
import { contentPagePaths } from "@/lib/site-pages";

/** The sections of the plan, read from the content the site is built from. */
export function sectionSlugs(dir = "content/zh-CN/sections"): string[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => /^slug:\s*(\S+)/m.exec(fs.readFileSync(path.join(dir, name), "utf8"))?.[1] ?? "");
}

/** Every content page of the Simplified Chinese site: home, each section, projects. */
export function simplifiedPages(): string[] {
  return contentPagePaths("zh-CN");
}

/**
 * The sentences of the source document (tests/fixtures/source-body.txt), with its
 * half-width punctuation normalised to full width as the content does.
 */
export function sourceSentences(): string[] {
  const text = fs
    .readFileSync("tests/fixtures/source-body.txt", "utf8")
    .replace(/,/g, "，")
    .replace(/:/g, "：")
    .replace(/;/g, "；")
    .replace(/\(/g, "（")
    .replace(/\)/g, "）");
  return text
    .split(/\n+/)
    .flatMap((paragraph) => paragraph.trim().split(/(?<=[。；！？])/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

/** Text as a reader sees it, with all white space removed for comparison. */
export const squash = (text: string) => text.replace(/\s+/g, "");
