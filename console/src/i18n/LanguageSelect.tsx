import { useId } from 'react';
import { LANGUAGE_ENDONYMS, LANGUAGES, isLanguage } from './languages';
import { useLanguage } from './I18nProvider';

/** Labelled in all four languages at once, so a person who cannot read the current one still finds it. */
export const LANGUAGE_SELECT_LABEL = 'Language / Langue / Язык / Idioma';

export function LanguageSelect() {
  const { language, setLanguage } = useLanguage();
  const id = useId();
  return (
    <div className="language-select">
      <label htmlFor={id}>{LANGUAGE_SELECT_LABEL}</label>
      <select id={id} value={language} onChange={(e) => isLanguage(e.target.value) && setLanguage(e.target.value)}>
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {LANGUAGE_ENDONYMS[lang]}
          </option>
        ))}
      </select>
    </div>
  );
}
