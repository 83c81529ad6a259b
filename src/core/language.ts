/** The two languages the add-in speaks; English and Chinese are equal citizens everywhere. */
export type Language = "en-US" | "zh-CN";

export const LANGUAGES: readonly Language[] = ["en-US", "zh-CN"];

/** Office reports languages like `zh-CN`, `zh-TW`, `en-GB`: any Chinese gets Chinese, everything else English. */
export function pickLanguage(requested: string | null | undefined): Language {
  return requested?.toLowerCase().startsWith("zh") ? "zh-CN" : "en-US";
}

/** A text in both languages. */
export type Bilingual = Readonly<Record<Language, string>>;
