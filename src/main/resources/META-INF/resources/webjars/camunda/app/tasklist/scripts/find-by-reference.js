/*
 * "Find by reference": a field above Tasklist's task list (a Tasklist plugin, loaded by scripts/config.js).
 * A person types a complaint's reference (CC-20261123-000042) or a part of it (000042) and presses Enter or
 * "Find": the shown filter then lists that complaint's tasks. The field puts Tasklist's own search for the
 * reference (the business key of the complaint's process) into the page's address; Tasklist's search shows it
 * as a criterion, which its x removes again. An empty field removes it too.
 */

const FULL_REFERENCE = /^CC-\d{8}-\d{6}$/;
/** The field's words in the language Tasklist shows (the browser's first of en, de, zh; German reads English). */
const TEXTS = {
  en: {label: 'Find by reference', button: 'Find'},
  zh: {label: '按投诉编号查找', button: '查找'}
};
const REFERENCE_SEARCH = 'processInstanceBusinessKey';

/** Tasklist's search criterion for the typed text: the whole reference, or any part of it. */
function criteriaFor(text) {
  const value = text.trim().toUpperCase();
  if (!value) {
    return [];
  }
  // Tasklist turns "Like" into processInstanceBusinessKeyLike and wraps the value in %...%
  return [{type: REFERENCE_SEARCH, operator: FULL_REFERENCE.test(value) ? 'eq' : 'Like', value: value, name: ''}];
}

/** Replaces the reference criterion in Tasklist's address (#/?filter=...&searchQuery=[...]), keeping the others. */
function show(criteria) {
  const hash = window.location.hash || '#/';
  const at = hash.indexOf('?');
  const path = at < 0 ? hash : hash.slice(0, at);
  const params = new URLSearchParams(at < 0 ? '' : hash.slice(at + 1));
  let kept = [];
  try {
    kept = JSON.parse(params.get('searchQuery') || '[]').filter((c) => c.type !== REFERENCE_SEARCH);
  } catch (malformed) {
    kept = [];
  }
  // an empty list, not none: Tasklist's search keeps its criteria when the parameter is left out
  params.set('searchQuery', JSON.stringify(kept.concat(criteria)));
  params.delete('page');
  window.location.hash = path + '?' + params.toString();
}

/** The reference the address searches for now, to show it in the field. */
function currentReference() {
  const hash = window.location.hash || '';
  const at = hash.indexOf('?');
  if (at < 0) {
    return '';
  }
  try {
    const criteria = JSON.parse(new URLSearchParams(hash.slice(at + 1)).get('searchQuery') || '[]');
    const reference = criteria.find((c) => c.type === REFERENCE_SEARCH);
    return reference ? String(reference.value).replace(/%/g, '') : '';
  } catch (malformed) {
    return '';
  }
}

function texts() {
  for (const language of navigator.languages || [navigator.language || 'en']) {
    const code = String(language).slice(0, 2).toLowerCase();
    if (code === 'zh') {
      return TEXTS.zh;
    }
    if (code === 'en' || code === 'de') {
      return TEXTS.en;
    }
  }
  return TEXTS.en;
}

/** The field on the page (Tasklist may render the list again); it follows the address when the person is not typing. */
let field = null;
window.addEventListener('hashchange', () => {
  if (field && field.isConnected && document.activeElement !== field) {
    field.value = currentReference();
  }
});

function render(node) {
  const form = document.createElement('form');
  form.className = 'find-by-reference';
  form.setAttribute('role', 'search');
  form.style.display = 'flex';
  form.style.alignItems = 'center';
  form.style.gap = '6px';
  form.style.padding = '6px 10px';

  const label = document.createElement('label');
  label.htmlFor = 'find-by-reference';
  label.textContent = texts().label;
  label.style.margin = '0';
  label.style.whiteSpace = 'nowrap';

  const input = document.createElement('input');
  input.id = 'find-by-reference';
  input.name = 'reference';
  input.type = 'search';
  input.className = 'form-control input-sm';
  input.placeholder = 'CC-20261123-000042';
  input.autocomplete = 'off';
  input.value = currentReference();
  input.style.flex = '1';

  const button = document.createElement('button');
  button.type = 'submit';
  button.className = 'btn btn-default btn-sm';
  button.textContent = texts().button;

  form.append(label, input, button);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    show(criteriaFor(input.value));
  });
  field = input;
  node.appendChild(form);
}

export default {
  id: 'complaints.findByReference',
  pluginPoint: 'tasklist.list',
  priority: 200,
  render: render
};
