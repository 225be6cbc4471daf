import { HomePage } from "@/components/pages/HomePage";
import { homeMetadata } from "@/lib/seo/page-metadata";
import { pageLocale } from "@/lib/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[lang]">) {
  return homeMetadata(await pageLocale(params));
}

export default async function Page({ params }: PageProps<"/[lang]">) {
  return <HomePage locale={await pageLocale(params)} />;
}
