import fs from "node:fs";
import path from "node:path";
import { ContentError, type ContentProblem } from "@/lib/content-errors";
import type { Locale } from "@/lib/locales";
import { getPlan } from "@/lib/plan";
import { tempDir } from "./temp-dir";

/**
 * A copy of the real content of every language (content/zh-CN and content/en) in a
 * temporary project folder, for one test to change: `write("zh-HK/…")` adds a
 * hand-written Traditional file, `remove("en/…")` takes an English file away.
 */
export function languagesCopy() {
  const root = tempDir("languages");
  for (const language of ["zh-CN", "en"]) {
    fs.cpSync(path.resolve("content", language), path.join(root, "content", language), { recursive: true });
  }
  const file = (relative: string) => path.join(root, "content", relative);
  return {
    root,
    read: (relative: string) => fs.readFileSync(file(relative), "utf8"),
    write: (relative: string, text: string) => {
      fs.mkdirSync(path.dirname(file(relative)), { recursive: true });
      fs.writeFileSync(file(relative), text);
    },
    edit: (relative: string, change: (text: string) => string) =>
      fs.writeFileSync(file(relative), change(fs.readFileSync(file(relative), "utf8"))),
    remove: (relative: string) => fs.rmSync(file(relative)),
    plan: (locale: Locale) => getPlan(locale, { root }),
    /** The problems loading a language reports; fails the test if it loads. */
    problems(locale: Locale): ContentProblem[] {
      try {
        getPlan(locale, { root });
      } catch (error) {
        if (error instanceof ContentError) return error.problems;
        throw error;
      }
      throw new Error(`expected the ${locale} content to be rejected, but it loaded`);
    },
  };
}
