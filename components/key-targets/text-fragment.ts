/** The attribute that holds a link's text fragment (`:~:text=…`), for the sentence-links module. */
export const TEXT_FRAGMENT_ATTRIBUTE = "data-text-fragment";
