// The status page's look-up, in its own file: the pages' Content-Security-Policy runs no inline script.
// The answer is shown in the customer's language: the complaint's (the one of their mails), or the one the
// switch at the top asks for (?lang=en|zh). The server names the stage and the promises and writes the times
// on the bank's clock (yyyy-MM-dd HH:mm, with the zone); this script only adds the captions.
const params = new URLSearchParams(location.search);
const asked = ['en', 'zh'].includes(params.get('lang')) ? params.get('lang') : null;
document.getElementById('reference').value = params.get('reference') || '';
for (const language of ['en', 'zh']) {
  const switchTo = new URLSearchParams({ lang: language });
  if (params.get('reference')) {
    switchTo.set('reference', params.get('reference'));
  }
  const link = document.getElementById('lang-' + language);
  link.href = '/status.html?' + switchTo;
  if (language === asked) {
    link.setAttribute('aria-current', 'page');
  }
}
const CAPTIONS = {
  en: { reference: 'Reference', stage: 'Stage', promise: label => label, by: time => 'by ' + time, lastUpdate: 'Last update' },
  zh: { reference: '投诉编号', stage: '当前阶段', promise: label => label + '时限', by: time => time + ' 前', lastUpdate: '最近更新' }
};
const result = document.getElementById('result');
function show(lines) {
  result.replaceChildren(...lines.map(text => Object.assign(document.createElement('p'), { textContent: text })));
}
function term(list, id, caption, value) {
  list.append(Object.assign(document.createElement('dt'), { textContent: caption }),
    Object.assign(document.createElement('dd'), { id: id, textContent: value }));
}
document.getElementById('query').addEventListener('submit', async event => {
  event.preventDefault();
  const reference = document.getElementById('reference').value.trim();
  const last4 = document.getElementById('phoneLast4').value.trim();
  const query = new URLSearchParams({ phoneLast4: last4 });
  if (asked) {
    query.set('lang', asked);
  }
  const response = await fetch('/api/complaints/' + encodeURIComponent(reference) + '/status?' + query);
  if (response.status === 429) {
    show(['Too many attempts; please try again later or call our hotline. / 尝试次数过多，请稍后再试或致电客服热线。']);
    return;
  }
  if (!response.ok) {
    show(['No complaint matches this reference and phone number. / 未找到匹配的投诉，请核对编号和手机号码。']);
    return;
  }
  const status = await response.json();
  const words = CAPTIONS[status.language] || CAPTIONS.en;
  const list = document.createElement('dl');
  list.lang = status.language;
  term(list, 'status-reference', words.reference, status.reference);
  term(list, 'status-stage', words.stage, status.stageLabel);
  for (const due of status.openDeadlines) {
    term(list, 'status-due-' + due.clock, words.promise(due.label), words.by(due.dueText));
  }
  term(list, 'status-last-update', words.lastUpdate, status.lastUpdateText);
  const zone = Object.assign(document.createElement('p'), { className: 'zone', id: 'status-zone', textContent: status.zoneNote });
  zone.lang = status.language;
  result.replaceChildren(list, zone);
});
