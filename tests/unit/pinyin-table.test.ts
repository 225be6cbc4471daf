import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkContent } from "@/lib/content/check";
import { checkPinyinTable, loadPinyinTable, PINYIN_TABLE_FILE } from "@/lib/i18n/pinyin-table";
import { tempFiles } from "./temp-dir";

const ORIGINAL = { "content/zh-CN/sections/02-tourism.md": "---\norder: 2\n---\n\n将翠亨、崖口、左步、冲口、榄边、濠涌的田园风光串联起来。\n" };
const table = (yaml: string) => tempFiles("pinyin", { ...ORIGINAL, [PINYIN_TABLE_FILE]: yaml });

describe("the reviewed 拼音 table (content/zh-CN/pinyin.yaml)", () => {
  it("passes the project's own table, which reads the village 濠涌 háo chōng", () => {
    expect(checkPinyinTable()).toEqual([]);
    expect(loadPinyinTable().entries).toContainEqual(expect.objectContaining({ word: "濠涌", pinyin: "háo chōng" }));
  });

  it("refuses, each at its line in Chinese and English: a word not in Chinese, a reading that does not give each character a syllable, a word not in the original", () => {
    const root = table(
      [
        "# 注释", //                 1
        "濠涌: háo chōng # 村名", // 2
        "WCAG: wèi", //              3
        "冲口: chōng", //            4
        "榄边: lan3 bian1", //       5
        "冲口村: chōng kǒu cūn", //  6
      ].join("\n"),
    );
    const problems = checkPinyinTable(root);
    expect(problems.map((problem) => problem.line)).toEqual([3, 4, 5, 6]);
    expect(problems.every((problem) => problem.file === PINYIN_TABLE_FILE)).toBe(true);
    expect(problems[0]?.zh).toContain("“WCAG”不是一个中文词");
    expect(problems[1]?.zh).toContain("“冲口”的拼音“chōng”应为 2 个带声调的音节");
    expect(problems[2]?.en).toContain('The pinyin "lan3 bian1" of "榄边" must be 2 syllables with tone marks');
    expect(problems[3]?.zh).toContain("“冲口村”在简体原稿（content/zh-CN）中一处也没有出现");
    expect(loadPinyinTable(root).entries).toEqual([{ word: "濠涌", pinyin: "háo chōng", line: 2 }]);
  });

  it("refuses a word written twice, and a list instead of lines of 词: 拼音", () => {
    expect(checkPinyinTable(table("濠涌: háo chōng\n濠涌: háo yǒng\n"))).toEqual([
      expect.objectContaining({ line: 2, zh: expect.stringContaining("拼音对照表的写法有误") }),
    ]);
    expect(checkPinyinTable(table("- 濠涌: háo chōng\n"))).toEqual([expect.objectContaining({ line: 1, zh: expect.stringContaining("一行一条") })]);
  });

  it("while a file of the original is not UTF-8 text, refuses no entry for not occurring in it: that file's own problem comes first", () => {
    const root = table("濠涌: háo chōng\n冲口村: chōng kǒu cūn\n");
    // The section saved again as GBK: its 濠涌 can no longer be read.
    fs.writeFileSync(path.join(root, "content/zh-CN/sections/02-tourism.md"), Buffer.from("2d2d2d0a6f726465723a20320a2d2d2d0a0ae5a5e3d3bf0a", "hex"));
    expect(checkPinyinTable(root)).toEqual([]);
    expect(loadPinyinTable(root).entries.map((entry) => entry.word)).toEqual(["濠涌", "冲口村"]);
  });

  it("is part of the content check that the build runs", () => {
    const result = checkContent({ root: table("濠涌村: háo chōng cūn\n") });
    expect(result.problems).toContainEqual(expect.objectContaining({ file: PINYIN_TABLE_FILE, line: 1 }));
  });
});
