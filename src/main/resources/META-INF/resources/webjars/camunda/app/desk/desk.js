/*
 * Complaint Desk in Camunda's webapps (Tasklist, Cockpit, Admin, Welcome): one custom script, named by each app's
 * scripts/config.js ("customScripts") and loaded by the webapp before it starts. Through the AngularJS module
 * "complaintDesk" (config.js "requireJsConfig.ngDeps") it adds:
 *
 *  - the product's favicon; its name in the user's language; the desk's own texts in each language (merged into
 *    the labels the app loads), and Tasklist's filter names in the user's language;
 *  - dates on the bank's clock (config.js "deskTimeZone", the same as complaints.time-zone) in the formats of
 *    config.js "dateFormat" (Tasklist and Admin read that option themselves, Cockpit does not);
 *  - controls shown by permission, not by name: the engine is asked which authorizations the signed-in user holds
 *    (GET .../authorization/check) and the answers become classes "desk-may-{action}" on <body>; desk.css keeps
 *    each control hidden until its class is there (data-desk-checked on <body> names the page once answered);
 *  - refusals in one sentence: a 403 whose engine message lists missing permissions reaches the screen as
 *    DESK_REFUSED of the user's language;
 *  - in Tasklist's Camunda Forms (form-js 1.8): dates shown and typed as yyyy-MM-dd, and form-js's validation
 *    messages in words, in English and Chinese (never a regular expression);
 *  - in Tasklist, after an agent registers a complaint with the start form: a notice with its reference and a copy
 *    button, until the agent dismisses it.
 *
 * Nothing here decides who may do what: the engine refuses whatever it refuses; this only stops offering it.
 */
const angular = window.angular;
const base = document.querySelector('base');
const APP = base.getAttribute('app-name');
const APP_ROOT = base.getAttribute('app-root');
/** The process engine the app shows: /camunda/app/{app}/{engine}/ */
const ENGINE = (window.location.pathname.match(/\/app\/[\w-]+\/([\w-]+)/) || [])[1] || 'default';
const ENGINE_API = base.getAttribute('engine-api') + 'engine/' + ENGINE + '/';
const config = {
  tasklist: window.camTasklistConf,
  cockpit: window.camCockpitConf,
  admin: window.camAdminConf,
  welcome: window.camWelcomeConf
}[APP] || {};
const TIME_ZONE = config.deskTimeZone || 'Asia/Shanghai';

/**
 * The desk's own texts, and Camunda's texts that speak of Camunda, in each language the webapps offer. They join the
 * labels the webapp loads (locales/{language}.json), so they are translated like every other text.
 */
const LABELS = {
  en: {
    DESK_REFUSED_TITLE: 'Not allowed',
    DESK_REFUSED: 'Your role does not allow this; if it needs doing, ask a supervisor or an administrator.',
    AUTH_LOGOUT_THANKS: 'Thank you for using Complaint Desk today. Have a great {{dayContext}}!',
    FIRST_LOGIN_HEADING: 'Welcome to Complaint Desk',
    APP_VENDOR: 'Complaint Desk',
    CAM_WIDGET_FOOTER_TIMEZONE: 'Dates and times on the bank\'s clock:',
    BANNER_CE_EOL_TEXT: '',
    DESK_REGISTERED: 'Complaint registered:',
    DESK_REGISTERED_HINT: 'Give the customer this reference.',
    DESK_COPY: 'Copy',
    DESK_COPIED: 'Copied',
    DESK_DISMISS: 'Dismiss'
  },
  zh: {
    DESK_BRAND_tasklist: '投诉工作台 任务列表',
    DESK_BRAND_cockpit: '投诉工作台 流程监控',
    DESK_BRAND_admin: '投诉工作台 系统管理',
    DESK_BRAND_welcome: '投诉工作台 首页',
    DESK_REFUSED_TITLE: '无权操作',
    DESK_REFUSED: '您的角色无权执行此操作；如确需办理，请联系主管或系统管理员。',
    AUTH_LOGOUT_THANKS: '感谢您今天使用投诉工作台，祝您{{dayContext}}愉快！',
    FIRST_LOGIN_HEADING: '欢迎使用投诉工作台',
    APP_VENDOR: '投诉工作台',
    CAM_WIDGET_FOOTER_TIMEZONE: '日期和时间均按本行时区显示：',
    BANNER_CE_EOL_TEXT: '',
    DESK_REGISTERED: '投诉已登记：',
    DESK_REGISTERED_HINT: '请将此投诉编号告知客户。',
    DESK_COPY: '复制',
    DESK_COPIED: '已复制',
    DESK_DISMISS: '关闭'
  }
};
LABELS.de = LABELS.en;

/**
 * Tasklist's filters are the product's data (identity/TaskFilters.java names them in English); Tasklist shows a
 * filter's name as stored, so their names in another language are given here.
 */
const FILTER_NAMES = {
  zh: {
    'My group\'s tasks': '本组待认领任务',
    'My tasks': '我的任务',
    'Overdue': '已逾期',
    'Team tasks': '团队任务'
  }
};

/** Resources of the engine, as its authorization check names them (org.camunda.bpm.engine.authorization.Resources). */
const PROCESS_DEFINITION = { resourceType: 6, resourceName: 'ProcessDefinition' };
const TASK = { resourceType: 7, resourceName: 'Task' };
const PROCESS_INSTANCE = { resourceType: 8, resourceName: 'ProcessInstance' };
const DEPLOYMENT = { resourceType: 9, resourceName: 'Deployment' };

/** Every action a control may be shown for; desk.css names the controls of each. */
const ACTIONS = ['create-task', 'start-process', 'delete-instance', 'suspend-instance', 'retry-job', 'edit-variables',
  'modify-instance', 'assign-task', 'suspend-definition', 'update-definition', 'delete-deployment'];

// ---- the favicon ------------------------------------------------------------------------------------------------
document.querySelectorAll('link[rel~="icon"]').forEach(link => link.remove());
// the desk's mark (served by the application at /logo.svg, as on its own pages), and Camunda's favicon.ico path,
// where the application's favicon.ico stands in for Camunda's
for (const [type, href] of [['image/svg+xml', '/logo.svg'], ['image/x-icon', APP_ROOT + '/favicon.ico']]) {
  const link = document.createElement('link');
  link.rel = 'icon';
  link.type = type;
  link.href = href;
  document.head.appendChild(link);
}
document.documentElement.classList.add('complaint-desk', 'desk-app-' + APP);

// ---- the bank's clock -------------------------------------------------------------------------------------------
const wallClock = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE, hourCycle: 'h23',
  year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit'
});

function wallClockParts(instant) {
  return Object.fromEntries(wallClock.formatToParts(instant).map(part => [part.type, +part.value]));
}

/** An instant from what the engine sends: a Date, milliseconds, or ISO 8601 with an offset (+0800, +08:00, Z). */
function instantOf(value) {
  if (value instanceof Date || typeof value === 'number') {
    return new Date(value);
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(String(value));
  if (!iso) {
    return new Date(NaN);
  }
  const [, year, month, day, hour, minute, second = '0', millis = '0', zone] = iso;
  const fields = Date.UTC(+year, +month - 1, +day, +hour, +minute, +second, +millis.padEnd(3, '0'));
  if (!zone) {
    // no offset: a time on the bank's clock
    const guess = new Date(fields);
    const p = wallClockParts(guess);
    return new Date(fields - (Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(fields / 1000) * 1000));
  }
  if (zone === 'Z') {
    return new Date(fields);
  }
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return new Date(fields - sign * (+digits.slice(0, 2) * 60 + +digits.slice(2)) * 60000);
}

/** A Date whose local fields show the instant on the bank's clock: the webapps format local fields. */
function onBankClock(value) {
  const instant = instantOf(value);
  if (isNaN(instant.getTime())) {
    return value;
  }
  const p = wallClockParts(instant);
  return new Date(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, instant.getMilliseconds());
}

// ---- Tasklist's forms: dates and validation messages ------------------------------------------------------------
/*
 * form-js 1.8.7, which renders Tasklist's Camunda Forms, has no option for a date's format: its date picker shows,
 * and reads what is typed, in the browser's short date format, which it learns from new Intl.DateTimeFormat('default')
 * (MM/dd/yyyy in an American browser, yyyy/M/d in a Chinese one). The bank writes yyyy-MM-dd: that one question is
 * answered as a locale that writes so answers it (Swedish: 2026-10-15). Every other use of Intl.DateTimeFormat names
 * its locale or none and is left alone. What a date field stores stays form-js's ISO date, yyyy-MM-dd.
 */
const FORM_DATE_LOCALE = 'sv-SE';
if (APP === 'tasklist') {
  const formJsAsksTheBrowsersFormat = args => args[0] === 'default' && args[1] === undefined;
  const answer = args => (formJsAsksTheBrowsersFormat(args) ? [FORM_DATE_LOCALE] : args);
  Intl.DateTimeFormat = new Proxy(Intl.DateTimeFormat, {
    construct: (target, args, newTarget) => Reflect.construct(target, answer(args), newTarget),
    apply: (target, self, args) => Reflect.apply(target, self, answer(args))
  });
}

/*
 * form-js 1.8.7 writes its validation messages in English, and a pattern's as the regular expression itself ("Field
 * must match pattern ^[A-Za-z0-9-]{1,40}$."); it has no way to give a field a message of its own. In Tasklist each of
 * its messages is written here in words, in English and Chinese as the forms' labels are. A pattern's rule is the
 * field's help text (its description, right above the message), which every form with a pattern gives in both
 * languages (FormTextsIT checks).
 */
const FORM_MESSAGES = [
  [/^Field is required\.$/, () => 'Required / 必填'],
  [/^Field must match pattern /, hint => (hint
    ? 'Not accepted as typed: please follow the hint above / 填写格式有误，请按上方提示填写'
    : 'Not accepted as typed / 填写格式有误')],
  [/^Field must have minimum value of (.+)\.$/, (hint, n) => `At least ${n} / 不得小于 ${n}`],
  [/^Field must have maximum value of (.+)\.$/, (hint, n) => `At most ${n} / 不得大于 ${n}`],
  [/^Field must have minimum length of (\d+)\.$/, (hint, n) => `At least ${n} characters / 至少 ${n} 个字符`],
  [/^Field must have maximum length of (\d+)\.$/, (hint, n) => `At most ${n} characters / 最多 ${n} 个字符`],
  [/^Field must be a valid email\.$/, () => 'An e-mail address such as name@example.com / 请填写有效的电子邮箱，例如 name@example.com'],
  [/^Field must be a valid\s+international phone number/, () => 'A phone number with its country code, such as +8613800001234 / 请填写带国家代码的电话号码，例如 +8613800001234'],
  [/^Value is not a number\.$/, () => 'A number, please / 请填写数字'],
  [/^Value is expected to be an integer\.$/, () => 'A whole number, please / 请填写整数'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (hint, n) => `At most ${n} decimal places / 最多 ${n} 位小数`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/, (hint, a, b) => `${a} or ${b}, please / 请填写 ${a} 或 ${b}`]
];

/** form-js's messages under the fields of the page, in words; each text node is changed in place, so Preact keeps it. */
function formMessagesInWords() {
  document.querySelectorAll('.fjs-form-field-error li').forEach(item => item.childNodes.forEach(node => {
    if (node.nodeType !== Node.TEXT_NODE) {
      return;
    }
    const message = node.nodeValue.trim();
    for (const [pattern, words] of FORM_MESSAGES) {
      const match = pattern.exec(message);
      if (match) {
        const field = item.closest('.fjs-form-field');
        const hint = field && field.querySelector('.fjs-form-field-description');
        node.nodeValue = words(hint && hint.textContent.trim(), ...match.slice(1));
        return;
      }
    }
  }));
}

// ---- Tasklist: the reference of a complaint just registered -----------------------------------------------------
/*
 * Tasklist says only "The process has been started." for three seconds. Its start-form submission
 * (POST .../process-definition/{id}/submit-form) answers the started instance, whose business key the intake
 * listener has made the complaint's reference: the agent sees that reference, with a copy button, until dismissing
 * it (kept for the browser tab, so a reload does not lose it).
 */
const REFERENCE = /^CC-\d{8}-\d{6}$/;
const REGISTERED_KEY = 'complaintDesk.registered';

function rememberRegistered(reference) {
  try {
    if (reference) {
      sessionStorage.setItem(REGISTERED_KEY, reference);
    } else {
      sessionStorage.removeItem(REGISTERED_KEY);
    }
  } catch (storageRefused) {
    // the notice still shows; only a reload forgets it
  }
}

function rememberedRegistered() {
  try {
    return sessionStorage.getItem(REGISTERED_KEY);
  } catch (storageRefused) {
    return null;
  }
}

/** Puts the text on the clipboard: the Clipboard API where the page may use it, else the browser's copy command. */
function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    return navigator.clipboard.writeText(text);
  }
  return new Promise((resolve, reject) => {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    return copied ? resolve() : reject(new Error('the browser refused to copy'));
  });
}

/** Shows (or, with no reference, removes) the notice of the complaint just registered. */
function showRegistered(reference, $translate) {
  let notice = document.querySelector('.desk-registered');
  if (!reference) {
    if (notice) {
      notice.remove();
    }
    return;
  }
  if (!notice) {
    notice = document.createElement('div');
    notice.className = 'desk-registered';
    notice.setAttribute('role', 'status');
    notice.setAttribute('aria-live', 'polite');
    notice.innerHTML = '<span class="desk-registered-text"></span> <strong class="desk-registered-reference"></strong> '
      + '<button type="button" class="btn btn-default btn-xs desk-registered-copy"></button> '
      + '<span class="desk-registered-hint"></span>'
      + '<button type="button" class="close desk-registered-dismiss"><span aria-hidden="true">&times;</span></button>';
    notice.querySelector('.desk-registered-copy').addEventListener('click', event => {
      const button = event.currentTarget;
      const shown = notice.getAttribute('data-reference');
      copyText(shown).then(() => {
        button.textContent = $translate.instant('DESK_COPIED');
        button.classList.add('desk-copied');
      }, () => {
        // no clipboard: the reference is selected, for Ctrl+C
        window.getSelection().selectAllChildren(notice.querySelector('.desk-registered-reference'));
      });
    });
    notice.querySelector('.desk-registered-dismiss').addEventListener('click', () => {
      rememberRegistered(null);
      notice.remove();
    });
    document.body.appendChild(notice);
  }
  notice.setAttribute('data-reference', reference);
  notice.querySelector('.desk-registered-reference').textContent = reference;
  notice.querySelector('.desk-registered-text').textContent = $translate.instant('DESK_REGISTERED');
  notice.querySelector('.desk-registered-hint').textContent = $translate.instant('DESK_REGISTERED_HINT');
  const copy = notice.querySelector('.desk-registered-copy');
  copy.textContent = $translate.instant('DESK_COPY');
  copy.classList.remove('desk-copied');
  copy.setAttribute('data-reference', reference);
  notice.querySelector('.desk-registered-dismiss').setAttribute('aria-label', $translate.instant('DESK_DISMISS'));
}

// ---- permissions ------------------------------------------------------------------------------------------------
/**
 * The actions on a page and, for each, the checks of which any one suffices: [permission, resource, resource id].
 * The engine accepts either a right on the instance (or on all instances, '*') or on its definition.
 */
function instanceChecks(instanceId, key) {
  const either = (onInstance, onDefinition) => [
    ...onInstance.map(permission => [permission, PROCESS_INSTANCE, instanceId]),
    ...onDefinition.map(permission => [permission, PROCESS_DEFINITION, key])
  ];
  return {
    'delete-instance': either(['DELETE'], ['DELETE_INSTANCE']),
    'suspend-instance': either(['SUSPEND', 'UPDATE'], ['SUSPEND_INSTANCE', 'UPDATE_INSTANCE']),
    'retry-job': either(['RETRY_JOB', 'UPDATE'], ['RETRY_JOB', 'UPDATE_INSTANCE']),
    'edit-variables': either(['UPDATE_VARIABLE', 'UPDATE'], ['UPDATE_INSTANCE_VARIABLE', 'UPDATE_INSTANCE']),
    'modify-instance': either(['UPDATE'], ['UPDATE_INSTANCE']),
    'assign-task': [['TASK_ASSIGN', TASK, '*'], ['UPDATE', TASK, '*'],
      ['TASK_ASSIGN', PROCESS_DEFINITION, key], ['UPDATE_TASK', PROCESS_DEFINITION, key]]
  };
}

function definitionChecks(key) {
  return Object.assign(instanceChecks('*', key), {
    'suspend-definition': [['SUSPEND', PROCESS_DEFINITION, key], ['UPDATE', PROCESS_DEFINITION, key]],
    'update-definition': [['UPDATE', PROCESS_DEFINITION, key]]
  });
}

function cockpitChecks() {
  return Object.assign(definitionChecks('*'), {
    'delete-deployment': [['DELETE', DEPLOYMENT, '*']]
  });
}

/** The engine's refusal when it lists missing permissions (a sentence of the product's own is left as it is). */
function isPermissionDump(data) {
  return !!data && data.type === 'AuthorizationException'
    && ((data.missingAuthorizations || []).length > 0 || /does not have .*permission/i.test(data.message || ''));
}

angular.module('complaintDesk', ['pascalprecht.translate'])

  .config(['$provide', '$httpProvider', '$injector', function ($provide, $httpProvider, $injector) {
    // the formats of config.js "dateFormat" (Cockpit sets its own formats in a config block; this one runs after it)
    if ($injector.has('camDateFormatProvider') && config.dateFormat) {
      const formats = $injector.get('camDateFormatProvider');
      Object.entries(config.dateFormat).forEach(([name, format]) => formats.setDateFormat(format, name));
    }
    // every date the webapps show passes the camDate filter: give it the bank's clock
    if ($injector.has('camDateFilterProvider')) {
      $provide.decorator('camDateFilter', ['$delegate', function (camDate) {
        return (value, format) => camDate(value ? onBankClock(value) : value, format);
      }]);
    }
    // the desk's texts join the labels of each language as the app loads them
    if ($injector.has('localeLoaderProvider')) {
      $provide.decorator('localeLoader', ['$delegate', function (load) {
        return options => load(options).then(labels => Object.assign(labels || {}, LABELS[options.key] || LABELS.en));
      }]);
    }

    // refusals: whichever way the app calls the engine ($http, or the SDK's client), a permission dump becomes a
    // sentence, and the notifications raised for it in the next moments say that sentence
    let refusedUntil = 0;
    const refused = () => { refusedUntil = Date.now() + 5000; };
    $httpProvider.interceptors.push(['$q', '$injector', function ($q, $inj) {
      return {
        responseError(response) {
          if (response.status === 403 && isPermissionDump(response.data)) {
            refused();
            response.data.message = $inj.get('$translate').instant('DESK_REFUSED');
          }
          return $q.reject(response);
        }
      };
    }]);
    if ($injector.has('camAPIHttpClientProvider')) {
      $provide.decorator('camAPIHttpClient', ['$delegate', '$injector', function (Client, $inj) {
        ['post', 'get', 'load', 'put', 'del'].forEach(method => {
          const call = Client.prototype[method];
          Client.prototype[method] = function (path, options) {
            const done = options && options.done;
            if (typeof done === 'function') {
              options.done = function (error, ...rest) {
                const body = error && error.response && error.response.body;
                if (error && error.status === 403 && (isPermissionDump(body) || /does not have .*permission/i.test(error.message || ''))) {
                  refused();
                  error.message = $inj.get('$translate').instant('DESK_REFUSED');
                  if (body) {
                    body.message = error.message;
                  }
                }
                return done.call(this, error, ...rest);
              };
            }
            return call.call(this, path, options);
          };
        });
        return Client;
      }]);
    }
    // Tasklist: a complaint registered with the start form shows its reference (the answer's business key)
    if (APP === 'tasklist' && $injector.has('camAPIHttpClientProvider')) {
      $provide.decorator('camAPIHttpClient', ['$delegate', '$injector', function (Client, $inj) {
        const post = Client.prototype.post;
        Client.prototype.post = function (path, options) {
          const done = options && options.done;
          if (/^process-definition\/.+\/submit-form$/.test(String(path)) && typeof done === 'function') {
            options.done = function (error, started, ...rest) {
              const reference = !error && started && started.businessKey;
              if (REFERENCE.test(reference || '')) {
                rememberRegistered(reference);
                showRegistered(reference, $inj.get('$translate'));
              }
              return done.call(this, error, started, ...rest);
            };
          }
          return post.call(this, path, options);
        };
        return Client;
      }]);
    }
    $provide.decorator('Notifications', ['$delegate', '$injector', function (notifications, $inj) {
      const add = notifications.add;
      notifications.add = function (notification) {
        const text = String(notification && notification.message || '');
        const $translate = $inj.get('$translate');
        if (notification && notification.type === 'danger'
          && (Date.now() < refusedUntil || /does not have .*permission|unauthorized to/i.test(text))) {
          notification.status = $translate.instant('DESK_REFUSED_TITLE');
          notification.message = $translate.instant('DESK_REFUSED');
        }
        return add.call(this, notification);
      };
      return notifications;
    }]);
  }])

  .run(['$rootScope', '$q', '$location', '$translate', function ($rootScope, $q, $location, $translate) {
    const body = document.body;
    const answers = new Map();

    /**
     * A GET of the engine's REST API with the webapp's session, answered as JSON or null. Not through Angular's
     * $http, which shows each failed call as an error: a "no" here is an answer.
     */
    function engine(path, params) {
      return $q.when(fetch(ENGINE_API + path + (params ? '?' + new URLSearchParams(params) : ''), {
        credentials: 'same-origin', headers: { Accept: 'application/json' }
      }).then(response => (response.ok ? response.json() : null)).catch(() => null));
    }

    /** One check, asked once per page load. */
    function allowed([permissionName, resource, resourceId]) {
      const key = [permissionName, resource.resourceName, resourceId].join('/');
      if (!answers.has(key)) {
        answers.set(key, engine('authorization/check', Object.assign({ permissionName, resourceId }, resource))
          .then(answer => !!answer && answer.authorized === true));
      }
      return answers.get(key);
    }

    /**
     * Sets the "desk-may-*" classes for the page at {@code path}; data-desk-checked names the page whose controls
     * they are, once the engine has answered (until then every control of a "desk-may-*" class stays hidden).
     */
    function show(path, checks, more) {
      body.removeAttribute('data-desk-checked');
      ACTIONS.forEach(name => body.classList.remove('desk-may-' + name));
      const names = Object.keys(checks);
      return $q.all(names.map(name => $q.all(checks[name].map(allowed)).then(yes => yes.some(Boolean))))
        .then(yes => $q.all(more || []).then(extra => {
          if ($location.path() !== path) {
            return;
          }
          const may = Object.assign({}, ...(extra || []));
          names.forEach((name, i) => { may[name] = yes[i]; });
          ACTIONS.forEach(name => body.classList.toggle('desk-may-' + name, !!may[name]));
          body.setAttribute('data-desk-checked', path);
        }));
    }

    let shownFor = null;
    function refresh() {
      const user = $rootScope.authentication && $rootScope.authentication.name;
      const path = $location.path();
      if (!user || shownFor === user + path) {
        return;
      }
      shownFor = user + path;
      const instance = path.match(/^\/process-instance\/([^/]+)/);
      const definition = path.match(/^\/process-definition\/([^/]+)/);
      const page = instance ? 'instance' : definition ? 'definition' : 'other';
      ['instance', 'definition', 'other'].forEach(name =>
        document.documentElement.classList.toggle('desk-page-' + name, name === page));

      if (APP === 'tasklist') {
        show(path, { 'create-task': [['CREATE', TASK, '*']] }, [
          // "Start process" for someone with a process to start (the engine's own test of what one may start)
          engine('process-definition/count', { latestVersion: true, active: true, startableInTasklist: true,
            startablePermissionCheck: true }).then(answer => ({ 'start-process': !!answer && answer.count > 0 }))
        ]);
      } else if (APP === 'cockpit' && instance) {
        engine('process-instance/' + instance[1])
          .then(found => show(path, instanceChecks(instance[1], found ? found.definitionKey : '*')));
      } else if (APP === 'cockpit' && definition) {
        engine('process-definition/' + definition[1])
          .then(found => show(path, found ? definitionChecks(found.key) : cockpitChecks()));
      } else if (APP === 'cockpit') {
        show(path, cockpitChecks());
      } else {
        body.setAttribute('data-desk-checked', path);
      }
    }

    $rootScope.$on('$locationChangeSuccess', refresh);
    $rootScope.$on('$routeChangeSuccess', refresh);
    $rootScope.$watch('authentication', () => {
      answers.clear();
      shownFor = null;
      refresh();
    });

    // the names of Tasklist's filters in the user's language (the names themselves are data, shown as stored)
    if (APP === 'tasklist') {
      const translateFilterNames = () => {
        const names = FILTER_NAMES[$translate.use()];
        if (!names) {
          return;
        }
        document.querySelectorAll('.task-filter h4.name a').forEach(link => link.childNodes.forEach(node => {
          const name = node.nodeType === Node.TEXT_NODE && node.nodeValue.trim();
          if (name && names[name]) {
            node.nodeValue = node.nodeValue.replace(name, names[name]);
          }
        }));
      };
      new MutationObserver(translateFilterNames).observe(document.body, { childList: true, characterData: true, subtree: true });
      $rootScope.$on('$translateChangeSuccess', translateFilterNames);

      // form-js's validation messages in words; the reference of the complaint registered last, until dismissed
      new MutationObserver(formMessagesInWords).observe(document.body, { childList: true, characterData: true, subtree: true });
      const registered = () => showRegistered(document.querySelector('.desk-registered')
        ? document.querySelector('.desk-registered').getAttribute('data-reference') : rememberedRegistered(), $translate);
      if (typeof $translate.onReady === 'function') {
        $translate.onReady(registered);
      } else {
        registered();
      }
      $rootScope.$on('$translateChangeSuccess', registered);
    }

    // the product's name in the user's language, in the header and the window's title (config.js names it in English)
    const brand = config.app ? config.app.vendor + ' ' + config.app.name : null;
    const title = document.querySelector('head title');
    const localBrand = () => (LABELS[$translate.use()] || {})['DESK_BRAND_' + APP];
    const translateBrand = () => {
      const local = localBrand();
      if (!brand || !local) {
        return;
      }
      if (title.textContent.startsWith(brand)) {
        title.textContent = local + title.textContent.slice(brand.length);
      }
      document.querySelectorAll('[cam-widget-header] .brand-name').forEach(name => {
        if (name.textContent.trim() === brand) {
          name.textContent = local;
        }
      });
    };
    new MutationObserver(translateBrand).observe(title, { childList: true, characterData: true, subtree: true });
    new MutationObserver(translateBrand).observe(document.body, { childList: true, subtree: true });
    $rootScope.$on('$translateChangeSuccess', translateBrand);

    // the footer names the clock every date is shown on
    $rootScope.$watch(() => document.querySelector('#footer-timezone i'), element => {
      if (element) {
        element.textContent = TIME_ZONE;
      }
    });
  }]);

export default [];
