/** The console's languages (the working languages of the four networks) and how one is chosen. */
export const LANGUAGES = ['en', 'fr', 'ru', 'pt'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language by its own name, so anyone finds theirs whatever language the page is in. */
export const LANGUAGE_ENDONYMS: Readonly<Record<Language, string>> = {
  en: 'English',
  fr: 'Français',
  ru: 'Русский',
  pt: 'Português',
};

/** localStorage key of the chosen language (a preference, never a credential). */
export const LANGUAGE_STORAGE_KEY = 'jcn.lang';

export const isLanguage = (value: unknown): value is Language => (LANGUAGES as readonly unknown[]).includes(value);

/** The stored choice if valid, else the first browser language we speak (by primary subtag), else English. */
export function pickLanguage(stored: string | null, browserLanguages: readonly string[]): Language {
  if (isLanguage(stored)) return stored;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}
