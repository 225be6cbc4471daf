// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Breadcrumb } from "@/components/Breadcrumb";
import { ProjectList } from "@/components/ProjectList";
import { PublicationMeta } from "@/components/PublicationMeta";
import { SectionPager } from "@/components/SectionPager";
import { SectionToc } from "@/components/SectionToc";
import { SkipLink } from "@/components/SkipLink";
import { loadPlan } from "@/lib/content";

const plan = loadPlan();

describe("navigation a resident can follow", () => {
  it("the skip link leads to the main content", () => {
    render(<SkipLink locale="zh-CN" />);
    expect(screen.getByRole("link", { name: "跳到正文" })).toHaveProperty("hash", "#main");
  });

  it("the breadcrumb is a named navigation whose last crumb is the current page", () => {
    render(
      <Breadcrumb
        locale="zh-CN"
        trail={[
          { label: "首页", href: "/" },
          { label: "2021年工作安排", href: "/#sections" },
          { label: "（一）实施重大产业平台“头号工程”，打造湾区生物医药中心。" },
        ]}
      />,
    );
    const nav = screen.getByRole("navigation", { name: "您当前的位置" });
    expect(
      within(nav)
        .getAllByRole("link")
        .map((a) => a.textContent),
    ).toEqual(["首页", "2021年工作安排"]);
    expect(
      within(nav)
        .getByText(/^（一）/)
        .getAttribute("aria-current"),
    ).toBe("page");
  });

  it("the table of contents links to every subsection by its title", () => {
    const section = plan.sections[0]!;
    render(<SectionToc locale="zh-CN" headings={section.headings} />);
    const nav = screen.getByRole("navigation", { name: "本节目录" });
    const links = within(nav).getAllByRole("link");
    expect(links).toHaveLength(4);
    expect(links[0]).toHaveProperty("hash", "#strategic-platform");
    expect(links[0]?.textContent).toBe("提升战略平台，增强政策优势。");
    expect(links.map((link) => [(link as HTMLAnchorElement).hash, link.textContent])).toEqual(
      section.headings.map((heading) => [`#${heading.id}`, heading.text]),
    );
  });

  it("previous and next links carry the full titles of their sections", () => {
    const [first, , third] = plan.sections;
    render(<SectionPager locale="zh-CN" previous={first} next={third} />);
    const nav = screen.getByRole("navigation", { name: "上一节和下一节" });
    expect(
      within(nav)
        .getByRole("link", { name: /^上一节（一）实施重大产业平台/ })
        .getAttribute("href"),
    ).toBe("/sections/biomedicine/");
    expect(
      within(nav)
        .getByRole("link", { name: /^下一节（三）加强重大项目和技改投资/ })
        .getAttribute("href"),
    ).toBe("/sections/investment/");
  });

  it("the first section has no previous link", () => {
    render(<SectionPager locale="zh-CN" next={plan.sections[1]} />);
    expect(screen.getAllByRole("link")).toHaveLength(1);
    expect(screen.queryByText("上一节")).toBeNull();
  });

  it("the ten livelihood projects are a numbered list of links", () => {
    render(<ProjectList locale="zh-CN" projects={plan.livelihoodProjects.projects} />);
    const links = screen.getAllByRole("link");
    expect(links).toHaveLength(10);
    expect(links[3]?.textContent).toBe("（4）推进智慧畅通工程");
    expect(links[3]?.getAttribute("href")).toBe("/projects/#project-4");
  });

  it("the source and date read as the original page wrote them", () => {
    render(<PublicationMeta locale="zh-CN" source="本网" published="2021-03-03" />);
    expect(screen.getByText("信息来源：")).toBeDefined();
    const source = screen.getByText("本网");
    expect(source.tagName).toBe("DD");
    expect(source.previousElementSibling?.textContent).toBe("信息来源：");
    expect(screen.getByText("2021年3月3日").getAttribute("datetime")).toBe("2021-03-03");
  });
});
