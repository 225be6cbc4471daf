import type { LivelihoodProjects, Overview, Plan, Section } from "../content";
import { composeHtml } from "../content/mirror";
import { getTranslator } from "./translate";
import { DEFAULT_LOCALE, type Locale } from "./locales";
import type { ContentHeading, TextBlock } from "../content/markdown";
import { localizePath } from "../routes";
import { toTraditional, transformHtml } from "./traditional";

/**
 * The plan as loaded (lib/content/) made ready for the pages of one language:
 * - on 繁體中文 pages, every text still in Simplified characters (all of it, unless a
 *   hand-written file in content/zh-HK replaced a file, and then what that file lacks) is
 *   converted to Traditional;
 * - on a translation's pages, a part the translation lacks is the original's, marked with
 *   its language and introduced by the page language's "not yet translated" notice;
 * - links that staff wrote as site paths (`/sections/tourism/`) stay in the page's language.
 * Anchors, slugs, numbers and every other address are left exactly as they are.
 */
export function localizePlan(locale: Locale, plan: Plan): Plan {
  if (locale === DEFAULT_LOCALE) return plan;
  const toScript = locale === "zh-HK" ? toTraditional : undefined;
  const href = (value: string) => localizePath(locale, value);
  const notice = getTranslator(locale, "language")("translation.untranslated");
  /** The converter for text in the given language, if it is to be converted on these pages. */
  const converterFor = (lang: string | undefined) => (toScript && lang === DEFAULT_LOCALE ? toScript : undefined);

  const block = (value: TextBlock): TextBlock => {
    const convert = converterFor(value.lang);
    if (!convert) return value;
    return {
      ...value,
      heading: transformHtml(value.heading, { text: convert }),
      body: transformHtml(value.body, { text: convert }),
      paragraphs: value.paragraphs.map(convert),
      lang: locale,
    };
  };
  const heading = (value: ContentHeading, pieceConvert: ((text: string) => string) | undefined): ContentHeading => {
    const convert = value.lang ? converterFor(value.lang) : pieceConvert;
    if (!convert) return value;
    const { lang: _lang, ...rest } = value;
    return { ...rest, text: convert(value.text) };
  };

  const piece = <T extends Pick<Section, "lang" | "html" | "headings" | "blocks" | "paragraphs">>(
    value: T,
    texts: (convert: (text: string) => string) => Partial<T>,
  ): T => {
    const convert = converterFor(value.lang);
    const lang = convert ? locale : value.lang;
    const blocks = value.blocks.map(block);
    return {
      ...value,
      ...(convert ? texts(convert) : {}),
      blocks,
      html: transformHtml(composeHtml(blocks, lang, notice), { href }),
      headings: value.headings.map((h) => heading(h, convert)),
      paragraphs: blocks.flatMap((b) => b.paragraphs),
      lang,
    };
  };

  const overview = piece<Overview>(plan.overview, (c) => ({
    title: c(plan.overview.title),
    note: c(plan.overview.note),
    source: c(plan.overview.source),
    description: c(plan.overview.description),
    ...(plan.overview.targets
      ? { targets: plan.overview.targets.map((target) => ({ ...target, label: c(target.label), unit: c(target.unit), quote: c(target.quote) })) }
      : {}),
  }));
  const sections = plan.sections.map((section) => piece<Section>(section, (c) => ({ title: c(section.title), description: c(section.description) })));

  const projects = plan.livelihoodProjects;
  const listConvert = converterFor(projects.lang);
  const livelihoodProjects: LivelihoodProjects = {
    ...projects,
    ...(listConvert ? { title: listConvert(projects.title), description: listConvert(projects.description), lang: locale } : {}),
    projects: projects.projects.map((project) => {
      const convert = project.lang ? converterFor(project.lang) : listConvert;
      if (!convert) return project;
      const { lang: _lang, ...rest } = project;
      return { ...rest, title: convert(project.title) };
    }),
  };
  return { overview, sections, livelihoodProjects };
}
