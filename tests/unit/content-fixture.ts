import fs from "node:fs";
import path from "node:path";
import { loadPlan, type Plan } from "@/lib/content";
import { checkContent, checkReport } from "@/lib/content/check";
import { ContentError, type ContentProblem } from "@/lib/content/messages";
import { tempDir, writeFile } from "./temp-dir";

/**
 * A copy of the real content of some languages (content/<language>) in a temporary
 * project folder, for one test to change. File names are relative to `base` inside the
 * project; `load` reads the copy as the test's loader does.
 */
export function projectCopy<Args extends unknown[]>(options: { languages: string[]; base: string; load: (root: string, ...args: Args) => Plan }) {
  const root = tempDir("content");
  for (const language of options.languages) {
    fs.cpSync(path.resolve("content", language), path.join(root, "content", language), { recursive: true });
  }
  const dir = path.join(root, options.base);
  const read = (relative: string) => fs.readFileSync(path.join(dir, relative), "utf8");
  const write = (relative: string, text: string) => writeFile(dir, relative, text);
  const load = (...args: Args) => options.load(root, ...args);
  return {
    root,
    read,
    write,
    edit: (relative: string, change: (text: string) => string) => write(relative, change(read(relative))),
    remove: (relative: string) => fs.rmSync(path.join(dir, relative)),
    load,
    /** The whole check of the copy (every language), and what it prints. */
    check() {
      const result = checkContent({ root });
      const output = checkReport(result);
      return { ...result, output, lines: output.split("\n").length };
    },
    /** Writes a file anywhere in the project copy (e.g. public/images/map.png). */
    writeProjectFile: (relative: string, text: string | Buffer) => {
      fs.mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
      fs.writeFileSync(path.join(root, relative), text);
    },
    /** Writes bytes (another encoding) to a content file. */
    writeBytes: (relative: string, bytes: Buffer) => fs.writeFileSync(path.join(dir, relative), bytes),
    /** The problems loading reports; fails the test if loading succeeds. */
    problems(...args: Args): ContentProblem[] {
      try {
        load(...args);
      } catch (error) {
        if (error instanceof ContentError) return error.problems;
        throw error;
      }
      throw new Error(`expected the content in ${options.base}${args.length ? ` for ${args.join(", ")}` : ""} to be rejected, but it loaded`);
    },
  };
}

/** A copy of the real content (content/zh-CN) in a temporary project folder, for one test to break. */
export function contentCopy() {
  return projectCopy({ languages: ["zh-CN"], base: "content/zh-CN", load: (root) => loadPlan({ root, contentDir: "content/zh-CN" }) });
}

/** The line of the first line in `text` that contains `needle` (1-based). */
export function lineOf(text: string, needle: string): number {
  const index = text.split("\n").findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`"${needle}" is not in the file`);
  return index + 1;
}
