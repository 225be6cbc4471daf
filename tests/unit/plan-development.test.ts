import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getPlan } from "@/lib/plan";
import { tempDir } from "./temp-dir";

describe("getPlan in npm run dev", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("reads the content once for as long as no file changes, and again after a save", () => {
    vi.stubEnv("NODE_ENV", "development");
    const root = tempDir("plan-dev");
    fs.cpSync("content/zh-CN", path.join(root, "content/zh-CN"), { recursive: true });
    const first = getPlan("zh-CN", { root });
    expect(getPlan("zh-CN", { root })).toBe(first);

    const file = path.join(root, "content/zh-CN/sections/02-tourism.md");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("细化落实", "认真细化落实"));
    const saved = getPlan("zh-CN", { root });
    expect(saved).not.toBe(first);
    expect(saved.sections.find((s) => s.slug === "tourism")?.html).toContain("认真细化落实");
    expect(getPlan("zh-CN", { root })).toBe(saved);
  });
});
