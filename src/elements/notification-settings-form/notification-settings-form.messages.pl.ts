import type { NotificationSettingsFormMessages } from './notification-settings-form.messages.js';

/** The Polish strings of `<notification-settings-form>`, loaded the first time the element speaks Polish. */
export default {
  heading: 'Wygląd wiadomości e-mail',
  loading: 'Wczytywanie ustawień…',
  loadFailed: 'Nie udało się wczytać ustawień.',
  retry: 'Spróbuj ponownie',
  logoLabel: 'Logo',
  logoHelp: 'Adres obrazu z Twoim logo, wyświetlanego u góry każdej wiadomości do klientów.',
  controlPanelLabel: 'Panel klienta',
  controlPanelHelp: 'Miejsce, w którym klienci logują się, aby zarządzać usługami.',
  websiteLabel: 'Witryna',
  websiteHelp: 'Twoja własna witryna, podlinkowana na dole każdej wiadomości.',
  notificationsLabel: 'Powiadomienia dla klientów',
  notificationsHelp: 'Wiadomości, które otrzymują Twoi klienci, z Twoim logo i linkami.',
  noNotifications: 'Brak dostępnych powiadomień.',
  enabled: 'Włączone',
  disabled: 'Wyłączone',
  none: 'Brak',
  logoAlt: 'Twoje logo',
  edit: 'Edytuj',
  save: 'Zapisz',
  saving: 'Zapisywanie…',
  cancel: 'Anuluj',
  saved: 'Ustawienia zapisane.',
  logoChecking: 'Sprawdzanie obrazu…',
  logoSize: (width, height) => `${width} × ${height} px`,
  issueNotAbsolute: 'Wpisz pełny adres zaczynający się od https://',
  issueUnsafeScheme: 'Dozwolone są tylko adresy internetowe zaczynające się od https:// lub http://.',
  issueTooLong: (length, max) => `Ten adres ma ${length} ${polishCharacters(length)}; limit to ${max}.`,
  issueLogoFailed: 'Nie udało się wczytać obrazu z tego adresu. Sprawdź, czy wskazuje na plik graficzny.',
  issuePlainHttp: 'Ten adres nie jest szyfrowany (http). Niektóre programy pocztowe ostrzegają przed tym; jeśli możesz, użyj https://.',
  issueLogoTooLarge: (width, height) =>
    `Ten obraz ma ${width} × ${height} px. Większość programów pocztowych dobrze wyświetla logo do 600 × 200 px.`,
  issueLogoSvg: 'To obraz SVG, którego Gmail i Outlook nie wyświetlają w wiadomościach; użyj logo PNG lub JPEG.',
  issueSummary: (count) => `Popraw ${count} ${polishFields(count)}.`,
  errorNetwork: 'Nie można połączyć się z serwerem. Twoje zmiany nadal tu są.',
  errorTimeout: 'Serwer zbyt długo nie odpowiadał. Twoje zmiany nadal tu są.',
  errorServer: 'Podczas zapisywania na serwerze wystąpił problem. Twoje zmiany nadal tu są.',
  errorRateLimited: 'Zbyt wiele żądań. Odczekaj chwilę i spróbuj ponownie. Twoje zmiany nadal tu są.',
  errorUnauthorized: 'Sesja wygasła. Zaloguj się ponownie, a potem zapisz. Twoje zmiany nadal tu są.',
  errorForbidden: 'Nie masz uprawnień do zmiany tych ustawień.',
  errorInvalidRequest: 'Serwer nie przyjął tych ustawień.',
  errorUnknown: 'Nie udało się zapisać ustawień. Twoje zmiany nadal tu są.',
  conflictHeading: 'Ktoś inny zmienił te ustawienia',
  conflictIntro: 'Podczas Twojej edycji ktoś inny zapisał te ustawienia. Wybierz, którą wartość zachować w każdym polu.',
  conflictField: 'Pole',
  conflictTheirs: 'Cudza',
  conflictMine: 'Twoja',
  keepSelected: 'Zapisz wybrane wartości',
  useTheirs: 'Użyj cudzych',
  keepEditing: 'Edytuj dalej',
  previewHeading: 'Podgląd',
  previewTitle: 'Podgląd wiadomości do klienta',
} satisfies NotificationSettingsFormMessages;

/** Polish has three counting forms: 1 pole, 2–4 pola (not 12–14), 5 pól; `other` is for fractions. */
function polishFields(count: number): string {
  return polishPlural(count, { one: 'pole', few: 'pola', many: 'pól', other: 'pola' });
}

function polishCharacters(count: number): string {
  return polishPlural(count, { one: 'znak', few: 'znaki', many: 'znaków', other: 'znaku' });
}

function polishPlural(count: number, forms: Partial<Record<Intl.LDMLPluralRule, string>>): string {
  return forms[new Intl.PluralRules('pl').select(count)] ?? forms.other ?? '';
}
