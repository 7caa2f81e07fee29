/*
 * Camunda Welcome's configuration, served by the learning-society starter
 * (learning-society.webapp.vietnamese=true): Vietnamese by default, English on request.
 *
 * An officer switches language by opening the app once with ?lang=en (or ?lang=vi);
 * the choice is kept in the browser (localStorage "learningSociety.locale") for every app.
 */
const KEY = 'learningSociety.locale';
const LOCALE = (() => {
  try {
    const asked = new URLSearchParams(window.location.search).get('lang');
    if (asked === 'vi' || asked === 'en') {
      window.localStorage.setItem(KEY, asked);
    }
    return window.localStorage.getItem(KEY) === 'en' ? 'en' : 'vi';
  } catch (e) {
    return 'vi';
  }
})();

export default {
  app: {
    name: LOCALE === 'vi' ? 'Trang chào mừng' : 'Welcome',
    vendor: 'Camunda'
  },
  // Only the chosen language is offered: Welcome otherwise follows the browser's language.
  locales: {
    availableLocales: [LOCALE],
    fallbackLocale: LOCALE
  },
  dateFormat: {
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm'
  }
};
