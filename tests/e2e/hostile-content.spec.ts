import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { SITE_ICON_URL } from "@/lib/seo/icon";
import { copyProject, type BuildResult, type ProjectCopy } from "../support/project-copy";
import { serveStatic } from "../support/static-server";
import { modulesReady } from "./modules-helpers";

/**
 * Content staff could paste by mistake, or an attacker could slip into a Markdown file:
 * a copy of the project is really built (`npm run build`) with it, and the pages are
 * opened in Chromium from a host that sends no Content-Security-Policy, so that the
 * sanitiser alone must stop every payload. Then broken content must stop the build.
 */

const PORT = Number(process.env.HOSTILE_SITE_PORT ?? 3106);
const SECTION_01 = "zh-CN/sections/01-biomedicine.md";
const LAGGING_HEADING = "打造海洋旅游品牌。";

// One copy of the project, built once, then broken case by case: in order, one worker.
test.describe.configure({ mode: "serial" });

let project: ProjectCopy;
let hostileBuild: BuildResult;
let site: { origin: string; stop: () => Promise<void> };
const realContent = path.resolve("content");

test.beforeAll(async () => {
  // A full build of the copy: minutes on a busy 2-core machine.
  test.setTimeout(600_000);
  project = copyProject("hostile");
  fs.copyFileSync(path.join(__dirname, "fixtures", "hostile-section.md"), project.contentFile("zh-CN/sections/10-hostile.md"));
  // The fixture's images are the project's own file, which is no image: an onerror that survived would run.
  fs.mkdirSync(path.join(project.dir, "public", "images"), { recursive: true });
  fs.writeFileSync(path.join(project.dir, "public", "images", "hostile.png"), "not an image");
  // A heading added to the Chinese original only: the English translation lags, and the build goes on.
  edit("zh-CN/sections/02-tourism.md", (text) =>
    text.replace("## 鼓励民宿产业发展。", `## ${LAGGING_HEADING} {#marine-tourism}\n\n发展海洋旅游。\n\n## 鼓励民宿产业发展。`),
  );
  hostileBuild = await project.build();
  if (hostileBuild.code !== 0) throw new Error(`The build with hostile content failed:\n${hostileBuild.output}`);
  site = await serveStatic(path.join(project.dir, "out"), PORT);
});

test.afterAll(async () => {
  await site?.stop();
  project?.remove();
});

/** Opens a page and reports any sign that a payload ran. */
async function openAndWatch(page: Page, address: string) {
  const ran: string[] = [];
  page.on("dialog", async (dialog) => {
    ran.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  page.on("pageerror", (error) => ran.push(`uncaught: ${error.message}`));
  page.on("request", (request) => {
    if (!request.url().startsWith(site.origin) && !request.url().startsWith("data:")) ran.push(`request: ${request.url()}`);
  });
  await page.goto(site.origin + address, { waitUntil: "networkidle" });
  // The page's own modules run too: nothing may run with them either.
  await modulesReady(page);
  // Event handlers (onerror, ontoggle, onfocus) fire after load: give them time, and focus everything.
  await page.evaluate(async () => {
    for (const element of document.querySelectorAll<HTMLElement>("main *")) element.focus?.();
    await new Promise((resolve) => setTimeout(resolve, 500));
  });
  const pwned = await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null);
  if (pwned) ran.push(`window.__pwned = ${pwned}`);
  return ran;
}

/** Every attribute or element through which a payload could still act, anywhere in the document. */
function liveLeftovers(page: Page) {
  return page.evaluate((siteIcon) => {
    const found: string[] = [];
    const dangerousUrl = (value: string) => {
      // Browsers drop control characters and spaces inside a URL's scheme (URL standard, §4.4), so do the same.
      // eslint-disable-next-line no-control-regex -- matching control characters is the point here
      const squeezed = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, "").toLowerCase();
      return /^(?:javascript|vbscript):/.test(squeezed) || /^data:(?!image\/(?:png|gif|jpeg|webp);)/.test(squeezed);
    };
    for (const element of document.querySelectorAll("*")) {
      for (const attr of element.attributes) {
        if (/^on/i.test(attr.name)) found.push(`<${element.localName} ${attr.name}>`);
        // The site's own favicon, a data: URL in <head> that the build wrote, is the one exception.
        const siteFavicon = element.localName === "link" && element.parentElement === document.head && attr.value === siteIcon;
        if (
          ["href", "src", "action", "formaction", "data", "xlink:href", "srcdoc", "poster", "background"].includes(attr.name) &&
          (attr.name === "srcdoc" || dangerousUrl(attr.value)) &&
          !siteFavicon
        ) {
          found.push(`<${element.localName} ${attr.name}="${attr.value}">`);
        }
      }
    }
    // The Markdown text itself holds no script at all (the page's own structured data and
    // language-switcher scripts stand outside it; their number is compared below).
    const inText = document.querySelectorAll(".prose script").length;
    if (inText) found.push(`${inText} <script> in the page's text`);
    for (const script of document.querySelectorAll("script[src]")) {
      if (!new URL((script as HTMLScriptElement).src).pathname.startsWith("/assets/js/")) found.push(`<script src=${(script as HTMLScriptElement).src}>`);
    }
    for (const element of document.querySelectorAll("iframe, object, embed, base, frame, frameset, applet")) found.push(`<${element.localName}>`);
    const prose = document.querySelector(".prose");
    if (!prose) found.push("no .prose on the page");
    // (The sanitiser may keep harmless elements such as a disabled checkbox; never these.)
    for (const element of prose?.querySelectorAll("style, link, meta, form, button, svg, math, template, noscript, video, audio, [style]") ?? []) {
      found.push(`in the text: <${element.localName}${element.hasAttribute("style") ? " style" : ""}>`);
    }
    return {
      found,
      // Every script of the page: the boot script, the entry module, the modules' strings and structured data.
      scripts: document.scripts.length,
      scriptsInContent: document.querySelectorAll("header script, main script, footer script").length,
    };
  }, SITE_ICON_URL);
}

test("no script payload in a section's Markdown runs, and none survives as a live attribute", async ({ page }) => {
  await page.goto(`${site.origin}/sections/biomedicine/`);
  const ordinary = await liveLeftovers(page);
  const ran = await openAndWatch(page, "/sections/hostile/");
  expect(ran).toEqual([]);
  // As many <script> elements as an ordinary page of the same build: none came from the text.
  expect(await liveLeftovers(page)).toEqual({ found: [], scripts: ordinary.scripts, scriptsInContent: ordinary.scriptsInContent });
  // The words around the payloads are still there, as plain text.
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 2, name: "脚本" })).toBeVisible();
  await expect(main.getByText("这个 id 会覆盖 Next.js 的全局变量")).toBeVisible();
  // A title with markup is shown as text, never parsed.
  await expect(page.getByRole("heading", { level: 1 })).toContainText("<script>window.__pwned");
  // The overlay lost its style: it is an ordinary paragraph, not covering the page.
  expect(await main.getByText("整页覆盖").evaluate((element) => getComputedStyle(element).position)).toBe("static");
  // An id from the text cannot replace a global or an element the site's code looks up
  // (DOM clobbering): the modules still start, and the display modes still answer.
  await expect(page.locator("#__next_f")).toHaveCount(0);
  await expect(page.locator("html")).toHaveAttribute("data-modules-ready", "");
  await expect(page.locator("[data-module-failed]")).toHaveCount(0);
  await page.getByRole("button", { name: "长者助手" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-elder", "on");
});

test("pages that list the hostile section's title show it as text and run nothing", async ({ page }) => {
  for (const address of ["/", "/sections/biomedicine/"]) {
    const ran = await openAndWatch(page, address);
    expect(ran, address).toEqual([]);
    expect((await liveLeftovers(page)).found, address).toEqual([]);
  }
  await page.goto(`${site.origin}/`);
  await expect(page.getByRole("link", { name: /恶意内容测试<script>/ })).toHaveAttribute("href", "/sections/hostile/");
});

test("a translation that lags builds: the check says what it lacks, and the English page shows the Chinese part marked as such", async ({ page }) => {
  expect(hostileBuild.output).toContain("英文译本尚缺原文 content/zh-CN/sections/02-tourism.md 中的标题“打造海洋旅游品牌。”");
  expect(hostileBuild.output).toContain("The English translation lacks this file (original: content/zh-CN/sections/10-hostile.md)");
  await page.goto(`${site.origin}/en/sections/tourism/`);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1 })).not.toHaveAttribute("lang", /./);
  const lagging = main.getByRole("heading", { level: 2, name: LAGGING_HEADING });
  await expect(lagging).toHaveAttribute("lang", "zh-CN");
  await expect(page.locator("#marine-tourism + p.untranslated-notice")).toHaveText(
    "This part has not been translated into English yet, so it is shown in Chinese.",
  );
  await expect(page.locator("#marine-tourism + p + div[lang='zh-CN']")).toHaveText("发展海洋旅游。");
  await expect(main.getByRole("navigation", { name: "In this section" }).getByRole("link", { name: LAGGING_HEADING })).toHaveAttribute(
    "href",
    "#marine-tourism",
  );
  // The headings around it are still the English translation's.
  await expect(main.getByRole("heading", { level: 2, name: /^Encourage the development of the homestay industry/ })).not.toHaveAttribute("lang", /./);
});

/** Breaks one thing in a fresh copy of the real content, builds, and returns the result. */
async function buildWithBrokenContent(breakIt: () => void): Promise<BuildResult> {
  fs.rmSync(path.join(project.dir, "content"), { recursive: true, force: true });
  fs.cpSync(realContent, path.join(project.dir, "content"), { recursive: true });
  breakIt();
  // A complete export from an earlier build is there before each broken build.
  expect(fs.existsSync(path.join(project.dir, "out", "index.html"))).toBe(true);
  const result = await project.build();
  return result;
}

function edit(relative: string, change: (text: string) => string): void {
  const file = project.contentFile(relative);
  fs.writeFileSync(file, change(fs.readFileSync(file, "utf8")));
}

const brokenCases: { name: string; breakIt: () => void; where: string; says: RegExp }[] = [
  {
    name: "broken front matter (a field without its colon)",
    breakIt: () => edit(SECTION_01, (text) => text.replace("slug: biomedicine", "slug biomedicine")),
    where: "content/zh-CN/sections/01-biomedicine.md:3",
    says: /字段名 slug 后面缺少英文冒号[\s\S]*is not followed by a colon/,
  },
  {
    name: "a missing required field",
    breakIt: () => edit(SECTION_01, (text) => text.replace(/^title: .*\n/m, "")),
    where: "content/zh-CN/sections/01-biomedicine.md:1",
    says: /缺少必填字段“title”[\s\S]*The required field "title" is missing/,
  },
  {
    name: "a duplicate slug",
    breakIt: () => edit("zh-CN/sections/02-tourism.md", (text) => text.replace("slug: tourism", "slug: biomedicine")),
    where: "content/zh-CN/sections/02-tourism.md:3",
    says: /biomedicine[\s\S]*content\/zh-CN\/sections\/01-biomedicine\.md/,
  },
  {
    name: "a broken internal link",
    breakIt: () => edit(SECTION_01, (text) => text.replace("## 拓展用地空间", "见[第十节](/sections/no-such-section/)。\n\n## 拓展用地空间")),
    where: "content/zh-CN/sections/01-biomedicine.md:13",
    says: /\/sections\/no-such-section\//,
  },
  {
    name: "an anchor that is one of the site's own ids",
    breakIt: () => edit(SECTION_01, (text) => text.replace("{#strategic-platform}", "{#main}")),
    where: "content/zh-CN/sections/01-biomedicine.md:9",
    says: /锚点“main”是网站自身使用的名称[\s\S]*The anchor "main" is a name the site itself uses/,
  },
  {
    name: "an image on another host",
    breakIt: () => edit(SECTION_01, (text) => text.replace("## 拓展用地空间", "![地图](https://evil.example/map.png)\n\n## 拓展用地空间")),
    where: "content/zh-CN/sections/01-biomedicine.md:13",
    says: /图片 https:\/\/evil\.example\/map\.png 来自其他网站[\s\S]*is on another site/,
  },
  {
    name: "a YAML alias bomb",
    breakIt: () =>
      edit(SECTION_01, (text) =>
        text.replace(
          "slug: biomedicine",
          `slug: biomedicine\na: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n${["b", "c", "d", "e", "f", "g", "h", "i"]
            .map(
              (key, i, all) =>
                `${key}: &${key} [${Array(9)
                  .fill(`*${i ? all[i - 1] : "a"}`)
                  .join(",")}]`,
            )
            .join("\n")}`,
        ),
      ),
    where: "content/zh-CN/sections/01-biomedicine.md:4",
    says: /前言里不能使用 YAML 的锚点（&a）[\s\S]*may not use a YAML anchor/,
  },
  {
    name: "Markdown quotes nested thousands deep",
    breakIt: () => edit(SECTION_01, (text) => `${text}\n${"> ".repeat(5000)}深\n`),
    where: "content/zh-CN/sections/01-biomedicine.md:",
    says: /嵌套太深[\s\S]*far too deep/,
  },
  {
    name: "a 100,000-character title",
    breakIt: () => edit(SECTION_01, (text) => text.replace(/^title: .*$/m, `title: ${"x".repeat(100_000)}`)),
    where: "content/zh-CN/sections/01-biomedicine.md:4",
    says: /title 太长：有 100000 个字，最多 300 个[\s\S]*too long/,
  },
  {
    name: "a title with a right-to-left override",
    breakIt: () => edit(SECTION_01, (text) => text.replace(/^title: /m, "title: \u202e")),
    where: "content/zh-CN/sections/01-biomedicine.md:4",
    says: /看不见的文字方向控制符（U\+202E）[\s\S]*text-direction control character/,
  },
];

for (const { name, breakIt, where, says } of brokenCases) {
  test(`${name} fails the build, naming the file and line, and leaves no export behind`, async () => {
    test.setTimeout(120_000);
    // After the first case there is no out/ left: put a complete one back to see it removed.
    if (!fs.existsSync(path.join(project.dir, "out"))) {
      fs.cpSync(path.resolve("out"), path.join(project.dir, "out"), { recursive: true });
    }
    const result = await buildWithBrokenContent(breakIt);
    expect(result.code, result.output).not.toBe(0);
    expect(result.output).toContain(where);
    expect(result.output).toMatch(says);
    // One mistake, one message: no stack trace, and the check's own report short.
    expect(result.output).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(result.output).toContain("内容检查未通过：1 处需要修改");
    expect(fs.existsSync(path.join(project.dir, "out")), "out/ after a failed build").toBe(false);
    expect(fs.existsSync(path.join(project.dir, "deploy", "generated")), "deploy/generated after a failed build").toBe(false);
  });
}
