import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { isLanguage, LANGUAGE_STORAGE_KEY, pickLanguage, type Language } from './languages';

type Messages = Record<string, string>;

// One chunk per language: a person downloads only the messages of the language they read.
const loaders = import.meta.glob<Messages>('./messages/*.json', { import: 'default' });
const loadMessages = (lang: Language) => loaders[`./messages/${lang}.json`]!();

interface LanguageState {
  language: Language;
  setLanguage: (lang: Language) => void;
}

const LanguageContext = createContext<LanguageState | null>(null);

export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error('useLanguage outside I18nProvider');
  return state;
}

function storedLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null; // storage disabled by policy: fall back to the browser's languages
  }
}

/** Loads the chosen language's messages before rendering, keeps `<html lang>` in step. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(() => pickLanguage(storedLanguage(), navigator.languages));
  const [loaded, setLoaded] = useState<{ language: Language; messages: Messages } | null>(null);

  useEffect(() => {
    let current = true;
    void loadMessages(language).then((messages) => {
      if (!current) return;
      setLoaded({ language, messages });
      document.documentElement.lang = language;
    });
    return () => {
      current = false;
    };
  }, [language]);

  const setLanguage = useCallback((lang: Language) => {
    if (!isLanguage(lang)) return;
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
    } catch {
      // remembered for this page only
    }
    setLanguageState(lang);
  }, []);

  if (!loaded) return null;
  return (
    <LanguageContext.Provider value={{ language, setLanguage }}>
      <IntlProvider locale={loaded.language} defaultLocale="en" messages={loaded.messages}>
        {children}
      </IntlProvider>
    </LanguageContext.Provider>
  );
}
