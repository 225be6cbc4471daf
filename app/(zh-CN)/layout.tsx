import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteLayout } from "@/components/SiteLayout";
import { SITE_ICONS } from "@/lib/seo/icon";
import "../globals.css";

export const metadata: Metadata = { icons: SITE_ICONS };

export default function SimplifiedChineseLayout({ children }: { children: ReactNode }) {
  return <SiteLayout locale="zh-CN">{children}</SiteLayout>;
}
