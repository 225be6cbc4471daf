/** On the element that shows the page's address as text, in the share section (read by the copy-link module). */
export const PAGE_ADDRESS_ATTRIBUTE = "data-page-address";
