import fs from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { checkKeyTargets } from "./key-targets";
import { renderMarkdown, type ContentLink, type RenderedMarkdown } from "./markdown";
import { lineOfPath, parseFile, type ParsedFile } from "./front-matter";
import { checkFile, checkLinks, checkProjectReferences, MissingAnchors, type Page } from "./links";
import { ContentError, ProblemList, type ContentProblem } from "./messages";
import { missingFile, mirrorOverview, mirrorProjects, mirrorSection, translationWords } from "./mirror";
import { overviewSchema, projectsSchema, sectionSchema, type SectionFields } from "./schema";
import type { LivelihoodProjects, Overview, Plan, Section } from "./types";
import { describe } from "../seo/description";
import { DEFAULT_LOCALE } from "../i18n/locales";
import { routes } from "../routes";
import { projectAnchor, SITE_IDS } from "../site-ids";

/**
 * The one module that reads content/. Every page gets its text from here, already
 * validated: a mistake in a Markdown file stops the build with a message naming the
 * file, the line and the field, in Chinese and English.
 */

export interface LoadOptions {
  /** The project folder; file names in messages are relative to it. */
  root?: string;
  /** The folder of one language's content, relative to root; its name is the language (BCP 47). */
  contentDir?: string;
  /**
   * For a translation, the folder of the original (content/zh-CN). A file, heading or project
   * the translation does not have is taken from the original, marked with the original's
   * language; what the translation has must agree with the original (lib/content/mirror.ts).
   */
  originalDir?: string;
  /** A translation meant to be whole (English): a file it lacks is a notice. Hand-written 繁體 files replace only some. */
  complete?: boolean;
}

/** What reading one language found: the plan if it has no problem, and every problem and notice in that language's own files. */
export interface ReadResult {
  plan?: Plan;
  problems: ContentProblem[];
  notices: ContentProblem[];
}

function markdownFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => path.join(dir, name));
}

interface Loaded<T> {
  parsed: ParsedFile<T>;
  rendered: RenderedMarkdown;
}

/**
 * Reads, checks and renders one language's content, never throwing: a file that cannot be
 * read, however broken, is one problem at its line. The problems are those of this
 * language's own files only; a translation whose original has problems is checked file by
 * file, and against the original once the original is sound.
 */
export function readPlan(options: LoadOptions = {}, originalResult?: ReadResult): ReadResult {
  const root = path.resolve(options.root ?? process.cwd());
  const contentDir = path.resolve(root, options.contentDir ?? "content/zh-CN");
  const lang = path.basename(contentDir);
  const problems = new ProblemList();
  const relative = (absolute: string) => path.relative(root, absolute).split(path.sep).join("/");
  const isTranslation = options.originalDir !== undefined;
  const original = isTranslation ? (originalResult ?? readPlan({ root, contentDir: options.originalDir })).plan : undefined;
  const words = translationWords(lang);
  const links: { file: string; link: ContentLink }[] = [];
  /** Files read only in part: links and references into them are not judged. */
  const uncertain = new Set<string>();
  const missingAnchors = new MissingAnchors();

  const load = <S extends z.ZodType>(absolute: string, schema: S): Loaded<z.infer<S>> | undefined => {
    const file = relative(absolute);
    try {
      const parsed = parseFile(absolute, file, schema, problems);
      if (!parsed) {
        uncertain.add(file);
        return undefined;
      }
      const rendered = renderMarkdown(parsed.body, file, parsed.bodyLineOffset, problems, lang);
      for (const link of rendered.internalLinks) links.push({ file, link });
      for (const image of rendered.images) checkFile(image, file, root, problems);
      if (problems.has(file)) uncertain.add(file);
      return { parsed, rendered };
    } catch (error) {
      // Whatever a file holds, its problem is told at its place, never as a stack trace.
      uncertain.add(file);
      problems.add({
        file,
        line: 1,
        zh: `无法读取这个文件（${error instanceof Error ? error.message.slice(0, 80) : "未知原因"}）。请检查最近的改动。`,
        en: `This file cannot be read (${error instanceof Error ? error.message.slice(0, 80) : "unknown reason"}). Check what changed last.`,
      });
      return undefined;
    }
  };

  const required = (absolute: string) => {
    if (fs.existsSync(absolute)) return true;
    if (!isTranslation) {
      problems.add({ file: relative(absolute), line: 1, zh: "找不到这个文件，它是必需的。文件名必须完全一致。", en: "This file is required but does not exist; its name must be exactly this." });
    }
    return false;
  };

  const overviewPath = path.join(contentDir, "overview.md");
  const projectsPath = path.join(contentDir, "projects.md");
  const overviewFile = required(overviewPath) ? load(overviewPath, overviewSchema) : undefined;
  const projectsFile = required(projectsPath) ? load(projectsPath, projectsSchema) : undefined;
  const sectionPaths = markdownFiles(path.join(contentDir, "sections"));
  const sectionFiles = sectionPaths.flatMap((file) => {
    const loaded = load(file, sectionSchema);
    return loaded ? [loaded] : [];
  });
  let sectionsKnown = sectionFiles.length === sectionPaths.length;
  if (!isTranslation && sectionPaths.length === 0) {
    problems.add({ file: relative(path.join(contentDir, "sections")), line: 1, zh: "sections 文件夹中没有任何章节文件。", en: "The sections folder holds no section file." });
  }
  // Sections that claim another's slug or order: links and references to either are not judged.
  // A slug taken twice hides one section's address, so "no such section" would only repeat it.
  if (!isTranslation) {
    const duplicates = checkDuplicates(sectionFiles.map((s) => s.parsed), problems);
    for (const file of duplicates) uncertain.add(file);
    if (duplicates.length) sectionsKnown = false;
  }

  const textOf = (loaded: Loaded<unknown>) => ({
    html: loaded.rendered.html,
    headings: loaded.rendered.headings,
    blocks: loaded.rendered.blocks,
    paragraphs: loaded.rendered.paragraphs,
    paragraphAnchors: loaded.rendered.paragraphAnchors,
    file: loaded.parsed.file,
    lang,
  });
  const ownSection = ({ parsed, rendered }: Loaded<SectionFields>): Section => ({
    ...parsed.data,
    description: parsed.data.description ?? describe(rendered.paragraphs[0] ?? parsed.data.title),
    ...textOf({ parsed, rendered }),
  });
  let overview: Overview | undefined = overviewFile && { ...overviewFile.parsed.data, ...textOf(overviewFile) };
  let livelihoodProjects: LivelihoodProjects | undefined = projectsFile && { ...projectsFile.parsed.data, file: projectsFile.parsed.file, lang };
  let sections: Section[] = sectionFiles.map(ownSection);

  if (isTranslation) {
    // Against the original, once it is sound; before that, each file was checked on its own.
    if (!original) return { problems: problems.items, notices: problems.notices };
    const byName = (file: string) => file.split("/").slice(-2).join("/");
    const mirrored = new Map(sectionFiles.map((loaded) => [byName(loaded.parsed.file), loaded]));
    for (const loaded of sectionFiles) {
      if (original.sections.some((section) => byName(section.file) === byName(loaded.parsed.file))) continue;
      problems.add({
        file: loaded.parsed.file,
        line: 1,
        zh: `原文中没有同名文件 ${byName(loaded.parsed.file)}。译文的文件名必须与原文相同；新增一节时，请先在原文（content/zh-CN）中添加。`,
        en: `The original has no file named ${byName(loaded.parsed.file)}. A translation keeps the original's file names; add a new section to the original (content/zh-CN) first.`,
      });
    }
    const ownPaths = new Set(sectionPaths.map((file) => byName(relative(file))));
    sections = original.sections.map((theirs) => {
      const loaded = mirrored.get(byName(theirs.file));
      if (loaded) return mirrorSection(ownSection(loaded), loaded.parsed, theirs, words, problems);
      if (options.complete && !ownPaths.has(byName(theirs.file))) missingFile(relative(path.join(contentDir, byName(theirs.file))), theirs.file, words, problems);
      return theirs;
    });
    if (overview && overviewFile) overview = mirrorOverview(overview, overviewFile.parsed, original.overview, words, problems);
    else if (options.complete && !fs.existsSync(overviewPath)) missingFile(relative(overviewPath), original.overview.file, words, problems);
    if (livelihoodProjects && projectsFile) livelihoodProjects = mirrorProjects(livelihoodProjects, projectsFile.parsed, original.livelihoodProjects, words, problems);
    else if (options.complete && !fs.existsSync(projectsPath)) missingFile(relative(projectsPath), original.livelihoodProjects.file, words, problems);
    overview ??= original.overview;
    livelihoodProjects ??= original.livelihoodProjects;
  } else {
    sections.sort((a, b) => a.order - b.order);
    if (projectsFile) checkProjectReferences(projectsFile.parsed, sections, { sectionsKnown, uncertain, missingAnchors }, problems);
  }

  if (overviewFile?.parsed.data.targets && overview) {
    const overviewParsed = overviewFile.parsed;
    checkKeyTargets(
      overviewFile.parsed.data.targets,
      {
        overview: { ...overview, file: overviewFile.parsed.file },
        // A translation's targets quote its own words: a section still shown in the
        // original language (no translated file yet) has none of them to check.
        sections: new Map(sections.filter((s) => s.lang === lang).map((s) => [s.slug, s])),
        untranslated: new Set(sections.filter((s) => s.lang !== lang).map((s) => s.slug)),
        sectionsIncomplete: !sectionsKnown,
        uncertain: (page) => uncertain.has(page.file),
        missingAnchor: (page, anchor, problem) => missingAnchors.add(page, anchor, problem),
        lineOf: (keys) => lineOfPath(overviewParsed, keys),
      },
      problems,
    );
  }

  // Every internal link must lead to a page and anchor that exist. Content writes the
  // addresses of the default language; every page has the site's own ids beside its text.
  const page = { home: routes.home(DEFAULT_LOCALE), projects: routes.projects(DEFAULT_LOCALE), section: (slug: string) => routes.section(DEFAULT_LOCALE, slug) };
  const pageOf = (file: string, anchors: string[], headings: Section["headings"] = []): Page => ({ anchors: new Set([SITE_IDS.main, ...anchors]), certain: !uncertain.has(file), source: { file, headings } });
  const homeBlocks = [SITE_IDS.sections, SITE_IDS.livelihoodProjects, ...(overview?.targets?.length ? [SITE_IDS.keyTargets] : [])];
  const pages = new Map<string, Page>();
  pages.set(page.home, overview ? pageOf(overview.file, [...overview.headings.map((h) => h.id), ...homeBlocks], overview.headings) : { anchors: new Set(), certain: false });
  pages.set(page.projects, livelihoodProjects ? pageOf(livelihoodProjects.file, livelihoodProjects.projects.map((p) => projectAnchor(p.number))) : { anchors: new Set(), certain: false });
  for (const section of sections) pages.set(page.section(section.slug), pageOf(section.file, section.headings.map((h) => h.id), section.headings));
  checkLinks(
    links,
    {
      root,
      pages,
      missingAnchors,
      sectionsKnown,
      pageOfFile: (file) => {
        const section = sections.find((s) => s.file === file);
        if (section) return page.section(section.slug);
        return file === livelihoodProjects?.file || file.endsWith("projects.md") ? page.projects : page.home;
      },
    },
    problems,
  );
  missingAnchors.report(problems);

  if (problems.items.length || !overview || !livelihoodProjects) return { problems: problems.items, notices: problems.notices };
  return { plan: { overview, sections, livelihoodProjects }, problems: [], notices: problems.notices };
}

/**
 * Two sections may not claim the same address (slug) or the same place in the order. The
 * problem is reported in the file that most likely changed: for order, a file whose name's
 * number (02-…) disagrees with its order; for slug, a file whose name does not carry the
 * slug; otherwise the later file by name (new sections are added at the end). Both files are
 * named, so the person can judge.
 */
function checkDuplicates(files: ParsedFile<SectionFields>[], problems: ProblemList): string[] {
  const involved: string[] = [];
  const nameNumber = (file: string) => Number(/^(\d+)-/.exec(path.basename(file))?.[1] ?? Number.NaN);
  const nameWord = (file: string) => path.basename(file, ".md").replace(/^\d+-/, "");
  for (const key of ["slug", "order"] as const) {
    const groups = new Map<string | number, ParsedFile<SectionFields>[]>();
    for (const parsed of files) groups.set(parsed.data[key], [...(groups.get(parsed.data[key]) ?? []), parsed]);
    for (const [value, group] of groups) {
      if (group.length < 2) continue;
      const fits = (parsed: ParsedFile<SectionFields>) => (key === "order" ? nameNumber(parsed.file) === value : nameWord(parsed.file) === value);
      const owner = group.find(fits) ?? group[0]!;
      involved.push(...group.map((parsed) => parsed.file));
      for (const parsed of group) {
        if (parsed === owner) continue;
        const why =
          key === "order" && !Number.isNaN(nameNumber(parsed.file))
            ? { zh: `本文件名以 ${String(nameNumber(parsed.file)).padStart(2, "0")} 开头，order 是不是应为 ${nameNumber(parsed.file)}？`, en: `This file's name starts with ${String(nameNumber(parsed.file)).padStart(2, "0")}: should its order be ${nameNumber(parsed.file)}?` }
            : { zh: "", en: "" };
        problems.add({
          file: parsed.file,
          line: lineOfPath(parsed, [key]),
          field: key,
          zh: `${key} 的值 ${value} 与 ${owner.file} 重复，每一节的 ${key} 必须不同。${why.zh}`,
          en: `The ${key} ${value} is already used by ${owner.file}; each section needs its own ${key}. ${why.en}`.trim(),
        });
      }
    }
  }
  return involved;
}

const cache = new Map<string, Plan>();

/** Loads, checks and renders one language's content. Throws ContentError listing every problem (notices do not stop it). */
export function loadPlan(options: LoadOptions = {}): Plan {
  const root = path.resolve(options.root ?? process.cwd());
  const contentDir = path.resolve(root, options.contentDir ?? "content/zh-CN");
  const cacheKey = options.originalDir ? `${contentDir}\n${path.resolve(root, options.originalDir)}` : contentDir;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const originalPlan = options.originalDir ? cache.get(path.resolve(root, options.originalDir)) : undefined;
  const original = options.originalDir ? (originalPlan ? { plan: originalPlan, problems: [], notices: [] } : readPlan({ root, contentDir: options.originalDir })) : undefined;
  const result = readPlan({ ...options, root }, original);
  const problems = [...(original?.problems ?? []), ...result.problems];
  if (!result.plan || problems.length) throw new ContentError(problems);
  // In `npm run dev` content is read afresh on every request, so saved edits show at once.
  if (process.env.NODE_ENV !== "development") cache.set(cacheKey, result.plan);
  return result.plan;
}

export function findSection(plan: Plan, slugValue: string): Section | undefined {
  return plan.sections.find((section) => section.slug === slugValue);
}

