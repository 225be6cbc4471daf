import { describe, expect, it } from "vitest";
import { getPlan } from "@/lib/content/plan";
import { toTraditional, transformHtml } from "@/lib/i18n/traditional";
import { languagesCopy, planShape } from "./translation-fixture";

describe("繁體中文 is generated from the Simplified text with OpenCC, Hong Kong standard", () => {
  it("converts characters, choosing by phrase where one Simplified character has two Traditional ones", () => {
    expect(toTraditional("实施")).toBe("實施");
    expect(toTraditional("发展")).toBe("發展");
    expect(toTraditional("头发")).toBe("頭髮");
    expect(toTraditional("干部")).toBe("幹部");
  });

  it("keeps the plan's own words: no regional vocabulary is swapped in", () => {
    // Taiwan phrase conversion would give 建立, 資訊, 即時 and 資料.
    expect(toTraditional("创建信息实时数据")).toBe("創建信息實時數據");
  });

  it("converts the text of HTML and leaves ids and hrefs exactly as they were", () => {
    const html =
      '<h2 id="ten-projects">做好十件民生实事。</h2><p>见<a href="/sections/livelihood/#ten-projects">十件实事</a>和<a href="https://example.com/?q=实施">实施</a>。</p><img src="/图.png" alt="实施图">';
    const out = transformHtml(html, { text: toTraditional });
    expect(out).toContain('<h2 id="ten-projects">做好十件民生實事。</h2>');
    expect(out).toContain('<a href="/sections/livelihood/#ten-projects">十件實事</a>');
    expect(out).toContain('<a href="https://example.com/?q=实施">實施</a>');
    expect(out).toContain('src="/图.png"');
    expect(out).toContain('alt="實施圖"');
  });
});

describe("the 繁體中文 plan", () => {
  const plan = getPlan("zh-HK");
  const simplified = getPlan("zh-CN");

  it("is the Simplified plan in Traditional characters: titles, headings, text and projects", () => {
    expect(plan.sections[0]?.title).toBe("實施重大產業平台「頭號工程」，打造灣區生物醫藥中心。");
    expect(plan.sections[0]?.headings[0]).toMatchObject({ id: "strategic-platform", text: "提升戰略平台，增強政策優勢。" });
    expect(plan.sections[0]?.html).toContain('<h2 id="strategic-platform">提升戰略平台，增強政策優勢。</h2>');
    expect(plan.livelihoodProjects.projects[0]?.title).toBe("實施南朗鎮教育提質工程");
    expect(plan.overview.description).toContain("產業平台");
    expect(plan.sections.map((s) => s.lang)).toEqual(Array(9).fill("zh-HK"));
  });

  it("keeps every slug, order, anchor, date and project reference of the original", () => {
    expect(planShape(plan)).toEqual(planShape(simplified));
  });

  it("leaves no Simplified-only character in the words that the conversion covers", () => {
    const text = JSON.stringify(plan);
    for (const simplifiedOnly of ["实施", "发展", "产业", "项目", "国家", "经济"]) expect(text).not.toContain(simplifiedOnly);
  });
});

describe("a hand-written 繁體中文 file in content/zh-HK replaces the generated one", () => {
  const handWritten = (slug = "tourism") => `---
order: 2
slug: ${slug}
title: 推進孫中山故里旅遊區整體提升（人手修訂稿）。
---

人手修訂的引言。

## 全力以赴做好孫中山故里景區復核。 {#scenic-area-review}

修訂文字。

## 積極創建國家全域旅遊示範區。 {#all-area-tourism}

修訂文字。

## 積極推進國際商務旅遊濱海綠道系統規劃建設。 {#coastal-greenway}

修訂文字。

## 鼓勵發展民宿產業。 {#homestays}

修訂文字。
`;

  it("shows the hand-written text for that file, and the generated text for the others", () => {
    const content = languagesCopy();
    content.write("zh-HK/sections/02-tourism.md", handWritten());
    const plan = content.load("zh-HK");
    const tourism = plan.sections.find((s) => s.slug === "tourism");
    expect(tourism).toMatchObject({ title: "推進孫中山故里旅遊區整體提升（人手修訂稿）。", file: "content/zh-HK/sections/02-tourism.md", lang: "zh-HK" });
    expect(tourism?.html).toContain("人手修訂的引言。");
    expect(plan.sections.find((s) => s.slug === "biomedicine")?.title).toBe("實施重大產業平台「頭號工程」，打造灣區生物醫藥中心。");
  });

  it("is checked by the same loader, with the file and line of a mistake", () => {
    const content = languagesCopy();
    content.write("zh-HK/sections/02-tourism.md", handWritten("Tourism"));
    expect(content.problems("zh-HK")).toContainEqual(
      expect.objectContaining({ file: "content/zh-HK/sections/02-tourism.md", line: 3, field: "slug", zh: expect.stringContaining("小写英文字母") }),
    );
  });
});
