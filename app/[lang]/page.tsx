import { HomePage, homeMetadata } from "@/components/pages/HomePage";
import { pageLocale } from "@/lib/page-locale";

export async function generateMetadata({ params }: PageProps<"/[lang]">) {
  return homeMetadata(await pageLocale(params));
}

export default async function Page({ params }: PageProps<"/[lang]">) {
  return <HomePage locale={await pageLocale(params)} />;
}
