// /modeler/drafts/{id}: the draft in the editor for its kind, with Save, Check, Compare, Deploy and Download.
// Each kind's editor is loaded on demand (bpmn.js, dmn.js, form.js chunks) so a page fetches only its own.
import { ApiProblem, call, get, h, say, text, url } from './api.js';

const page = document.querySelector('main');
const draftId = page.dataset.draftId;
const status = document.getElementById('editor-status');
const problemsList = document.getElementById('problems');
const checkResult = document.getElementById('check-result');
const diffResult = document.getElementById('diff-result');
const deployResult = document.getElementById('deploy-result');
const buttons = [...document.querySelectorAll('#toolbar button')];

const loaders = {
  bpmn: () => import('./bpmn.js'),
  dmn: () => import('./dmn.js'),
  form: () => import('./form.js')
};
const extensions = { bpmn: '.bpmn', dmn: '.dmn', form: '.form' };

let draft;
let editor;

function busy(isBusy) {
  buttons.forEach(button => { button.disabled = isBusy; });
  page.dataset.busy = String(isBusy);
}

function loadStylesheet(kind) {
  const href = page.dataset['css' + kind.charAt(0).toUpperCase() + kind.slice(1)];
  document.head.append(h('link', { rel: 'stylesheet', href }));
}

async function save() {
  const content = await editor.content();
  const saved = await call('PUT', `/api/modeler/drafts/${draftId}`, { content });
  draft = saved.body;
  editor.saved();
  say(status, text('saved', new Date(draft.updatedAt).toLocaleTimeString()));
}

function problemItem(problem) {
  const where = problem.elementId ? editor.nameOf(problem.elementId) : null;
  const item = h('li', { class: `problem ${problem.severity}`, dataset: { elementId: problem.elementId || '', rule: problem.rule } },
    h('strong', {}, text(problem.severity === 'error' ? 'severityError' : 'severityWarning')), ' ',
    where ? h('button', { type: 'button', class: 'link' }, where) : '',
    where ? ': ' : '',
    problem.message, ' ', h('small', {}, `(${problem.rule})`));
  item.querySelector('button')?.addEventListener('click', () => editor.reveal(problem.elementId));
  return item;
}

function showProblems(problems) {
  problemsList.replaceChildren(...problems.map(problemItem));
  editor.showProblems(problems);
}

async function check() {
  await save();
  const result = await call('POST', `/api/modeler/drafts/${draftId}/check`);
  const { ok, problems } = result.body;
  showProblems(problems);
  checkResult.dataset.ok = String(ok);
  checkResult.dataset.problems = String(problems.length);
  say(checkResult, ok ? text(problems.length ? 'checkOkWarnings' : 'checkOk', problems.length)
    : text('checkFailed', problems.filter(p => p.severity === 'error').length), !ok);
}

async function compare() {
  await save();
  const diff = await get(`/api/modeler/drafts/${draftId}/diff`);
  editor.markChanges(diff.changes);
  diffResult.replaceChildren(
    h('p', {}, diff.changes.length ? text('diffAgainst', diff.basedOnVersion ?? '—') : text('diffNone')),
    h('ul', { class: 'changes' }, diff.changes.map(change => h('li', { class: `change ${change.change}`, dataset: { elementId: change.elementId } },
      h('strong', {}, text('change' + change.change.charAt(0).toUpperCase() + change.change.slice(1))), ' ',
      change.name ? `${change.name} ` : '', h('code', {}, change.elementId), ` (${change.type})`,
      change.details ? h('small', {}, ' — ', change.details) : ''))),
    diff.unified ? h('details', {}, h('summary', {}, text('unifiedDiff')), h('pre', { class: 'unified' }, diff.unified)) : '');
  diffResult.dataset.changes = String(diff.changes.length);
}

async function deploy() {
  await save();
  deployResult.replaceChildren();
  delete deployResult.dataset.version;
  try {
    const result = await call('POST', `/api/modeler/drafts/${draftId}/deploy`);
    const deployed = result.body;
    deployResult.dataset.changed = String(deployed.changed);
    deployResult.dataset.version = String(deployed.version);
    deployResult.classList.remove('error');
    deployResult.append(h('p', {}, deployed.changed ? text('deployed', deployed.version) : text('deployedUnchanged', deployed.version)));
    const links = [h('a', { href: url('/modeler'), id: 'back-to-models' }, text('backToModels'))];
    if (draft.kind === 'bpmn' && deployed.changed) {
      links.push(' · ', h('a', { href: url(`/modeler/processes/${encodeURIComponent(deployed.key)}/migration`), id: 'to-migration' }, text('toMigration')));
    }
    deployResult.append(h('p', {}, links));
    showProblems([]);
  } catch (e) {
    if (e instanceof ApiProblem && e.status === 422 && e.problem && Array.isArray(e.problem.problems)) {
      showProblems(e.problem.problems);
      deployResult.dataset.refused = 'true';
      say(deployResult, text('deployRefused', e.problem.problems.length), true);
      return;
    }
    throw e;
  }
}

function download() {
  editor.content().then(content => {
    const type = draft.kind === 'form' ? 'application/json' : 'application/xml';
    const link = h('a', { href: URL.createObjectURL(new Blob([content], { type })), download: (draft.key || 'draft') + extensions[draft.kind] });
    document.body.append(link);
    link.click();
    link.remove();
  });
}

const actions = { save, check, compare, deploy, download };

for (const button of buttons) {
  button.addEventListener('click', async () => {
    busy(true);
    try {
      await actions[button.dataset.action]();
    } catch (e) {
      say(status, text('failed', e.message), true);
    } finally {
      busy(false);
    }
  });
}

try {
  busy(true);
  draft = await get(`/api/modeler/drafts/${draftId}`);
  document.getElementById('draft-title').textContent = `${draft.key || text('newModel')} · ${text('kind' + draft.kind.charAt(0).toUpperCase() + draft.kind.slice(1))}`;
  document.getElementById('draft-meta').textContent = draft.basedOnVersion
    ? text('draftBasedOn', draft.basedOnVersion, draft.author) : text('draftNew', draft.author);
  loadStylesheet(draft.kind);
  say(status, '');
  const { open } = await loaders[draft.kind]();
  editor = await open(draft.content, {
    canvas: document.getElementById('canvas'),
    properties: document.getElementById('properties'),
    status
  });
  page.dataset.kind = draft.kind;
  page.dataset.state = 'ready';
  busy(false);
} catch (e) {
  page.dataset.state = 'failed';
  say(status, text('loadFailed', e.message), true);
}

window.addEventListener('beforeunload', event => {
  if (editor && editor.dirty()) {
    event.preventDefault();
  }
});
