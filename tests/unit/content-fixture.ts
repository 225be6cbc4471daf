import fs from "node:fs";
import path from "node:path";
import { ContentError, type ContentProblem } from "@/lib/content-errors";
import { loadPlan } from "@/lib/content";
import { tempDir } from "./temp-dir";

/** A copy of the real content in a temporary project folder, for one test to break. */
export function contentCopy() {
  const root = tempDir("content");
  const dir = path.join(root, "content", "zh-CN");
  fs.cpSync(path.resolve("content/zh-CN"), dir, { recursive: true });
  const file = (relative: string) => path.join(dir, relative);
  return {
    root,
    read: (relative: string) => fs.readFileSync(file(relative), "utf8"),
    write: (relative: string, text: string) => fs.writeFileSync(file(relative), text),
    edit: (relative: string, change: (text: string) => string) =>
      fs.writeFileSync(file(relative), change(fs.readFileSync(file(relative), "utf8"))),
    remove: (relative: string) => fs.rmSync(file(relative)),
    load: () => loadPlan({ root, contentDir: "content/zh-CN" }),
    /** The problems loading reports; fails the test if loading succeeds. */
    problems(): ContentProblem[] {
      try {
        loadPlan({ root, contentDir: "content/zh-CN" });
      } catch (error) {
        if (error instanceof ContentError) return error.problems;
        throw error;
      }
      throw new Error("expected the content to be rejected, but it loaded");
    },
  };
}

/** The line of the first line in `text` that contains `needle` (1-based). */
export function lineOf(text: string, needle: string): number {
  const index = text.split("\n").findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`"${needle}" is not in the file`);
  return index + 1;
}
