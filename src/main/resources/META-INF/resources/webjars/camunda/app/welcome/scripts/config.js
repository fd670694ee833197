/*
 * Complaint Desk's Welcome: Camunda's documented customisation (config.js), nothing patched. This file stands in for
 * the webjar's own scripts/config.js: the Spring Boot starter serves /camunda/app/** from the classpath's
 * META-INF/resources/webjars/camunda/app/, where the application's own resources come before the webjar.
 * Shared look and behaviour: ../desk/ (desk.js, desk.css, logo.svg).
 */
export default {
  // the product's name in the header and the page title: "{vendor} {name}"
  app: {
    vendor: 'Complaint Desk',
    name: 'Welcome'
  },
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
  // the desk's own script: favicon, time zone, controls by permission, refusals in one sentence (app/desk/desk.js)
  customScripts: ['../desk/desk'],
  requireJsConfig: {
    ngDeps: ['complaintDesk']
  },
  // the product's own pages, beside the apps this page offers by the user's rights
  links: [
    {
      label: 'Complaint Desk start page',
      href: '/',
      description: 'Every page of the desk and whom it serves / 投诉工作台首页：各页面及其使用者'
    },
    {
      label: 'Complaint analytics',
      href: '/dashboard',
      description: 'Compliance, supervisors and senior managers / 投诉分析：合规、主管、高级管理人员'
    },
    {
      label: 'Customer status page',
      href: '/status.html',
      description: 'What customers see of their complaint / 客户投诉进度查询页'
    }
  ]
};
