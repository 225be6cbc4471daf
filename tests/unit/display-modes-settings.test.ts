import { describe, expect, it } from "vitest";
import { DISPLAY_MODES, nextScheme, sanitizeSettings, stepTextScale } from "@/lib/display-modes/modes";

describe("stored display-mode settings", () => {
  it("keeps known modes with allowed values, and the speech rate", () => {
    expect(sanitizeSettings({ elder: "on", scheme: "white-on-black", "speech-rate": "fast" })).toEqual({
      elder: "on",
      scheme: "white-on-black",
      "speech-rate": "fast",
    });
  });

  it("drops anything else, whatever storage holds", () => {
    expect(sanitizeSettings({ elder: true, cursor: "huge", "speech-rate": "warp", extra: "on" })).toEqual({});
    expect(sanitizeSettings(null)).toEqual({});
    expect(sanitizeSettings("elder")).toEqual({});
    expect(sanitizeSettings(JSON.parse('{"__proto__": {"elder": "on"}}'))).toEqual({});
  });

  it("offers at least three high-contrast colour schemes besides the default", () => {
    expect(DISPLAY_MODES.scheme.filter((scheme) => scheme !== "default").length).toBeGreaterThanOrEqual(3);
  });
});

describe("文字放大 and 文字缩小 step from 100% to 200%", () => {
  it("steps by 25% and stops at the ends", () => {
    expect(stepTextScale(undefined, 1)).toBe("125");
    expect(stepTextScale("175", 1)).toBe("200");
    expect(stepTextScale("200", 1)).toBe("200");
    expect(stepTextScale("125", -1)).toBe("100");
    expect(stepTextScale("100", -1)).toBe("100");
  });

  it("reaches 200% from 100% in four steps", () => {
    let scale = stepTextScale(undefined, 1);
    for (let step = 0; step < 3; step++) scale = stepTextScale(scale, 1);
    expect(scale).toBe("200");
  });
});

describe("the colour-scheme shortcut", () => {
  it("cycles through every scheme and comes back", () => {
    const seen = new Set<string>();
    let scheme = nextScheme("default");
    while (!seen.has(scheme)) {
      seen.add(scheme);
      scheme = nextScheme(scheme);
    }
    expect([...seen].sort()).toEqual([...DISPLAY_MODES.scheme].sort());
  });
});
