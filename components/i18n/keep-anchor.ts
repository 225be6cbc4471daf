/** Marks a link to the same page in another language, whose anchor follows the reader's. */
export const KEEP_ANCHOR = { "data-keep-anchor": "" } as const;

/**
 * Every language has the same pages and the same anchors, so `#education` on an
 * English page is `#education` on the Chinese one. This inline script (it runs as the
 * page is read, before the page's own JavaScript has loaded, which on a slow phone can
 * be seconds) gives a marked link the current anchor when it is pressed: mousedown
 * covers the middle button and "open in new tab", click covers the keyboard. It reads
 * location.hash then, since a click on a link within the page changes it.
 */
export const KEEP_ANCHOR_SCRIPT = `(function () {
  function keep(event) {
    var link = event.target instanceof Element && event.target.closest("a[data-keep-anchor]");
    if (link) link.hash = location.hash;
  }
  document.addEventListener("mousedown", keep, true);
  document.addEventListener("click", keep, true);
})();`;
