import fs from "node:fs";

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
