import { SearchPage, searchPageMetadata } from "@/components/pages/SearchPage";

export function generateMetadata() {
  return searchPageMetadata("zh-CN");
}

export default function Page() {
  return <SearchPage locale="zh-CN" />;
}
