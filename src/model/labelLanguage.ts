/**
 * The label languages the library ships.
 *
 * @category Formatting
 */
export type LabelLanguage = "en" | "id";

/**
 * The label language for a locale: Indonesian for `id`, `id-ID` and other `id-*` tags (and the
 * legacy `in`), English for everything else.
 *
 * @internal
 */
export function labelLanguage(locale: string | undefined): LabelLanguage {
  if (typeof locale !== "string") return "en";
  const language = locale.toLowerCase().split(/[-_]/)[0];
  return language === "id" || language === "in" ? "id" : "en";
}
