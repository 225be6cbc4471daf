// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { HomePage } from "@/components/pages/HomePage";
import { SiteHeader } from "@/components/SiteHeader";
import type { LivelihoodProject } from "@/lib/content";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { countWord, englishNumberWord, planLabel } from "@/lib/i18n/plan-counts";
import { languagesCopy } from "./translation-fixture";

// The pages read the plan of a copied project folder, in which a test adds or removes projects.
const project = vi.hoisted(() => ({ root: "" }));
vi.mock("@/lib/content/plan", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/content/plan")>();
  return { getPlan: (locale: Parameters<typeof actual.getPlan>[0]) => actual.getPlan(locale, { root: project.root }) };
});

/** The labels that count the projects and sections, for plans of 9, 10 and 11 of each. */
const LABELS: Record<Locale, Record<9 | 10 | 11, { projects: string; sections: string; link: string }>> = {
  "zh-CN": {
    9: { projects: "九件民生实事", sections: "九个方面的重点工作", link: "查看九件民生实事及其相关段落" },
    10: { projects: "十件民生实事", sections: "十个方面的重点工作", link: "查看十件民生实事及其相关段落" },
    11: { projects: "十一件民生实事", sections: "十一个方面的重点工作", link: "查看十一件民生实事及其相关段落" },
  },
  "zh-HK": {
    9: { projects: "九件民生實事", sections: "九個方面的重點工作", link: "查看九件民生實事及其相關段落" },
    10: { projects: "十件民生實事", sections: "十個方面的重點工作", link: "查看十件民生實事及其相關段落" },
    11: { projects: "十一件民生實事", sections: "十一個方面的重點工作", link: "查看十一件民生實事及其相關段落" },
  },
  en: {
    9: {
      projects: "Nine livelihood projects",
      sections: "Key tasks in nine areas",
      link: "See the nine livelihood projects and the paragraphs of the plan that cover them",
    },
    10: {
      projects: "Ten livelihood projects",
      sections: "Key tasks in ten areas",
      link: "See the ten livelihood projects and the paragraphs of the plan that cover them",
    },
    11: {
      projects: "Eleven livelihood projects",
      sections: "Key tasks in eleven areas",
      link: "See the eleven livelihood projects and the paragraphs of the plan that cover them",
    },
  },
};

describe("numbers in words, as the plan counts", () => {
  it("writes Chinese quantities with 两 for two, in either script", () => {
    expect([1, 2, 9, 10, 11, 12, 20, 22].map((n) => countWord("zh-CN", n))).toEqual(["一", "两", "九", "十", "十一", "十二", "二十", "二十二"]);
    expect(countWord("zh-HK", 2)).toBe("兩");
  });

  it("writes English numbers in words up to ninety-nine", () => {
    expect([1, 9, 10, 11, 19, 20, 21, 99, 100].map(englishNumberWord)).toEqual([
      "one",
      "nine",
      "ten",
      "eleven",
      "nineteen",
      "twenty",
      "twenty-one",
      "ninety-nine",
      "100",
    ]);
  });

  it.each(LOCALES)("fills the %s labels from the counts it is given", (locale) => {
    for (const count of [9, 10, 11] as const) {
      const counts = { projects: count, sections: count };
      expect(planLabel(locale, "nav.projects", "common", counts)).toBe(LABELS[locale][count].projects);
      expect(planLabel(locale, "home.projectsHeading", "common", counts)).toBe(LABELS[locale][count].projects);
      expect(planLabel(locale, "home.sectionsHeading", "common", counts)).toBe(LABELS[locale][count].sections);
      expect(planLabel(locale, "home.projectsLink", "common", counts)).toBe(LABELS[locale][count].link);
    }
  });
});

// Each test renders the header and the home page of every language: seconds, more on a busy machine.
describe("the labels that count the plan follow the content", { timeout: 30_000 }, () => {
  let content: ReturnType<typeof languagesCopy>;
  beforeEach(() => {
    content = languagesCopy();
    project.root = content.root;
  });

  /** Adds (or, with a negative number, removes from the end) projects in projects.md of a language. */
  const changeProjects = (language: "zh-CN" | "en", by: number) =>
    content.edit(`${language}/projects.md`, (text) => {
      if (by < 0) {
        const starts = [...text.matchAll(/^ {2}- number: /gm)].map((m) => m.index);
        return text.slice(0, starts[starts.length + by]) + "---\n";
      }
      const extra: LivelihoodProject = {
        number: 11,
        title: language === "en" ? "An eleventh project" : "第十一件实事",
        related: [{ section: "livelihood", anchor: "ten-projects" }],
      };
      return text.replace(
        /\n---\n*$/,
        `\n  - number: ${extra.number}\n    title: ${extra.title}\n    related:\n      - { section: livelihood, anchor: ten-projects }\n---\n`,
      );
    });

  it.each([
    [9, -1],
    [10, 0],
    [11, 1],
  ] as const)("names %i projects in the header and on the home page of every language", (count, by) => {
    if (by) {
      changeProjects("zh-CN", by);
      changeProjects("en", by);
    }
    for (const locale of LOCALES) {
      const header = render(<SiteHeader locale={locale} path={null} />);
      expect(within(header.container).getByRole("link", { name: LABELS[locale][count].projects })).toBeTruthy();
      header.unmount();
      const home = render(<HomePage locale={locale} />);
      expect(screen.getByRole("heading", { level: 2, name: LABELS[locale][count].projects })).toBeTruthy();
      expect(screen.getByRole("link", { name: LABELS[locale][count].link })).toBeTruthy();
      // The nine sections are unchanged.
      expect(screen.getByRole("heading", { level: 2, name: LABELS[locale][9].sections })).toBeTruthy();
      home.unmount();
    }
  });

  it("names a tenth section when there is one", () => {
    for (const language of ["zh-CN", "en"] as const) {
      content.write(
        `${language}/sections/10-digital.md`,
        `---\norder: 10\nslug: digital\ntitle: ${language === "en" ? "Build a digital Nanlang." : "建设数字南朗。"}\n---\n\n${language === "en" ? "Text." : "正文。"}\n\n## ${language === "en" ? "Digital services." : "数字服务。"} {#digital-services}\n\n${language === "en" ? "Text." : "正文。"}\n`,
      );
    }
    for (const locale of LOCALES) {
      const home = render(<HomePage locale={locale} />);
      expect(screen.getByRole("heading", { level: 2, name: LABELS[locale][10].sections })).toBeTruthy();
      home.unmount();
    }
  });
});
