import fs from "node:fs";
import path from "node:path";
import { isMap, LineCounter, parseDocument, type Document } from "yaml";
import { z } from "zod";
import { ContentError, ProblemList } from "./content-errors";
import { checkKeyTargets, keyTargetSchema, type KeyTarget } from "./key-targets";
import { ANCHOR_PATTERN, renderMarkdown, type ContentHeading, type ContentLink } from "./markdown";

/**
 * The one module that reads content/. Every page gets its text from here, already
 * validated: a mistake in a Markdown file stops the build with a message naming the
 * file, the line and the field, in Chinese and English.
 */

const slug = z.string().regex(ANCHOR_PATTERN);
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value));

export const overviewSchema = z.strictObject({
  title: z.string().min(1),
  note: z.string().min(1),
  source: z.string().min(1),
  published: isoDate,
  description: z.string().min(1),
  /** 主要目标一览 (optional, so a translation can load before its targets are written). */
  targets: z.array(keyTargetSchema).min(1).optional(),
});

export const sectionSchema = z.strictObject({
  order: z.number().int().positive(),
  slug,
  title: z.string().min(1),
  description: z.string().min(1).optional(),
});

const projectReference = z.strictObject({ section: slug, anchor: slug.optional() });

export const projectsSchema = z.strictObject({
  title: z.string().min(1),
  description: z.string().min(1),
  projects: z
    .array(
      z.strictObject({
        number: z.number().int().positive(),
        title: z.string().min(1),
        related: z.array(projectReference).min(1),
      }),
    )
    .min(1),
});

/** What staff are told a field must look like, when a value does not fit (the browser editor shows the same). */
export const FIELD_HINTS: Record<string, { zh: string; en: string }> = {
  slug: { zh: "小写英文字母、数字和连字符，例如 biomedicine", en: "lower-case letters, digits and hyphens, e.g. biomedicine" },
  section: { zh: "某一节的 slug，例如 livelihood", en: "the slug of a section, e.g. livelihood" },
  anchor: { zh: "标题的锚点，例如 ten-projects", en: "the anchor of a heading, e.g. ten-projects" },
  published: { zh: "年-月-日格式的真实日期，例如 2021-03-03", en: "a real date written year-month-day, e.g. 2021-03-03" },
  order: { zh: "正整数，例如 1", en: "a whole number from 1 up, e.g. 1" },
  number: { zh: "正整数，例如 1", en: "a whole number from 1 up, e.g. 1" },
  value: { zh: "原文中的数字，不带单位和千位逗号，例如 2000", en: "the number as the text gives it, without unit or thousands separators, e.g. 2000" },
};

export interface SourceInfo {
  file: string;
  line: number;
}

export interface Overview {
  title: string;
  note: string;
  source: string;
  published: string;
  description: string;
  html: string;
  headings: ContentHeading[];
  paragraphs: string[];
  paragraphAnchors: string[];
  targets?: KeyTarget[];
  /** The Markdown file the text comes from, relative to the project folder. */
  file: string;
  /** The language the text is in (BCP 47): a translation's page may show the original's text. */
  lang: string;
}

export interface Section {
  order: number;
  slug: string;
  title: string;
  description: string;
  html: string;
  headings: ContentHeading[];
  paragraphs: string[];
  paragraphAnchors: string[];
  file: string;
  lang: string;
}

export interface ProjectReference {
  section: string;
  anchor?: string;
}

export interface LivelihoodProject {
  number: number;
  title: string;
  related: ProjectReference[];
}

export interface LivelihoodProjects {
  title: string;
  description: string;
  projects: LivelihoodProject[];
  file: string;
  lang: string;
}

export interface Plan {
  overview: Overview;
  sections: Section[];
  livelihoodProjects: LivelihoodProjects;
}

interface ParsedFile<T> {
  data: T;
  body: string;
  bodyLineOffset: number;
  doc: Document.Parsed;
  lines: LineCounter;
  file: string;
  frontMatterLine: number;
}

/** The part of a description a meta tag can carry: the first sentence or two, cut at 120 characters. */
export function describe(paragraph: string): string {
  if (paragraph.length <= 120) return paragraph;
  const cut = paragraph.slice(0, 120);
  const end = Math.max(cut.lastIndexOf("。"), cut.lastIndexOf("；"));
  return end > 40 ? cut.slice(0, end + 1) : `${cut}…`;
}

function lineOfPath(parsed: Pick<ParsedFile<unknown>, "doc" | "lines" | "frontMatterLine">, keys: PropertyKey[]): number {
  // Walk down as far as the path exists: a missing field is reported at its parent.
  for (let depth = keys.length; depth > 0; depth -= 1) {
    const node = parsed.doc.getIn(keys.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === "object" && node.range) {
      return parsed.lines.linePos(node.range[0]).line + parsed.frontMatterLine;
    }
  }
  return parsed.frontMatterLine;
}

function readFrontMatter(absolute: string, file: string, problems: ProblemList) {
  const text = fs.readFileSync(absolute, "utf8").replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const match = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (!match) {
    problems.add({
      file,
      line: 1,
      zh: "文件开头缺少前言（front matter）：第一行应为 ---，随后是字段，再以一行 --- 结束。",
      en: "The file does not start with front matter: the first line must be ---, then the fields, then a closing --- line.",
    });
    return undefined;
  }
  const yamlText = match[1] ?? "";
  const lines = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  // The YAML starts on line 2 of the file (after the opening ---).
  const frontMatterLine = 1;
  for (const error of doc.errors) {
    const line = lines.linePos(error.pos[0]).line + frontMatterLine;
    problems.add({
      file,
      line,
      zh: `前言（front matter）的 YAML 写法有误：${yamlHint(error.code)}（${error.message.split("\n")[0]}）`,
      en: `The front matter is not valid YAML: ${error.message.split("\n")[0]}`,
    });
  }
  const bodyLineOffset = match[0].split("\n").length - 1;
  return { doc, lines, frontMatterLine, body: text.slice(match[0].length), bodyLineOffset, text };
}

function yamlHint(code: string): string {
  switch (code) {
    case "DUPLICATE_KEY":
      return "同一个字段写了两次";
    case "BAD_INDENT":
    case "MISSING_CHAR":
      return "缩进或冒号不对，字段应写成“名称: 值”，冒号后留一个空格";
    case "MULTILINE_IMPLICIT_KEY":
      return "字段的冒号后缺少空格，或值中有未加引号的冒号";
    default:
      return "请检查引号、冒号和缩进";
  }
}

function parseFile<S extends z.ZodType>(absolute: string, root: string, schema: S, problems: ProblemList): ParsedFile<z.infer<S>> | undefined {
  const file = path.relative(root, absolute).split(path.sep).join("/");
  const before = problems.items.length;
  const raw = readFrontMatter(absolute, file, problems);
  if (!raw || problems.items.length > before) return undefined;
  const value: unknown = raw.doc.toJS();
  if (!isMap(raw.doc.contents)) {
    problems.add({ file, line: 2, zh: "前言中应为“字段: 值”形式的列表。", en: 'The front matter must be a list of "field: value" lines.' });
    return undefined;
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    for (const issue of result.error.issues) reportIssue(issue, { ...raw, file }, problems);
    return undefined;
  }
  return { data: result.data, body: raw.body, bodyLineOffset: raw.bodyLineOffset, doc: raw.doc, lines: raw.lines, file, frontMatterLine: raw.frontMatterLine };
}

function reportIssue(issue: z.core.$ZodIssue, parsed: Pick<ParsedFile<unknown>, "doc" | "lines" | "frontMatterLine" | "file">, problems: ProblemList) {
  const keys = issue.path;
  const field = keys.map(String).join(".");
  const line = lineOfPath(parsed, keys);
  const name = String(keys[keys.length - 1] ?? "");
  const value = keys.length ? parsed.doc.getIn(keys as unknown[]) : undefined;
  const hint = FIELD_HINTS[name];
  if (issue.code === "unrecognized_keys") {
    const unknown = issue.keys.join("、");
    problems.add({
      file: parsed.file,
      line: lineOfPath(parsed, [...keys, issue.keys[0] ?? ""]),
      field: field || undefined,
      zh: `无法识别的字段：${unknown}。请检查拼写，可用字段见 content/README.md。`,
      en: `Unknown field(s): ${issue.keys.join(", ")}. Check the spelling; content/README.md lists the fields.`,
    });
    return;
  }
  if (value === undefined && issue.code === "invalid_type") {
    problems.add({
      file: parsed.file,
      line,
      field,
      zh: `缺少必填字段“${name}”。`,
      en: `The required field "${name}" is missing.`,
    });
    return;
  }
  const shown = JSON.stringify(value);
  if (hint) {
    problems.add({
      file: parsed.file,
      line,
      field,
      zh: `字段“${name}”的值 ${shown} 不符合要求，应为：${hint.zh}。`,
      en: `The field "${name}" has the value ${shown}, but it must be ${hint.en}.`,
    });
    return;
  }
  problems.add({
    file: parsed.file,
    line,
    field,
    zh: `字段“${name}”的值 ${shown} 不符合要求：${z.locales.zhCN().localeError(issue as never) ?? issue.message}`,
    en: `The field "${name}" has the value ${shown}: ${issue.message}`,
  });
}

function markdownFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => path.join(dir, name));
}

export interface LoadOptions {
  /** The project folder; file names in messages are relative to it. */
  root?: string;
  /** The folder of one language's content, relative to root; its name is the language (BCP 47). */
  contentDir?: string;
  /**
   * For a translation, the folder of the original (content/zh-CN). A file the translation
   * does not have is taken from the original, still marked with the original's language;
   * a file it has must keep the original's structure (see checkMirror).
   */
  originalDir?: string;
}

const cache = new Map<string, Plan>();

/** Loads, validates and renders one language's content. Throws ContentError listing every problem. */
export function loadPlan(options: LoadOptions = {}): Plan {
  const root = options.root ?? process.cwd();
  const contentDir = path.resolve(root, options.contentDir ?? "content/zh-CN");
  const lang = path.basename(contentDir);
  const cacheKey = options.originalDir ? `${contentDir}\n${path.resolve(root, options.originalDir)}` : contentDir;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  // A translation is checked against its original, which must itself be valid.
  const original = options.originalDir ? loadPlan({ root, contentDir: options.originalDir }) : undefined;
  const problems = new ProblemList();
  const relative = (absolute: string) => path.relative(root, absolute).split(path.sep).join("/");
  // Without an original every file is required; with one, a missing file is the original's.
  const ownFile = (absolute: string) => !original || fs.existsSync(absolute);

  const requireFile = (absolute: string) => {
    if (fs.existsSync(absolute)) return true;
    problems.add({ file: relative(absolute), line: 1, zh: "找不到这个文件，它是必需的。", en: "This file is required but does not exist." });
    return false;
  };

  const overviewPath = path.join(contentDir, "overview.md");
  const overviewFile = ownFile(overviewPath) && requireFile(overviewPath) ? parseFile(overviewPath, root, overviewSchema, problems) : undefined;
  const projectsPath = path.join(contentDir, "projects.md");
  const projectsFile = ownFile(projectsPath) && requireFile(projectsPath) ? parseFile(projectsPath, root, projectsSchema, problems) : undefined;
  const sectionPaths = markdownFiles(path.join(contentDir, "sections"));
  const sectionFiles = sectionPaths.flatMap((file) => {
    const parsed = parseFile(file, root, sectionSchema, problems);
    return parsed ? [parsed] : [];
  });
  const ownSectionNames = new Set(sectionPaths.map((file) => path.basename(file)));
  const borrowedSections = original?.sections.filter((section) => !ownSectionNames.has(path.basename(section.file))) ?? [];
  if (sectionFiles.length === 0 && borrowedSections.length === 0 && !problems.items.length) {
    problems.add({ file: relative(path.join(contentDir, "sections")), line: 1, zh: "sections 文件夹中没有任何章节文件。", en: "The sections folder holds no section file." });
  }

  // Two files may not claim the same address or the same place in the order.
  for (const key of ["slug", "order"] as const) {
    const seen = new Map<string | number, string>();
    for (const parsed of sectionFiles) {
      const value = parsed.data[key];
      const first = seen.get(value);
      if (first) {
        problems.add({
          file: parsed.file,
          line: lineOfPath(parsed, [key]),
          field: key,
          zh: `${key} 的值 ${JSON.stringify(value)} 与 ${first} 重复，每一节的 ${key} 必须不同。`,
          en: `The ${key} ${JSON.stringify(value)} is already used by ${first}; each section needs its own ${key}.`,
        });
      } else seen.set(value, parsed.file);
    }
  }

  const links: { file: string; link: ContentLink }[] = [];
  const render = (parsed: ParsedFile<unknown>) => {
    const rendered = renderMarkdown(parsed.body, parsed.file, parsed.bodyLineOffset, problems);
    for (const link of rendered.internalLinks) links.push({ file: parsed.file, link });
    return rendered;
  };

  const sections: Section[] = sectionFiles
    .map((parsed) => {
      const rendered = render(parsed);
      if (original) checkMirror({ kind: "section", parsed }, rendered.headings, original, problems);
      return {
        ...parsed.data,
        description: parsed.data.description ?? describe(rendered.paragraphs[0] ?? parsed.data.title),
        html: rendered.html,
        headings: rendered.headings,
        paragraphs: rendered.paragraphs,
        paragraphAnchors: rendered.paragraphAnchors,
        file: parsed.file,
        lang,
      };
    })
    .concat(borrowedSections)
    .sort((a, b) => a.order - b.order);

  const overviewRendered = overviewFile ? render(overviewFile) : undefined;
  if (projectsFile) render(projectsFile);
  if (original && overviewFile && overviewRendered) checkMirror({ kind: "overview", parsed: overviewFile }, overviewRendered.headings, original, problems);
  if (original && projectsFile) checkMirror({ kind: "projects", parsed: projectsFile }, [], original, problems);

  if (overviewFile?.data.targets && overviewRendered) {
    checkKeyTargets(
      overviewFile.data.targets,
      {
        overview: { file: overviewFile.file, ...overviewRendered },
        // A translation's targets quote its own words: a section still shown in the
        // original language (no translated file yet) has none of them to check.
        sections: new Map(sections.filter((s) => s.lang === lang).map((s) => [s.slug, s])),
        untranslated: new Set(sections.filter((s) => s.lang !== lang).map((s) => s.slug)),
        sectionsIncomplete: sectionFiles.length < sectionPaths.length,
        lineOf: (keys) => lineOfPath(overviewFile, keys),
      },
      problems,
    );
  }

  if (projectsFile) {
    const numbers = new Set<number>();
    projectsFile.data.projects.forEach((project, index) => {
      if (numbers.has(project.number)) {
        problems.add({
          file: projectsFile.file,
          line: lineOfPath(projectsFile, ["projects", index, "number"]),
          field: `projects.${index}.number`,
          zh: `民生实事编号 ${project.number} 重复，每个项目的编号必须不同。`,
          en: `Project number ${project.number} is used twice; each project needs its own number.`,
        });
      }
      numbers.add(project.number);
      project.related.forEach((reference, refIndex) => {
        const at = ["projects", index, "related", refIndex];
        const section = sections.find((s) => s.slug === reference.section);
        if (!section) {
          problems.add({
            file: projectsFile.file,
            line: lineOfPath(projectsFile, [...at, "section"]),
            field: `${at.join(".")}.section`,
            zh: `项目“${project.title}”指向的章节“${reference.section}”不存在。现有章节：${sections.map((s) => s.slug).join("、")}。`,
            en: `Project "${project.title}" points to the section "${reference.section}", which does not exist. Sections: ${sections.map((s) => s.slug).join(", ")}.`,
          });
        } else if (reference.anchor && !section.headings.some((h) => h.id === reference.anchor)) {
          problems.add({
            file: projectsFile.file,
            line: lineOfPath(projectsFile, [...at, "anchor"]),
            field: `${at.join(".")}.anchor`,
            zh: `项目“${project.title}”指向的段落“${reference.anchor}”在章节 ${section.slug}（${section.file}）中不存在。`,
            en: `Project "${project.title}" points to the paragraph "${reference.anchor}", which section ${section.slug} (${section.file}) does not have.`,
          });
        }
      });
    });
  }

  // Every internal link must lead to a page and anchor that exist.
  // The home page's own blocks; the key targets only where the overview has some to show.
  const homeBlocks = ["sections", "livelihood-projects", ...((overviewFile?.data ?? original?.overview)?.targets?.length ? ["key-targets"] : [])];
  const anchors = new Map<string, Set<string>>([
    ["/", new Set(["main", ...((overviewRendered ?? original?.overview)?.headings.map((h) => h.id) ?? []), ...homeBlocks])],
    ["/projects/", new Set(["main", ...((projectsFile?.data ?? original?.livelihoodProjects)?.projects.map((p) => `project-${p.number}`) ?? [])])],
    ...sections.map((s): [string, Set<string>] => [`/sections/${s.slug}/`, new Set(["main", ...s.headings.map((h) => h.id)])]),
  ]);
  for (const { file, link } of links) {
    const [rawPath = "", hash] = link.href.split("#");
    const page = rawPath === "" ? pageOfFile(file, sections) : rawPath.endsWith("/") ? rawPath : `${rawPath}/`;
    const known = anchors.get(page);
    if (!known) {
      problems.add({
        file,
        line: link.line,
        zh: `链接 ${link.href} 指向的页面不存在。站内页面有：${[...anchors.keys()].join("、")}。`,
        en: `The link ${link.href} leads to a page that does not exist. Pages: ${[...anchors.keys()].join(", ")}.`,
      });
    } else if (hash && !known.has(decodeURIComponent(hash))) {
      problems.add({
        file,
        line: link.line,
        zh: `链接 ${link.href} 指向的锚点“${hash}”在页面 ${page} 中不存在。`,
        en: `The link ${link.href} leads to the anchor "${hash}", which the page ${page} does not have.`,
      });
    }
  }

  problems.throwIfAny();
  const overview: Overview | undefined =
    overviewFile && overviewRendered
      ? { ...overviewFile.data, html: overviewRendered.html, headings: overviewRendered.headings, paragraphs: overviewRendered.paragraphs, paragraphAnchors: overviewRendered.paragraphAnchors, file: overviewFile.file, lang }
      : original?.overview;
  const livelihoodProjects: LivelihoodProjects | undefined = projectsFile ? { ...projectsFile.data, file: projectsFile.file, lang } : original?.livelihoodProjects;
  if (!overview || !livelihoodProjects) throw new ContentError(problems.items);

  const plan: Plan = { overview, sections, livelihoodProjects };
  // In `npm run dev` content is read afresh on every request, so saved edits show at once.
  if (process.env.NODE_ENV !== "development") cache.set(cacheKey, plan);
  return plan;
}

type TranslatedFile =
  | { kind: "overview"; parsed: ParsedFile<z.infer<typeof overviewSchema>> }
  | { kind: "section"; parsed: ParsedFile<z.infer<typeof sectionSchema>> }
  | { kind: "projects"; parsed: ParsedFile<z.infer<typeof projectsSchema>> };

/**
 * A translation changes only the words. Everything that addresses or orders the text
 * (order, slug, date, heading anchors, project numbers and their related paragraphs)
 * must be the original's, or links, projects and the language switcher would lead
 * readers of one language to a place the other does not have.
 */
function checkMirror(translated: TranslatedFile, headings: ContentHeading[], original: Plan, problems: ProblemList): void {
  const { parsed } = translated;
  const name = parsed.file.split("/").slice(translated.kind === "section" ? -2 : -1).join("/");
  const counterpart =
    translated.kind === "section"
      ? original.sections.find((section) => section.file.endsWith(`/${name}`))
      : translated.kind === "overview"
        ? original.overview
        : original.livelihoodProjects;
  if (!counterpart) {
    problems.add({
      file: parsed.file,
      line: 1,
      zh: `原文中没有同名文件 ${name}。译文的文件名必须与原文相同；新增一节时，请先在原文（简体中文）中添加。`,
      en: `The original has no file named ${name}. A translation keeps the original's file names; add a new section to the original (Simplified Chinese) first.`,
    });
    return;
  }
  const originalFile = counterpart.file;
  const differs = (key: string, own: unknown, theirs: unknown) => {
    if (JSON.stringify(own) === JSON.stringify(theirs)) return;
    problems.add({
      file: parsed.file,
      line: lineOfPath(parsed, key.split(".").map((k) => (/^\d+$/.test(k) ? Number(k) : k))),
      field: key,
      zh: `${key} 的值 ${JSON.stringify(own)} 与原文 ${originalFile} 中的 ${JSON.stringify(theirs)} 不同。译文只翻译文字，${key} 必须与原文一致。`,
      en: `The ${key} ${JSON.stringify(own)} differs from ${JSON.stringify(theirs)} in the original, ${originalFile}. A translation changes only the words; its ${key} must be the original's.`,
    });
  };

  if (translated.kind === "section" && "slug" in counterpart) {
    differs("order", translated.parsed.data.order, counterpart.order);
    differs("slug", translated.parsed.data.slug, counterpart.slug);
  }
  if (translated.kind === "overview" && "published" in counterpart) differs("published", translated.parsed.data.published, counterpart.published);
  if ("headings" in counterpart) checkAnchors(parsed, headings, counterpart.headings, originalFile, problems);

  if (translated.kind === "projects" && "projects" in counterpart) {
    const own = translated.parsed.data.projects;
    const theirs = counterpart.projects;
    if (own.length !== theirs.length) {
      problems.add({
        file: parsed.file,
        line: lineOfPath(parsed, ["projects"]),
        field: "projects",
        zh: `译文有 ${own.length} 个民生实事项目，原文 ${originalFile} 有 ${theirs.length} 个。项目的数量、编号和顺序必须与原文相同。`,
        en: `The translation lists ${own.length} projects and the original, ${originalFile}, ${theirs.length}. The projects, their numbers and order must be the original's.`,
      });
    }
    own.forEach((project, index) => {
      const match = theirs[index];
      if (!match) return;
      differs(`projects.${index}.number`, project.number, match.number);
      if (project.number !== match.number) return;
      if (project.related.length !== match.related.length) differs(`projects.${index}.related`, project.related, match.related);
      else project.related.forEach((reference, at) => differs(`projects.${index}.related.${at}`, reference, match.related[at]));
    });
  }
}

/** The headings of a translation carry the original's anchors, in the original's order. */
function checkAnchors(
  parsed: ParsedFile<unknown>,
  own: ContentHeading[],
  theirs: ContentHeading[],
  originalFile: string,
  problems: ProblemList,
): void {
  const ownIds = own.map((h) => h.id);
  const theirIds = theirs.map((h) => h.id);
  const bodyStart = parsed.bodyLineOffset + 1;
  theirs.forEach((heading, index) => {
    if (ownIds.includes(heading.id)) return;
    problems.add({
      file: parsed.file,
      line: own[index]?.line ?? own[own.length - 1]?.line ?? bodyStart,
      zh: `缺少原文中锚点为“${heading.id}”的标题（原文 ${originalFile} 第 ${heading.line} 行）。译文的每个标题都要保留原文的锚点 {#${heading.id}}。`,
      en: `The heading with the anchor "${heading.id}" in the original (${originalFile}, line ${heading.line}) is missing. Each heading of a translation keeps the original's anchor {#${heading.id}}.`,
    });
  });
  for (const heading of own) {
    if (!heading.id || theirIds.includes(heading.id)) continue;
    problems.add({
      file: parsed.file,
      line: heading.line,
      zh: `锚点“${heading.id}”在原文 ${originalFile} 中不存在。译文的标题锚点必须与原文相同，原文的锚点有：${theirIds.join("、")}。`,
      en: `The anchor "${heading.id}" is not in the original, ${originalFile}. A translation's anchors must be the original's: ${theirIds.join(", ")}.`,
    });
  }
  const shared = ownIds.filter((id) => theirIds.includes(id));
  const expected = theirIds.filter((id) => ownIds.includes(id));
  const at = shared.findIndex((id, index) => id !== expected[index]);
  if (at >= 0) {
    const heading = own.find((h) => h.id === shared[at]);
    problems.add({
      file: parsed.file,
      line: heading?.line ?? bodyStart,
      zh: `标题顺序与原文不同：这里是锚点“${shared[at]}”，原文此处是“${expected[at]}”。`,
      en: `The headings are not in the original's order: this is the anchor "${shared[at]}", where the original has "${expected[at]}".`,
    });
  }
}

function pageOfFile(file: string, sections: Section[]): string {
  const section = sections.find((s) => s.file === file);
  if (section) return `/sections/${section.slug}/`;
  return file.endsWith("projects.md") ? "/projects/" : "/";
}

export function findSection(plan: Plan, slugValue: string): Section | undefined {
  return plan.sections.find((section) => section.slug === slugValue);
}
