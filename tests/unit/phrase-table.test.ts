import { Converter } from "opencc-js/cn2t";
import { describe, expect, it } from "vitest";
import { formatProblem } from "@/lib/content/messages";
import { checkPhraseTable, loadPhraseTable, PHRASE_TABLE_FILE } from "@/lib/i18n/phrase-table";
import { getPlan } from "@/lib/content/plan";
import { hongKongConverter, toTraditional } from "@/lib/i18n/traditional";
import { occurrences, PROPER_NAMES } from "../support/proper-names";
import { tempFiles } from "./temp-dir";

/** All the text of a plan: titles, descriptions, headings, paragraphs, targets, projects. */
const planText = (locale: "zh-CN" | "zh-HK") => JSON.stringify(getPlan(locale));

describe("proper names and fixed terms in 繁體中文", () => {
  it.each(PROPER_NAMES.map((name) => [name.simplified, name.traditional] as const))("converts %s to %s", (simplified, traditional) => {
    expect(toTraditional(simplified)).toBe(traditional);
  });

  it("writes every name of the plan in its Traditional form, as often as the Simplified plan has it, and never the wrong form", () => {
    const simplified = planText("zh-CN");
    const traditional = planText("zh-HK");
    const found = PROPER_NAMES.filter((name) => occurrences(simplified, name.simplified) > 0);
    // The list is the plan's: a name it no longer has would make this test weaker without anyone noticing.
    expect(PROPER_NAMES.filter((name) => !found.includes(name)).map((name) => name.simplified)).toEqual([]);
    for (const name of PROPER_NAMES) {
      expect(occurrences(traditional, name.traditional), `${name.simplified} → ${name.traditional}`).toBe(occurrences(simplified, name.simplified));
      if (name.wrong) expect(traditional, name.wrong).not.toContain(name.wrong);
    }
  });

  it("corrects only what OpenCC alone gets wrong: the marked names, and no other character of the plan", () => {
    const plain = Converter({ from: "cn", to: "hk" });
    for (const name of PROPER_NAMES) expect(plain(name.simplified) === name.traditional, name.simplified).toBe(!name.wrong);
    // Apart from the table's words and the quotation marks, the text is OpenCC's.
    const simplified = planText("zh-CN");
    const corrected = loadPhraseTable().entries.reduce(
      (text, entry) => text.split(plain(entry.simplified)).join(entry.traditional),
      plain(simplified).replace(/“/g, "「").replace(/”/g, "」").replace(/‘/g, "『").replace(/’/g, "』"),
    );
    expect(toTraditional(simplified)).toBe(corrected);
  });
});

describe("quotation marks on 繁體中文 pages", () => {
  it("are 「」 and, inside them, 『』", () => {
    expect(toTraditional("“‘三点一线’天际景观”")).toBe("「『三點一線』天際景觀」");
    expect(toTraditional("每月开展一次“群众‘点单’民生实事活动”。")).toBe("每月開展一次「羣眾『點單』民生實事活動」。");
  });

  it("leave no “ ” ‘ ’ in the Traditional plan", () => {
    expect(planText("zh-CN")).toMatch(/[“”]/);
    expect(planText("zh-HK")).not.toMatch(/[“”‘’]/);
  });
});

describe("the phrase table in the conversion", () => {
  it("wins over OpenCC's own phrases, even where a longer dictionary word starts earlier in the text", () => {
    const plain = hongKongConverter([]);
    const withTable = hongKongConverter([
      { simplified: "冲口", traditional: "沖口" },
      { simplified: "抗日游击", traditional: "抗日游擊" },
    ]);
    expect(plain("左步、冲口、榄边")).toBe("左步、衝口、欖邊");
    expect(withTable("左步、冲口、榄边")).toBe("左步、沖口、欖邊");
    // Without the table, 日游 (a day trip) is read first and 游 becomes 遊.
    expect(plain("白企抗日游击大队")).toBe("白企抗日遊擊大隊");
    expect(withTable("白企抗日游击大队")).toBe("白企抗日游擊大隊");
    // Everything else is converted as before.
    expect(withTable("冲击头发")).toBe(plain("冲击头发"));
  });

  it("keeps the table's Traditional form as written, untouched by the Hong Kong variants step", () => {
    // OpenCC's Hong Kong step writes 着 and 裏; a form staff wrote stays as they wrote it.
    expect(hongKongConverter([])("着里")).toBe("着裏");
    expect(hongKongConverter([{ simplified: "着里", traditional: "著裡" }])("着里")).toBe("著裡");
  });
});

const ORIGINAL = { "content/zh-CN/sections/02-tourism.md": "---\norder: 2\n---\n\n将翠亨、崖口、左步、冲口、榄边、濠涌的田园风光串联起来。\n" };
const table = (yaml: string) => tempFiles("phrases", { ...ORIGINAL, [PHRASE_TABLE_FILE]: yaml });

describe("the content check of the phrase table", () => {
  it("passes the project's own table, and every entry corrects a name of the plan", () => {
    expect(checkPhraseTable()).toEqual([]);
    const { entries } = loadPhraseTable();
    expect(entries.map((e) => e.simplified)).toEqual(expect.arrayContaining(["冲口", "濠涌", "兰溪河", "保护发挥"]));
    for (const entry of entries) expect(entry.note.length, entry.simplified).toBeGreaterThan(5);
  });

  it("refuses an entry whose Simplified form is nowhere in the original, naming the file and line in Chinese and English", () => {
    const root = table("- simplified: 冲口\n  traditional: 沖口\n  note: 村名。\n\n- simplified: 冲口村\n  traditional: 沖口村\n  note: 村名。\n");
    const problems = checkPhraseTable(root);
    expect(problems).toEqual([
      expect.objectContaining({
        file: "content/zh-HK/phrases.yaml",
        line: 5,
        zh: expect.stringContaining("对照表中的“冲口村”在简体原稿（content/zh-CN）中一处也没有出现"),
        en: expect.stringContaining('The table entry "冲口村" occurs nowhere in the Simplified original'),
      }),
    ]);
    expect(formatProblem(problems[0]!)).toMatch(/^content\/zh-HK\/phrases\.yaml:5（第 5 行 \/ line 5）\n {2}对照表中的“冲口村”/);
  });

  it("refuses broken YAML, naming its line", () => {
    expect(checkPhraseTable(table("- simplified: 冲口\n  traditional: 沖口\n note: 村名。\n"))).toEqual([
      expect.objectContaining({ line: 3, zh: expect.stringContaining("YAML 写法有误"), en: expect.stringContaining("not valid YAML") }),
    ]);
  });

  it("refuses a missing field, an unknown field and two words in one entry, each at its line", () => {
    const root = table(
      [
        "- simplified: 冲口", //       1
        "  traditional: 沖口", //      2
        "- simplified: 濠涌", //       3
        "  traditional: 濠涌", //      4
        "  note: 村名。", //           5
        "  remark: 多余", //           6
        "- simplified: 冲口 榄边", //  7
        "  traditional: 沖口 欖邊", // 8
        "  note: 两个词。", //         9
        "- simplified: 濠涌", //       10
        "  traditional: 濠涌", //      11
        "  note: 村名。", //           12
        "- simplified: 濠涌村", //     13
        "  traditional: 濠涌村", //    14
        "  note: 不在原文中。", //     15
      ].join("\n"),
    );
    const problems = checkPhraseTable(root);
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [1, "note"],
      [6, "remark"],
      [7, "simplified"],
      [8, "traditional"],
      [13, "simplified"],
    ]);
    expect(problems[0]?.zh).toContain("缺少“note”（说明）");
    expect(problems[1]?.zh).toContain("无法识别的字段“remark”");
    expect(problems[2]?.zh).toContain("不能含有空格");
    expect(problems[4]?.zh).toContain("一处也没有出现");
    // Only entries of sound form reach the conversion: the 濠涌 at line 3 has a field too many.
    expect(loadPhraseTable(root).entries.map((e) => e.line)).toEqual([10, 13]);
  });

  it("refuses the same word written twice", () => {
    const problems = checkPhraseTable(
      table("- simplified: 濠涌\n  traditional: 濠涌\n  note: 村名。\n- simplified: 濠涌\n  traditional: 濠湧\n  note: 又一次。\n"),
    );
    expect(problems).toEqual([
      expect.objectContaining({ line: 4, field: "simplified", zh: expect.stringContaining("“濠涌”在对照表中出现了两次（第 1 行和第 4 行）") }),
    ]);
  });

  it("is an empty table when the file does not exist", () => {
    expect(checkPhraseTable(tempFiles("phrases", ORIGINAL))).toEqual([]);
  });
});
