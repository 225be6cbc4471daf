/**
 * The page's column: the site's content width, centred, with one --site-space on either side
 * (so 长者助手 widens the margins too); paper uses its whole width. Every band of the page
 * (header bar, toolbar, navigation, main, footer) lays its content out in it.
 */
export const SITE_CONTAINER = "mx-auto box-border w-full max-w-content px-4 print:m-0 print:max-w-none print:p-0";
