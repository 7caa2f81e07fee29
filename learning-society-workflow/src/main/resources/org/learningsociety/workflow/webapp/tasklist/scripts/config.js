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
// "No results" / "All values selected", a select's "Select", and its fields' validation errors. In Vietnamese they are replaced as a
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
    // the text node is changed in place: replacing the element's text would leave form-js adding its
    // own node back beside it ("ChọnSelect")
    root.querySelectorAll('.fjs-dropdownlist-empty, .fjs-select-placeholder').forEach(element => {
      element.childNodes.forEach(node => {
        const vi = node.nodeType === Node.TEXT_NODE ? WORDS[node.data.trim()] : undefined;
        if (vi) {
          node.data = vi;
        }
      });
    });
  };
  // A field's validation errors (form-js writes them in English, some with a value in them). The text
  // node is changed in place, so that form-js goes on updating the node it drew.
  const ERRORS = [
    [/^Field is required\.$/, () => 'Trường này là bắt buộc.'],
    [/^Field must have minimum value of (.+)\.$/, (m) => `Giá trị nhỏ nhất là ${m[1]}.`],
    [/^Field must have maximum value of (.+)\.$/, (m) => `Giá trị lớn nhất là ${m[1]}.`],
    [/^Field must have minimum length of (.+)\.$/, (m) => `Cần ít nhất ${m[1]} ký tự.`],
    [/^Field must have maximum length of (.+)\.$/, (m) => `Không quá ${m[1]} ký tự.`],
    [/^Field must match pattern (.+)\.$/, (m) => `Giá trị không đúng mẫu ${m[1]}.`],
    [/^Field must be a valid email\.$/, () => 'Địa chỉ thư điện tử không hợp lệ.'],
    [/^Field must be an integer\.$/, () => 'Giá trị phải là số nguyên.'],
    [/^Field must have at most (\d+) decimal digits?\.$/, (m) => `Tối đa ${m[1]} chữ số thập phân.`],
    [/^Value is not a number\.$/, () => 'Giá trị phải là một số.'],
    [/^Should be an integer\.$/, () => 'Giá trị phải là số nguyên.'],
    [/^Should be at least (.+)\.$/, (m) => `Giá trị phải từ ${m[1]} trở lên.`],
    [/^Should be at most (.+)\.$/, (m) => `Giá trị không được lớn hơn ${m[1]}.`],
    [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
      (m) => `Hãy chọn một giá trị hợp lệ; hai giá trị hợp lệ gần nhất là ${m[1]} và ${m[2]}.`]
  ];
  const translateErrors = root => {
    root.querySelectorAll('.fjs-form-field-error li').forEach(item => {
      const node = item.firstChild;
      if (!node || node.nodeType !== Node.TEXT_NODE) {
        return;
      }
      for (const [english, vietnamese] of ERRORS) {
        const match = english.exec(node.data.trim());
        if (match) {
          node.data = vietnamese(match);
          return;
        }
      }
    });
  };
  new MutationObserver(records => {
    if (records.some(record => {
      const element = record.target.nodeType === Node.TEXT_NODE ? record.target.parentElement : record.target;
      return element && element.closest && element.closest('.fjs-container');
    })) {
      translate(document);
      translateErrors(document);
    }
  }).observe(document.documentElement, {childList: true, subtree: true, characterData: true});
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
