import { SearchPage } from "@/components/pages/SearchPage";
import { searchPageMetadata } from "@/lib/seo/page-metadata";
import { pageLocale } from "@/lib/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[lang]/search">) {
  return searchPageMetadata(await pageLocale(params));
}

export default async function Page({ params }: PageProps<"/[lang]/search">) {
  return <SearchPage locale={await pageLocale(params)} />;
}
