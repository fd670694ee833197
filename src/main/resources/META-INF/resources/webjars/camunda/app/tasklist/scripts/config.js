/*
 * Complaint Desk's Tasklist: Camunda's documented customisation (config.js), nothing patched. This file stands in for
 * the webjar's own scripts/config.js: the Spring Boot starter serves /camunda/app/** from the classpath's
 * META-INF/resources/webjars/camunda/app/, where the application's own resources come before the webjar.
 * Shared settings, look and behaviour: ../desk/ (settings.js, desk.js, desk.css).
 */
import desk from '../../desk/settings.js';

export default {
  // the product's name in the header and the page title: "{vendor} {name}"
  app: {
    vendor: 'Complaint Desk',
    name: 'Tasklist'
  },
  ...desk,
  // the desk's own script: favicon, time zone, controls by permission, refusals in one sentence (app/desk/desk.js);
  // "Find by reference" above the task list (scripts/find-by-reference.js)
  customScripts: ['../desk/desk', 'scripts/find-by-reference'],
  // Camunda's keyboard shortcuts, as shipped
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
