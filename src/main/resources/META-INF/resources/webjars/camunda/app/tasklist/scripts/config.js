// Shamy's Tasklist configuration: it replaces Camunda's config.js of the same path (Shamy's classes come first on
// the classpath). Tasklist speaks the language Shamy's pages speak: Shamy names it (web.WebappLanguage) and it is
// the only locale offered, so the browser's own language does not override it.
import language from '../../shamy-language.js';

document.documentElement.lang = language;

const descriptions = {
  kk: {
    claimTask: 'таңдалған тапсырманы өзіне алу',
    focusFilter: 'тізімдегі бірінші сүзгіге өту',
    focusList: 'тізімдегі бірінші тапсырмаға өту',
    focusForm: 'тапсырма формасының бірінші өрісіне өту'
  },
  ru: {
    claimTask: 'взять выбранную задачу себе',
    focusFilter: 'перейти к первому фильтру в списке',
    focusList: 'перейти к первой задаче в списке',
    focusForm: 'перейти к первому полю формы задачи'
  },
  en: {
    claimTask: 'claims the currently selected task',
    focusFilter: 'set the focus to the first filter in the list',
    focusList: 'sets the focus to the first task in the list',
    focusForm: 'sets the focus to the first input field in a task form'
  }
}[language];

export default {
  locales: {
    availableLocales: [language],
    fallbackLocale: language
  },
  // no start-process shortcut: only administrators may start a process (workflow.TasklistOffers)
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: descriptions.claimTask},
    focusFilter: {key: 'ctrl+shift+f', description: descriptions.focusFilter},
    focusList: {key: 'ctrl+alt+l', description: descriptions.focusList},
    focusForm: {key: 'ctrl+alt+f', description: descriptions.focusForm}
  }
};
