/** HTML rendered from staff Markdown by lib/content/markdown.ts, which has already sanitised it. */
export function Prose({ html, lang }: { html: string; lang?: string }) {
  return <div className="prose" lang={lang} dangerouslySetInnerHTML={{ __html: html }} />;
}
