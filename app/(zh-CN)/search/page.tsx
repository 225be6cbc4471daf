import { SearchPage, searchPageMetadata } from "@/components/pages/SearchPage";

export const generateMetadata = () => searchPageMetadata("zh-CN");

export default function Page() {
  return <SearchPage locale="zh-CN" />;
}
