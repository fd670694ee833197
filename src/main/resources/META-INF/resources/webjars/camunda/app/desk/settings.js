/*
 * What the desk's four webapps (Tasklist, Cockpit, Admin, Welcome) share in their config.js: the bank's clock, the
 * languages, the date formats and the desk's Angular module. Each app's scripts/config.js spreads this object and
 * adds its name and scripts; config.js is an ES module, so it imports this file relative to its own address.
 */
export default {
  // the bank's time zone, the same as complaints.time-zone: every date the app shows is on this clock (desk/desk.js)
  deskTimeZone: 'Asia/Shanghai',
  // Camunda ships en and de; zh is the product's own translation (locales/zh.json); a browser in any other
  // language reads English
  locales: {
    availableLocales: ['en', 'de', 'zh'],
    fallbackLocale: 'en'
  },
  // dates as yyyy-MM-dd (moment.js patterns)
  dateFormat: {
    normal: 'YYYY-MM-DD HH:mm',
    long: 'YYYY-MM-DD HH:mm:ss',
    short: 'YYYY-MM-DD',
    abbr: 'YYYY-MM-DD HH:mm',
    monthName: 'MMMM',
    day: 'DD'
  },
  // Camunda's first-login note points to its welcome page; the desk's start page is / instead
  disableWelcomeMessage: true,
  // the desk's Angular module, defined by desk.js, which every app loads as a custom script
  requireJsConfig: {
    ngDeps: ['complaintDesk']
  }
};
