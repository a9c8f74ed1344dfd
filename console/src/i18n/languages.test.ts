import { pickLanguage } from './languages';

describe('the console language', () => {
  it('keeps a remembered choice over the browser', () => {
    expect(pickLanguage('ru', ['fr-FR', 'en'])).toBe('ru');
  });

  it('takes the first browser language it speaks, by primary subtag', () => {
    expect(pickLanguage(null, ['de-DE', 'pt-BR', 'fr'])).toBe('pt');
    expect(pickLanguage('xx', ['FR-ca'])).toBe('fr');
  });

  it('falls back to English', () => {
    expect(pickLanguage(null, ['de', 'zh-Hans'])).toBe('en');
    expect(pickLanguage(null, [])).toBe('en');
  });
});
