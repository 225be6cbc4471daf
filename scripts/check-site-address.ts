/**
 * npm run build, first step after clean-export: the site's public address. A build for
 * publication needs SITE_URL (lib/seo/site-address.ts); without it, or with an address that
 * is not a bare http(s) origin, the build stops here, before anything is written, with
 * what to do in Chinese and English. A local preview (SITE_PREVIEW=1: npm run serve,
 * npm run build:preview, npm test) says so, so that nobody mistakes it for a release.
 */
import { siteAddressFrom, SiteAddressError } from "../lib/seo/site-address";

try {
  const address = siteAddressFrom(process.env);
  if (address.preview) {
    console.log(
      [
        `⚠ 本机预览构建：网页中的完整网址都是 ${address.url}，robots.txt 不让搜索引擎收录。不要发布这次构建的 out/。`,
        `⚠ Local preview build: every full URL in the pages is ${address.url}, and robots.txt asks search engines to stay out. Do not publish this out/.`,
        `  用于发布 / For publication: SITE_URL=https://www.example.gov.cn npm run build`,
      ].join("\n"),
    );
  } else {
    console.log(`✓ 网站公开地址 / Public address: ${address.url}`);
    if (address.url.startsWith("http:")) {
      console.log(
        "⚠ 这个地址用的是 http，而 deploy/ 中的 nginx 配置把 http 转到 https：网页里的链接会多一次跳转。\n" +
          "⚠ This address is http, while the nginx configuration in deploy/ redirects http to https: links in the pages will take an extra redirect.",
      );
    }
  }
} catch (error) {
  if (!(error instanceof SiteAddressError)) throw error;
  console.error(`✗ ${error.zh}\n✗ ${error.en}`);
  process.exitCode = 1;
}
