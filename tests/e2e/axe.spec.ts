import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { simplifiedPages } from "./site";

/** WCAG 2.2 A and AA, plus axe's best practices; no rule is disabled. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

for (const path of [...simplifiedPages(), "/no-such-page/"]) {
  test(`axe finds no violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}

test("every text in the default look reaches 7:1 contrast (WCAG 1.4.6, AAA)", async ({ page }) => {
  for (const path of ["/", "/sections/biomedicine/", "/projects/"]) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withRules(["color-contrast-enhanced"]).analyze();
    expect(results.violations.flatMap((v) => v.nodes.map((n) => `${path} ${n.target.join(" ")}: ${n.failureSummary}`))).toEqual([]);
  }
});
