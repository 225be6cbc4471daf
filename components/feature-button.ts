/**
 * A button of the site's own features (copy the link, print, search): in the brand colour,
 * with a dark edge below so it reads as a button also to those who see little colour; it
 * sinks when pressed. On black, and in 纯文本, where the brand colour is the page's own, its
 * border takes the text's colour so it keeps a visible edge (WCAG 1.4.11).
 */
export const FEATURE_BUTTON =
  "inline-flex min-h-target cursor-pointer items-center rounded-[4px] border-2 border-brand bg-brand px-[1.1em] py-[0.35em] leading-[1.4] font-bold text-brand-ink shadow-button hover:underline hover:decoration-2 hover:underline-offset-[0.2em] active:translate-y-[2px] active:shadow-button-pressed on-black:border-ink text-only:border-ink";
