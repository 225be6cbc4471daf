import { describe, expect, it } from "vitest";
import { chineseNumeral, formatDate, sectionNumeral } from "@/lib/i18n/format";

describe("numbers and dates as a reader of the page expects them", () => {
  it.each([
    [1, "一"],
    [9, "九"],
    [10, "十"],
    [12, "十二"],
    [20, "二十"],
    [35, "三十五"],
  ])("writes section %i as %s", (value, expected) => {
    expect(chineseNumeral(value)).toBe(expected);
  });

  it("numbers sections in Chinese numerals on Chinese pages", () => {
    expect(sectionNumeral("zh-CN", 7)).toBe("七");
  });

  it("writes the publication date in Chinese", () => {
    expect(formatDate("zh-CN", "2021-03-03")).toBe("2021年3月3日");
  });
});
