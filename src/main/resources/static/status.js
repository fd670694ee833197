// The status page's look-up, in its own file: the pages' Content-Security-Policy runs no inline script.
const params = new URLSearchParams(location.search);
document.getElementById('reference').value = params.get('reference') || '';
const result = document.getElementById('result');
function show(lines) {
  result.replaceChildren(...lines.map(text => Object.assign(document.createElement('p'), { textContent: text })));
}
document.getElementById('query').addEventListener('submit', async event => {
  event.preventDefault();
  const reference = document.getElementById('reference').value.trim();
  const last4 = document.getElementById('phoneLast4').value.trim();
  const response = await fetch('/api/complaints/' + encodeURIComponent(reference) + '/status?phoneLast4=' + encodeURIComponent(last4));
  if (response.status === 429) {
    show(['Too many attempts; please try again later or call our hotline. / 尝试次数过多，请稍后再试或致电客服热线。']);
    return;
  }
  if (!response.ok) {
    show(['No complaint matches this reference and phone number. / 未找到匹配的投诉，请核对编号和手机号码。']);
    return;
  }
  const status = await response.json();
  show([
    'Reference / 编号: ' + status.reference,
    'Stage / 当前阶段: ' + (status.stageName || status.stage),
    ...status.openDeadlines.map(d => 'Due / 时限 ' + d.clock + ': ' + new Date(d.due).toLocaleString()),
    'Last update / 最近更新: ' + new Date(status.lastUpdate).toLocaleString()
  ]);
});
