import { SearchPage, searchPageMetadata } from "@/components/pages/SearchPage";
import { pageLocale } from "@/lib/page-locale";

export async function generateMetadata({ params }: PageProps<"/[lang]/search">) {
  return searchPageMetadata(await pageLocale(params));
}

export default async function Page({ params }: PageProps<"/[lang]/search">) {
  return <SearchPage locale={await pageLocale(params)} />;
}
