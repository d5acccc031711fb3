// Shamy's Admin configuration: it replaces Camunda's config.js of the same path (Shamy's classes come first on the
// classpath). Admin speaks the language Shamy's pages speak: Shamy names it (web.WebappLanguage) and it is the only
// locale offered, so the browser's own language does not override it.
import language from '../../shamy-language.js';

document.documentElement.lang = language;

export default {
  locales: {
    availableLocales: [language],
    fallbackLocale: language
  }
};
