// @vitest-environment jsdom
import { within } from "@testing-library/dom";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it } from "vitest";
import { DisplayModeButtons, DisplayModeToolbar } from "@/components/display-modes/DisplayModeControls";
import { AccessibilityHelpPage } from "@/components/pages/AccessibilityHelpPage";
import { BOOT_CONFIG } from "@/lib/display-modes/boot-script";
import {
  DISPLAY_MODES,
  FEATURES,
  HELP_ENTRIES,
  MODE_NAMES,
  ON_DEMAND,
  TOGGLE_MODES,
  TOOLBAR_GROUPS,
  togglesIn,
  type FeatureName,
} from "@/lib/display-modes/modes";
import { SHORTCUTS } from "@/lib/display-modes/shortcuts";
import { LOCALES } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/translate";

/*
 * The table of display modes (lib/display-modes/modes.ts) is the one place a mode is
 * declared: these tests hold the toolbar, the help page, the boot script and the
 * shortcuts to it, so that a row added there reaches each of them.
 */

describe("the table of display modes drives the controls", () => {
  beforeEach(() => {
    document.body.innerHTML = renderToStaticMarkup(
      <header>
        <DisplayModeButtons locale="zh-CN" />
        <DisplayModeToolbar locale="zh-CN" path="/" />
      </header>,
    );
  });

  it("offers every toggle of the table as a toggle button, named by its string, in the group the table puts it in", () => {
    const t = getTranslator("zh-CN", "modes");
    const toolbar = within(document.body).getByRole("region", { hidden: true });
    for (const mode of TOGGLE_MODES) {
      const place = FEATURES[mode].place;
      const name = place === "header" ? t(`header.${mode}`) : t(`toolbar.${mode}`);
      const scope = place === "header" ? within(document.body) : within(within(toolbar).getByRole("group", { name: t(`toolbar.${place}Group`), hidden: true }));
      const button = scope.getByRole("button", { name, hidden: true });
      expect(button.getAttribute("aria-pressed"), mode).toBe("false");
      expect(button.getAttribute("data-mode-toggle"), mode).toBe(mode);
    }
  });

  it("shows the toolbar's groups in the table's order", () => {
    const t = getTranslator("zh-CN", "modes");
    const labels = [...document.querySelectorAll("[role=group], fieldset")].map((group) => (group.querySelector("legend, p")?.textContent ?? "").split(" ")[0]);
    expect(labels).toEqual(TOOLBAR_GROUPS.map((group) => t(`toolbar.${group}Group`)));
  });

  it("puts every toggle in exactly one place", () => {
    const placed = [...togglesIn("reading"), ...togglesIn("other"), ...TOGGLE_MODES.filter((mode) => FEATURES[mode].place === "header")];
    expect([...placed].sort()).toEqual([...TOGGLE_MODES].sort());
  });
});

describe("the boot script, the help page and the shortcuts follow the table", () => {
  it("applies before first paint exactly the table's modes and values", () => {
    expect(BOOT_CONFIG.modes).toEqual(DISPLAY_MODES);
    expect(Object.keys(BOOT_CONFIG.modes)).toEqual(MODE_NAMES);
  });

  it("describes every row that has a control in every language", () => {
    for (const locale of LOCALES) {
      const page = renderToStaticMarkup(<AccessibilityHelpPage locale={locale} />);
      const t = getTranslator(locale, "modes");
      for (const [name, description] of HELP_ENTRIES) {
        expect(t(name), `${locale} ${name}`).not.toBe(name);
        expect(page, `${locale} ${description}`).toContain(t(`help.features.${description}`));
      }
    }
    const described = new Set(HELP_ENTRIES.map(([, description]) => description));
    for (const mode of TOGGLE_MODES) expect(described.has(mode) || FEATURES[mode].place === "header", mode).toBe(true);
  });

  it("takes every shortcut from the table's rows, each key once", () => {
    const fromRows = (Object.keys(FEATURES) as FeatureName[]).flatMap((name) => {
      const row = FEATURES[name];
      return "shortcuts" in row ? row.shortcuts.map(([action]) => action) : [];
    });
    expect(SHORTCUTS.map((shortcut) => shortcut.action)).toEqual(fromRows);
    expect(new Set(SHORTCUTS.map((shortcut) => shortcut.code)).size).toBe(SHORTCUTS.length);
  });

  it("loads on demand exactly the modes whose row has a part of its own (十字线, 大字幕)", () => {
    expect(ON_DEMAND.map((part) => part.name)).toEqual(["guides", "caption-bar"]);
  });
});
