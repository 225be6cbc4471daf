import type { ReactElement } from "react";
import { Trans } from "react-i18next/TransWithoutContext";
import type { Namespace } from "@/locales/resources";
import type { Locale } from "@/lib/i18n/locales";
import { getI18n, getTranslator } from "@/lib/i18n/translate";

/**
 * A UI string whose sentence holds markup (a link, emphasis), written whole in
 * locales/<language>/<namespace>.json with named tags: "原文：<quote>“{{quote}}”</quote>".
 * Each tag is filled with the element of the same name in `components`, which keeps its
 * own attributes; the text inside comes from the string. Translators see the sentence
 * whole, so a language can put the link where its grammar wants it (react-i18next's Trans,
 * without a React context: this is a server component).
 */
export function LocalizedText({
  locale,
  ns = "common",
  i18nKey,
  values,
  components,
}: {
  locale: Locale;
  ns?: Namespace;
  i18nKey: string;
  values?: Record<string, string>;
  components: Record<string, ReactElement>;
}) {
  return <Trans i18n={getI18n(locale)} t={getTranslator(locale, ns)} ns={ns} i18nKey={i18nKey} values={values} components={components} />;
}
