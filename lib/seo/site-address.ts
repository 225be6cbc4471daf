/**
 * Reading and checking the site's public address (SITE_URL) and the preview switch
 * (SITE_PREVIEW). lib/seo/site-url.ts applies it to the build; scripts/check-site-address.ts runs
 * it first in `npm run build`, so that a wrong or missing address stops the build with a
 * plain message before anything is written.
 */

/** Where `npm run start` serves a preview build. */
export const PREVIEW_SITE_URL = "http://127.0.0.1:3000";

export interface SiteAddress {
  /** Scheme, host and port, without a final slash (https://www.example.gov.cn). */
  url: string;
  /** A local preview, not for publication. */
  preview: boolean;
}

/** A SITE_URL that cannot be used, with what to do, in Chinese and English. */
export class SiteAddressError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh}\n${en}`);
    this.name = "SiteAddressError";
  }
}

const EXAMPLE = "SITE_URL=https://www.example.gov.cn npm run build";
const PREVIEW_HINT_ZH = "只在本机预览请用 npm run serve（或 npm run build:preview）。";
const PREVIEW_HINT_EN = "To preview on this machine only, use npm run serve (or npm run build:preview).";

/** A host name of letters, digits and hyphens in dot-separated labels, or an IP address. */
const HOST_NAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
const IPV6 = /^\[[0-9a-f:.]+\]$/;

function isLoopback(hostname: string): boolean {
  return (
    hostname === "localhost" ||
    hostname.endsWith(".localhost") ||
    /^127\.\d+\.\d+\.\d+$/.test(hostname) ||
    hostname === "0.0.0.0" ||
    hostname === "[::1]" ||
    hostname === "[::]"
  );
}

/**
 * Reads SITE_URL and SITE_PREVIEW. Throws a SiteAddressError that says what is wrong
 * and how to mend it when SITE_URL is missing from a build for publication, or is not a
 * bare http(s) origin such as https://www.example.gov.cn.
 */
export function siteAddressFrom(env: Record<string, string | undefined>): SiteAddress {
  // `next dev` is always a local preview, whoever starts it.
  const preview = env.SITE_PREVIEW === "1" || env.NODE_ENV === "development";
  if (env.SITE_PREVIEW !== undefined && !["", "0", "1"].includes(env.SITE_PREVIEW)) {
    throw new SiteAddressError(
      `SITE_PREVIEW 只能是 1（本机预览）或不设置，现在是“${env.SITE_PREVIEW}”。`,
      `SITE_PREVIEW must be 1 (a local preview) or unset; it is "${env.SITE_PREVIEW}".`,
    );
  }
  const raw = env.SITE_URL;
  if (raw === undefined) {
    if (preview) return { url: PREVIEW_SITE_URL, preview };
    throw new SiteAddressError(
      `没有设置网站的公开地址 SITE_URL，不能构建用于发布的网站（否则网页里的链接、网站地图和二维码都会指向构建它的这台电脑）。请这样构建：${EXAMPLE}。${PREVIEW_HINT_ZH}`,
      `SITE_URL, the site's public address, is not set, so no site for publication can be built (its links, sitemap and QR codes would point at the machine that built it). Build with: ${EXAMPLE}. ${PREVIEW_HINT_EN}`,
    );
  }
  const shown = JSON.stringify(raw);
  const invalid = (zh: string, en: string) =>
    new SiteAddressError(
      `SITE_URL ${shown} 不是可用的网站地址：${zh}应只写协议和域名，例如 https://www.example.gov.cn。`,
      `SITE_URL ${shown} is not a usable site address: ${en} Give only the scheme and host, e.g. https://www.example.gov.cn.`,
    );
  if (raw.trim() === "") throw invalid("它是空的。", "it is empty.");
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point here
  if (/[\s\u0000-\u001f\u007f]/.test(raw)) throw invalid("其中有空格或控制字符。", "it contains a space or a control character.");
  if (!/^[a-z][a-z0-9+.-]*:/i.test(raw)) throw invalid("缺少协议，应以 https:// 开头。", "it has no scheme: it should start with https://.");
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw invalid("无法解析。", "it cannot be parsed as a URL.");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw invalid(
      `协议必须是 https（或 http），不能是 ${url.protocol.slice(0, -1)}。`,
      `its scheme must be https (or http), not ${url.protocol.slice(0, -1)}.`,
    );
  }
  if (!/^https?:\/\/[^/]/i.test(raw)) throw invalid("协议后应紧跟“//”和域名。", 'the scheme must be followed by "//" and the host.');
  if (url.username || url.password) throw invalid("不能包含用户名或密码。", "it must not contain a user name or password.");
  if (raw.includes("?") || raw.includes("#")) throw invalid("不能包含“?”查询或“#”片段。", 'it must not contain a "?" query or a "#" fragment.');
  if (!HOST_NAME.test(url.hostname) && !IPV6.test(url.hostname)) {
    throw invalid(`域名“${url.hostname}”不合规则。`, `the host "${url.hostname}" is not a valid host name.`);
  }
  if (url.pathname !== "/") {
    throw invalid(
      `不能包含路径（${url.pathname}）：网站必须放在域名的根目录。`,
      `it must not contain a path (${url.pathname}): the site is served from the root of its host.`,
    );
  }
  if (!preview && isLoopback(url.hostname)) {
    throw new SiteAddressError(
      `SITE_URL ${shown} 指向构建它的这台电脑，不是公开地址，不能用于发布。${PREVIEW_HINT_ZH}`,
      `SITE_URL ${shown} points at the machine that builds it, not at a public address, so it cannot be published. ${PREVIEW_HINT_EN}`,
    );
  }
  return { url: url.origin, preview };
}
