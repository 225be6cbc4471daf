import fs from "node:fs";
import path from "node:path";
import type { FileReference } from "./body";
import type { ContentLink } from "./markdown";
import { lineOfPath, type ParsedFile } from "./front-matter";
import { likeness } from "./key-targets";
import type { ContentHeading } from "./markdown";
import { clip, type ContentProblem, type ProblemList } from "./messages";
import type { ProjectsFields } from "./schema";
import type { Section } from "./types";
import { DEFAULT_LOCALE } from "../i18n/locales";
import { PAGE_KINDS, SITE_FILES, sitePagePaths } from "../routes";

/**
 * Everything content points at must exist: pages and anchors of internal links, the
 * sections and paragraphs of the livelihood projects, images and downloadable files.
 * A page whose own file has a problem is not a place to report more: its anchors are
 * unknown until that problem is fixed, so links into it are not judged (no cascade).
 */

export interface Page {
  anchors: Set<string>;
  /** The file the page's text comes from, and its headings: where a reference to a missing anchor may have broken. */
  source?: AnchorPage;
  /** False when the page's file could not be read in full: its anchors are not judged. */
  certain: boolean;
}

/** Pages the site makes itself, which content may link to (their anchors are not content's). Content writes addresses as the default language has them. */
const SITE_PAGES = sitePagePaths(DEFAULT_LOCALE);
/** Files the site writes at build time. */
const BUILT_FILES: string[] = Object.values(SITE_FILES);
/** Where the section pages are: /sections/. */
const SECTION_PAGES = PAGE_KINDS.section.path("*").split("*")[0]!;

/** A site path that names a file (its last part has an extension), not a page. */
function isFilePath(sitePath: string): boolean {
  return /\.[a-z0-9]+$/i.test(sitePath.split("/").pop() ?? "");
}

/** Whether public/ holds the file a site path names. */
function publicFileExists(root: string, sitePath: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(sitePath);
  } catch {
    return false;
  }
  const publicDir = path.join(root, "public");
  const file = path.join(publicDir, decoded);
  return file.startsWith(publicDir + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile();
}

export interface AnchorPage {
  file: string;
  headings: ContentHeading[];
}

/**
 * References to anchors that do not exist, collected from projects, targets and links.
 * One reference is most likely mistyped, and is reported where it is written. Several to
 * the same anchor mean the anchor itself changed or went: that is one mistake, reported
 * once, in the page's file, at the heading whose anchor looks like the old one.
 */
export class MissingAnchors {
  private readonly groups = new Map<string, { page: AnchorPage; anchor: string; problems: ContentProblem[] }>();

  add(page: AnchorPage, anchor: string, problem: ContentProblem): void {
    const key = `${page.file}#${anchor}`;
    const group = this.groups.get(key) ?? { page, anchor, problems: [] };
    group.problems.push(problem);
    this.groups.set(key, group);
  }

  report(problems: ProblemList): void {
    for (const { page, anchor, problems: found } of this.groups.values()) {
      if (found.length === 1) {
        problems.add(found[0]!);
        continue;
      }
      const byFile = new Map<string, number[]>();
      for (const problem of found) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem.line]);
      const places = [...byFile].map(([file, lines]) => ({ zh: `${file} 第 ${lines.join("、")} 行`, en: `${file} line${lines.length > 1 ? "s" : ""} ${lines.join(", ")}` }));
      const where = { zh: places.map((place) => place.zh).join("；"), en: places.map((place) => place.en).join("; ") };
      const similar = page.headings
        .map((heading) => ({ heading, score: likeness(heading.id, anchor) }))
        .filter(({ heading, score }) => heading.id && score >= 0.5)
        .sort((a, b) => b.score - a.score)[0]?.heading;
      problems.add(
        similar
          ? {
              file: page.file,
              line: similar.line,
              zh: `有 ${found.length} 处引用锚点“${anchor}”（${where.zh}），但它已不存在；这一行标题的锚点是“${similar.id}”，是不是由“${anchor}”改来的？锚点发布后不能改：请改回 {#${anchor}}。`,
              en: `${found.length} references point to the anchor "${anchor}" (${where.en}), which no longer exists; this heading's anchor is "${similar.id}": was it "${anchor}"? Published anchors must not change: put {#${anchor}} back.`,
            }
          : {
              file: page.file,
              line: page.headings[0]?.line ?? 1,
              zh: `有 ${found.length} 处引用锚点“${anchor}”（${where.zh}），但 ${page.file} 里没有这个锚点。如果删掉或改了带这个锚点的标题，请恢复它；否则请逐处改正这些引用。`,
              en: `${found.length} references point to the anchor "${anchor}" (${where.en}), which ${page.file} does not have. If a heading with it was removed or its anchor changed, restore it; otherwise correct each reference.`,
            },
      );
    }
  }
}

export interface LinkContext {
  /** Where a link to a missing anchor is reported. */
  missingAnchors: MissingAnchors;
  root: string;
  pages: Map<string, Page>;
  /** Every section page is known (no section file failed to load). */
  sectionsKnown: boolean;
  /** The page a file's own `#anchor` links stay on. */
  pageOfFile: (file: string) => string;
}

export function checkLinks(links: { file: string; link: ContentLink }[], context: LinkContext, problems: ProblemList): void {
  for (const { file, link } of links) {
    const [rawPath = "", hash] = link.href.split("#");
    const sitePath = rawPath.split("?")[0] ?? "";
    if (sitePath && isFilePath(sitePath)) {
      if (!BUILT_FILES.includes(sitePath)) checkFile({ href: sitePath, line: link.line }, file, context.root, problems);
      continue;
    }
    const page = sitePath === "" ? context.pageOfFile(file) : sitePath.endsWith("/") ? sitePath : `${sitePath}/`;
    if (SITE_PAGES.includes(page)) continue;
    const known = context.pages.get(page);
    if (!known) {
      if (!context.sectionsKnown && page.startsWith(SECTION_PAGES)) continue;
      problems.add({
        file,
        line: link.line,
        zh: `链接 ${clip(link.href)} 指向的页面不存在。站内页面有：${[...context.pages.keys()].join("、")}。`,
        en: `The link ${clip(link.href)} leads to a page that does not exist. Pages: ${[...context.pages.keys()].join(", ")}.`,
      });
    } else if (hash && known.certain && !known.anchors.has(safeDecode(hash))) {
      const problem = {
        file,
        line: link.line,
        zh: `链接 ${clip(link.href)} 指向的锚点“${clip(hash)}”在页面 ${page} 中不存在。`,
        en: `The link ${clip(link.href)} leads to the anchor "${clip(hash)}", which the page ${page} does not have.`,
      };
      if (known.source) context.missingAnchors.add(known.source, safeDecode(hash), problem);
      else problems.add(problem);
    }
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** An image or a file to download, which must be in public/. */
export function checkFile(reference: FileReference, file: string, root: string, problems: ProblemList): void {
  if (publicFileExists(root, reference.href)) return;
  const image = reference.href.startsWith("/images/");
  problems.add({
    file,
    line: reference.line,
    zh: `找不到文件 ${clip(reference.href, 60)}：它应在 public${clip(reference.href, 60)}。${image ? "请把图片放进 public/images/ 文件夹" : "请把文件放进 public/files/ 文件夹"}，并核对文件名（包括大小写和扩展名）。`,
    en: `The file ${clip(reference.href, 60)} does not exist: it belongs at public${clip(reference.href, 60)}. ${image ? "Put the image in public/images/" : "Put the file in public/files/"} and check the name (case and extension included).`,
  });
}

/** Each project's related paragraphs: sections and anchors that exist. */
export function checkProjectReferences(parsed: ParsedFile<ProjectsFields>, sections: Section[], context: { sectionsKnown: boolean; uncertain: Set<string>; missingAnchors: MissingAnchors }, problems: ProblemList): void {
  const numbers = new Map<number, number>();
  parsed.data.projects.forEach((project, index) => {
    const first = numbers.get(project.number);
    if (first !== undefined) {
      problems.add({
        file: parsed.file,
        line: lineOfPath(parsed, ["projects", index, "number"]),
        field: `projects.${index}.number`,
        zh: `实事编号 ${project.number} 已经用于第 ${first + 1} 件实事，每件实事的编号必须不同。`,
        en: `Project number ${project.number} is already used by project ${first + 1}; each project needs its own number.`,
      });
    } else numbers.set(project.number, index);
    project.related.forEach((reference, refIndex) => {
      const at = ["projects", index, "related", refIndex];
      const section = sections.find((s) => s.slug === reference.section);
      if (!section) {
        if (!context.sectionsKnown) return;
        problems.add({
          file: parsed.file,
          line: lineOfPath(parsed, [...at, "section"]),
          field: `${at.join(".")}.section`,
          zh: `实事“${clip(project.title, 20)}”指向的章节“${reference.section}”不存在。现有章节：${sections.map((s) => s.slug).join("、")}。`,
          en: `Project "${clip(project.title, 30)}" points to the section "${reference.section}", which does not exist. Sections: ${sections.map((s) => s.slug).join(", ")}.`,
        });
      } else if (reference.anchor && !context.uncertain.has(section.file) && !section.headings.some((h) => h.id === reference.anchor)) {
        context.missingAnchors.add(section, reference.anchor, {
          file: parsed.file,
          line: lineOfPath(parsed, [...at, "anchor"]),
          field: `${at.join(".")}.anchor`,
          zh: `实事“${clip(project.title, 20)}”指向的段落“${reference.anchor}”在章节 ${section.slug}（${section.file}）中不存在。`,
          en: `Project "${clip(project.title, 30)}" points to the paragraph "${reference.anchor}", which section ${section.slug} (${section.file}) does not have.`,
        });
      }
    });
  });
}
