/*
 * Complaint Desk's Cockpit: Camunda's documented customisation (config.js), nothing patched. This file stands in for
 * the webjar's own scripts/config.js: the Spring Boot starter serves /camunda/app/** from the classpath's
 * META-INF/resources/webjars/camunda/app/, where the application's own resources come before the webjar.
 * Shared settings, look and behaviour: ../desk/ (settings.js, desk.js, desk.css).
 */
import desk from '../../desk/settings.js';

export default {
  // the product's name in the header and the page title: "{vendor} {name}"
  app: {
    vendor: 'Complaint Desk',
    name: 'Cockpit'
  },
  ...desk,
  // the desk's own script: favicon, time zone, controls by permission, refusals in one sentence (app/desk/desk.js)
  customScripts: ['../desk/desk']
};
