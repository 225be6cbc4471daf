import { formatNumber } from "@/lib/i18n/format";
import type { KeyTargetCard } from "@/lib/content/key-targets";
import { getTranslator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import { MODULE_NAMES, moduleRoot } from "@/lib/modules/names";
import { SITE_IDS } from "@/lib/site-ids";
import { LocalizedText } from "../LocalizedText";
import { SentenceLink } from "./SentenceLink";

/** A unit written in letters ("billion yuan") stands a space apart from the number; 亿元 and % do not. */
function unitText(unit: string): string {
  return /^[A-Za-z]/.test(unit) ? `\u00a0${unit}` : unit;
}

/**
 * 主要目标一览: the plan's headline figures as cards, each quoting the sentence it comes
 * from and linking to that paragraph. Works for any language: the cards are data.
 */
export function KeyTargets({ locale, cards }: { locale: Locale; cards: KeyTargetCard[] }) {
  if (cards.length === 0) return null;
  const t = getTranslator(locale, "features");
  return (
    // The quotes repeat sentences of the sections: search finds them there, not here.
    <section aria-labelledby={SITE_IDS.keyTargets} className="key-targets" data-pagefind-ignore="all" {...moduleRoot(MODULE_NAMES.sentenceLinks)}>
      <h2 id={SITE_IDS.keyTargets}>{t("keyTargets.heading")}</h2>
      <p>{t("keyTargets.intro")}</p>
      <ul className="key-targets__list">
        {cards.map((card) => (
          <li key={`${card.label}:${card.value}`} className="target-card">
            <h3 className="target-card__label">{card.label}</h3>
            <p className="target-card__figure">
              <span className="target-card__value">{formatNumber(locale, card.value)}</span>
              <span className="target-card__unit">{unitText(card.unit)}</span>
            </p>
            <p className="target-card__source">
              <LocalizedText
                locale={locale}
                ns="features"
                i18nKey="keyTargets.source"
                values={{ quote: card.quote }}
                components={{ quote: <SentenceLink href={card.href} textFragment={card.textFragment} /> }}
              />
            </p>
            {card.place && <p className="target-card__place">{t("keyTargets.place", { place: card.place })}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
