import type { ReactNode } from "react";
import { SiteLayout } from "@/components/SiteLayout";
import "../globals.css";

export default function SimplifiedChineseLayout({ children }: { children: ReactNode }) {
  return <SiteLayout locale="zh-CN">{children}</SiteLayout>;
}
