import { SearchPage } from "@/components/pages/SearchPage";
import { searchPageMetadata } from "@/lib/seo/page-metadata";

export const generateMetadata = () => searchPageMetadata("zh-CN");

export default function Page() {
  return <SearchPage locale="zh-CN" />;
}
