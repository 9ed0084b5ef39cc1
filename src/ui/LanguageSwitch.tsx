// One button that switches between Russian and English; the label is in the target language.
import { locale, setLocale, t } from '../i18n/i18n';

export function LanguageSwitch() {
  const other = () => (locale() === 'ru' ? 'en' : 'ru');
  return (
    <button type="button" class="button secondary small" lang={other()} aria-label={t().shell.switchToLabel} onClick={() => void setLocale(other())}>
      {t().shell.switchTo}
    </button>
  );
}
