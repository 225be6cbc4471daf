import type { Plan } from ".";
import { textDirective, type KeyTargetCard } from "./key-targets";
import type { Locale } from "../i18n/locales";
import { routes } from "../routes";

/** The key targets of one language's plan, each resolved to the paragraph it quotes. */
export function keyTargetCards(locale: Locale, plan: Plan): KeyTargetCard[] {
  const sectionOf = (slug: string | undefined) => (slug === undefined ? undefined : plan.sections.find((s) => s.slug === slug));
  // A target quotes the overview's language: one in a section or part still shown untranslated is left out.
  const shown = (plan.overview.targets ?? []).filter((target) => {
    const section = sectionOf(target.section);
    const heading = (section ?? plan.overview).headings.find((h) => h.id === target.anchor);
    return (!section || section.lang === plan.overview.lang) && !heading?.lang;
  });
  return shown.map((target) => {
    const section = sectionOf(target.section);
    const headings = section ? section.headings : plan.overview.headings;
    const href = section ? routes.section(locale, section.slug, target.anchor) : routes.home(locale, target.anchor);
    return {
      label: target.label,
      value: target.value,
      unit: target.unit,
      quote: target.quote,
      href,
      textFragment: textDirective(target.quote),
      place: headings.find((heading) => heading.id === target.anchor)?.text ?? "",
    };
  });
}
