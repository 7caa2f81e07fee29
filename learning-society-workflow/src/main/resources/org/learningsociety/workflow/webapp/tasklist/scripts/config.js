/*
 * Camunda Tasklist's configuration, served by the learning-society starter
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

// Camunda Forms' date fields take their day/month order from the browser's default locale
// (Intl.DateTimeFormat('default')); in Vietnamese they show and take dd/MM/yyyy whatever the
// browser's language.
if (LOCALE === 'vi' && !Intl.DateTimeFormat.learningSociety) {
  const Native = Intl.DateTimeFormat;
  const Vietnamese = function (locales, options) {
    return new Native(locales === undefined || locales === 'default' ? 'vi-VN' : locales, options);
  };
  Vietnamese.prototype = Native.prototype;
  Vietnamese.supportedLocalesOf = Native.supportedLocalesOf;
  Vietnamese.learningSociety = true;
  Intl.DateTimeFormat = Vietnamese;
}

// Camunda Forms (form-js) writes a few words of its own in English: a tag list's "Search" and its
// "No results" / "All values selected", a select's "Select". In Vietnamese they are replaced as a
// form is drawn; only form-js's own elements are touched.
if (LOCALE === 'vi' && typeof MutationObserver !== 'undefined') {
  const WORDS = {
    'Search': 'Tìm kiếm',
    'No results': 'Không có kết quả',
    'All values selected': 'Đã chọn tất cả',
    'Select': 'Chọn'
  };
  const translate = root => {
    root.querySelectorAll('.fjs-taglist-input[placeholder]').forEach(input => {
      const vi = WORDS[input.getAttribute('placeholder')];
      if (vi) {
        input.setAttribute('placeholder', vi);
      }
    });
    root.querySelectorAll('.fjs-dropdownlist-empty, .fjs-select-placeholder').forEach(element => {
      const vi = WORDS[element.textContent.trim()];
      if (vi) {
        element.textContent = vi;
      }
    });
  };
  new MutationObserver(records => {
    if (records.some(record => record.target.closest && record.target.closest('.fjs-container'))) {
      translate(document);
    }
  }).observe(document.documentElement, {childList: true, subtree: true, characterData: false});
}

export default {
  app: {
    name: LOCALE === 'vi' ? 'Công việc' : 'Tasklist',
    vendor: 'Camunda'
  },
  // Only the chosen language is offered: Tasklist otherwise follows the browser's language,
  // and most officers' browsers are in English.
  locales: {
    availableLocales: [LOCALE],
    fallbackLocale: LOCALE
  },
  // Moment.js formats: 06/12/2026 14:30.
  dateFormat: {
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm'
  },
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: LOCALE === 'vi' ? 'nhận công việc đang chọn' : 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: LOCALE === 'vi' ? 'chuyển tới bộ lọc đầu tiên' : 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: LOCALE === 'vi' ? 'chuyển tới công việc đầu tiên trong danh sách' : 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: LOCALE === 'vi' ? 'chuyển tới ô nhập đầu tiên của biểu mẫu' : 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: LOCALE === 'vi' ? 'mở hộp bắt đầu quy trình' : 'opens the start process modal dialog'
    }
  }
};
