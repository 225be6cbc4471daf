import { expect, type Page } from "@playwright/test";
import { PAGE_STATE } from "@/lib/display-modes/modes";

/**
 * The site's modules start once the page has parsed (a module script): a test that
 * presses a control waits for that, as the controls themselves stay invisible until then.
 */
export async function modulesReady(page: Page): Promise<void> {
  await expect(page.locator("html")).toHaveAttribute(PAGE_STATE.modulesReady, "");
}
