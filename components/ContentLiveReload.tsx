/**
 * In `npm run dev` only: reloads the page when a content file is saved (scripts/dev.mjs
 * sends the event). Never part of a production build.
 */
export function ContentLiveReload() {
  const url = process.env.CONTENT_RELOAD_URL;
  if (process.env.NODE_ENV !== "development" || !url) return null;
  const script = `new EventSource(${JSON.stringify(url)}).onmessage=function(){location.reload()}`;
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
