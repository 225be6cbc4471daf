// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { HomePage } from "@/components/pages/HomePage";
import { ProjectsPage } from "@/components/pages/ProjectsPage";
import { SectionPage } from "@/components/pages/SectionPage";
import { languagesCopy } from "./translation-fixture";

// The pages read the plan of a copied project folder, in which a test removes English files.
const project = vi.hoisted(() => ({ root: "" }));
vi.mock("@/lib/content/plan", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/content/plan")>();
  return { getPlan: (locale: Parameters<typeof actual.getPlan>[0]) => actual.getPlan(locale, { root: project.root }) };
});

const NOTICE = "This part has not been translated into English yet, so it is shown in Chinese.";

// Each test copies the content and renders whole pages in jsdom: seconds each on a busy machine.
describe("an English page whose text is not translated yet", { timeout: 30_000 }, () => {
  let content: ReturnType<typeof languagesCopy>;
  beforeEach(() => {
    content = languagesCopy();
    project.root = content.root;
  });

  it("shows the Chinese section, marked lang=zh-CN, under an English notice", () => {
    content.remove("en/sections/02-tourism.md");
    const { container } = render(<SectionPage locale="en" slug="tourism" />);
    const heading = screen.getByRole("heading", { level: 1 });
    expect(heading).toHaveProperty("lang", "zh-CN");
    expect(heading.textContent).toBe("2. 推进孙中山故里旅游区整体升级，打造滨海国际商务文旅胜地。");
    const prose = container.querySelector(".prose");
    expect(prose?.getAttribute("lang")).toBe("zh-CN");
    expect(prose?.textContent).toContain("孙中山故里");
    expect(screen.getByText(NOTICE).closest("[lang]")).toBeNull();
    // The English parts of the page stay English.
    expect(screen.getByRole("heading", { name: "In this section" }).closest("[lang]")).toBeNull();
    const toc = screen.getByRole("navigation", { name: "In this section" });
    expect(within(toc).getByRole("list").getAttribute("lang")).toBe("zh-CN");
  });

  it("marks the untranslated section's title in the English list of sections and in the pager", () => {
    content.remove("en/sections/02-tourism.md");
    const home = render(<HomePage locale="en" />);
    const list = within(home.container).getByRole("region", { name: "Key tasks in nine areas" });
    expect(
      within(list)
        .getByRole("link", { name: /^2\. 推进孙中山故里/ })
        .getAttribute("lang"),
    ).toBe("zh-CN");
    expect(
      within(list)
        .getByRole("link", { name: /^1\. Implement the “Number One Project”/ })
        .getAttribute("lang"),
    ).toBeNull();
    home.unmount();
    render(<SectionPage locale="en" slug="biomedicine" />);
    const next = screen.getByRole("link", { name: /Next section/ });
    expect(
      within(next)
        .getByText(/推进孙中山故里/)
        .getAttribute("lang"),
    ).toBe("zh-CN");
    expect(screen.queryByText(NOTICE)).toBeNull();
    expect(screen.getByRole("heading", { level: 1 }).getAttribute("lang")).toBeNull();
  });

  it("shows the Chinese overview and projects on the English home page", () => {
    content.remove("en/overview.md");
    content.remove("en/projects.md");
    render(<HomePage locale="en" />);
    expect(screen.getByRole("heading", { level: 1 }).getAttribute("lang")).toBe("zh-CN");
    expect(screen.getByText(NOTICE)).toBeTruthy();
    expect(screen.getByRole("link", { name: "1. 实施南朗镇教育提质工程" }).closest("[lang]")?.getAttribute("lang")).toBe("zh-CN");
    // The sections are translated: their links stay English.
    expect(screen.getByRole("link", { name: /^1\. Implement the “Number One Project”/ }).getAttribute("lang")).toBeNull();
  });

  it("shows the Chinese projects with their English section links on the projects page", () => {
    content.remove("en/projects.md");
    render(<ProjectsPage locale="en" />);
    expect(screen.getByRole("heading", { level: 1, name: "十件民生实事" }).getAttribute("lang")).toBe("zh-CN");
    expect(screen.getByRole("heading", { level: 2, name: /^1\.\s?实施南朗镇教育提质工程$/ }).getAttribute("lang")).toBe("zh-CN");
    expect(screen.getAllByRole("link", { name: /^7\. Vigorously develop social and livelihood services/ })[0]?.getAttribute("lang")).toBeNull();
  });

  it("shows a heading the English file lacks in Chinese, under its notice, in place", () => {
    content.edit("zh-CN/sections/02-tourism.md", (text) =>
      text.replace("## 鼓励民宿产业发展。", "## 打造海洋旅游品牌。 {#marine-tourism}\n\n发展海洋旅游。\n\n## 鼓励民宿产业发展。"),
    );
    const { container } = render(<SectionPage locale="en" slug="tourism" />);
    // The page itself is English: no page-wide notice.
    expect(screen.getByRole("heading", { level: 1 }).getAttribute("lang")).toBeNull();
    const heading = screen.getByRole("heading", { level: 2, name: "打造海洋旅游品牌。" });
    expect(heading.getAttribute("lang")).toBe("zh-CN");
    expect(heading.id).toBe("marine-tourism");
    const notice = heading.nextElementSibling;
    expect(notice?.textContent).toBe(NOTICE);
    expect(notice?.closest("[lang]")).toBeNull();
    expect(notice?.nextElementSibling?.getAttribute("lang")).toBe("zh-CN");
    expect(notice?.nextElementSibling?.textContent).toContain("发展海洋旅游。");
    // In the text's order: after the coastal greenway, before the homestays.
    const ids = [...container.querySelectorAll(".prose h2")].map((h) => h.id);
    expect(ids).toEqual(["scenic-area-review", "all-area-tourism", "coastal-greenway", "marine-tourism", "homestays"]);
    const toc = screen.getByRole("navigation", { name: "In this section" });
    expect(within(toc).getByRole("link", { name: "打造海洋旅游品牌。" }).closest("li")?.getAttribute("lang")).toBe("zh-CN");
    expect(
      within(toc)
        .getByRole("link", { name: /^Encourage the development of the homestay industry/ })
        .closest("[lang]"),
    ).toBeNull();
  });

  it("shows a project the English file lacks in Chinese, with its notice, on the projects page and the home page", () => {
    content.edit("zh-CN/projects.md", (text) =>
      text.replace(/\n---\n/, "\n  - number: 11\n    title: 建设智慧社区\n    related:\n      - { section: livelihood, anchor: ten-projects }\n---\n"),
    );
    const page = render(<ProjectsPage locale="en" />);
    expect(screen.getByRole("heading", { level: 1 }).getAttribute("lang")).toBeNull();
    const title = screen.getByRole("heading", { level: 2, name: /^11\.\s?建设智慧社区$/ });
    expect(title.getAttribute("lang")).toBe("zh-CN");
    expect(within(title.closest("li")!).getByText(NOTICE)).toBeTruthy();
    expect(screen.getAllByText(NOTICE)).toHaveLength(1);
    // Its related paragraph is the English section's.
    expect(
      within(title.closest("li")!)
        .getByRole("link", { name: /^7\. Vigorously develop social and livelihood services/ })
        .getAttribute("lang"),
    ).toBeNull();
    page.unmount();
    render(<HomePage locale="en" />);
    expect(
      screen
        .getByRole("link", { name: /建设智慧社区/ })
        .closest("li")
        ?.getAttribute("lang"),
    ).toBe("zh-CN");
    for (const link of screen.getAllByRole("link", { name: /^1\. / })) expect(link.closest("[lang]")).toBeNull();
  });
});
