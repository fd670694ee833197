/*
 * Complaint Desk's Welcome: Camunda's documented customisation (config.js), nothing patched. This file stands in for
 * the webjar's own scripts/config.js: the Spring Boot starter serves /camunda/app/** from the classpath's
 * META-INF/resources/webjars/camunda/app/, where the application's own resources come before the webjar.
 * Shared settings, look and behaviour: ../desk/ (settings.js, desk.js, desk.css).
 */
import desk from '../../desk/settings.js';

export default {
  // the product's name in the header and the page title: "{vendor} {name}"
  app: {
    vendor: 'Complaint Desk',
    name: 'Welcome'
  },
  ...desk,
  // the desk's own script: favicon, time zone, controls by permission, refusals in one sentence (app/desk/desk.js)
  customScripts: ['../desk/desk'],
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
