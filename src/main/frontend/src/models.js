// /modeler: every deployed process, decision and form with its versions and drafts, from GET /api/modeler/models.
import { call, get, h, say, text, url, when } from './api.js';

const status = document.getElementById('models-status');
const list = document.getElementById('models');

function versionRow(model, version, latest) {
  const base = `/modeler/new?kind=${encodeURIComponent(model.kind)}&key=${encodeURIComponent(model.key)}`;
  const migrate = model.kind === 'bpmn' && version.version !== latest && version.runningInstances > 0
    && version.definitionId;
  return h('tr', { dataset: { version: version.version } },
    h('td', {}, String(version.version)),
    h('td', {}, version.deployedBy || '—'),
    h('td', {}, h('time', { datetime: version.deployedAt }, when(version.deployedAt))),
    h('td', {}, text('source' + version.source.replace(/(^|-)(\w)/g, (m, d, c) => c.toUpperCase()))),
    h('td', { class: 'number' }, model.kind === 'bpmn' ? String(version.runningInstances) : ''),
    h('td', { class: 'actions' },
      h('a', { href: url(`${base}&version=${version.version}`), class: 'open-version' }, text('open')),
      ' ',
      h('a', {
        href: url(`/api/modeler/models/${model.kind}/${encodeURIComponent(model.key)}/versions/${version.version}/file`),
        download: model.resourceName || ''
      }, text('download')),
      migrate ? ' ' : '',
      migrate ? h('a', {
        href: url(`/modeler/processes/${encodeURIComponent(model.key)}/migration?from=${encodeURIComponent(version.definitionId)}`),
        class: 'migrate'
      }, text('migrate')) : ''));
}

function draftItem(draft) {
  const remove = h('button', { type: 'button', class: 'link' }, text('deleteDraft'));
  const item = h('li', { dataset: { draft: draft.id } },
    h('a', { href: url(`/modeler/drafts/${draft.id}`) }, text('draftBy', draft.author, when(draft.updatedAt))),
    ' ', remove);
  remove.addEventListener('click', async () => {
    try {
      await call('DELETE', `/api/modeler/drafts/${draft.id}`);
      item.remove();
    } catch (e) {
      say(status, e.message, true);
    }
  });
  return item;
}

function modelSection(model) {
  const latest = Math.max(0, ...model.versions.map(v => v.version));
  return h('section', { class: 'model', id: `model-${model.kind}-${model.key}`, dataset: { kind: model.kind, key: model.key } },
    h('h2', {}, h('span', { class: 'kind' }, text('kind' + model.kind.charAt(0).toUpperCase() + model.kind.slice(1))),
      ' ', model.name || model.key, ' ', h('code', {}, model.key)),
    h('div', { class: 'scroll' }, h('table', { class: 'versions' },
      h('thead', {}, h('tr', {},
        ['colVersion', 'colBy', 'colAt', 'colSource', 'colRunning', 'colActions'].map(k => h('th', { scope: 'col' }, text(k))))),
      h('tbody', {}, model.versions.map(v => versionRow(model, v, latest))))),
    model.drafts && model.drafts.length
      ? h('div', { class: 'drafts' }, h('h3', {}, text('drafts')), h('ul', {}, model.drafts.map(draftItem)))
      : '');
}

async function load() {
  try {
    const models = await get('/api/modeler/models');
    list.replaceChildren(...models.map(modelSection));
    say(status, models.length ? '' : text('noModels'));
    list.dataset.loaded = 'true';
  } catch (e) {
    status.dataset.failed = String(e.status || 'network');
    say(status, text('loadFailed', e.message), true);
  }
}

// a new model from a file: a draft without a key, opened in its editor
document.getElementById('new-from-file')?.addEventListener('submit', async event => {
  event.preventDefault();
  const form = event.currentTarget;
  const file = form.elements.file.files[0];
  if (!file) {
    return;
  }
  const kind = /\.dmn$/i.test(file.name) ? 'dmn' : /\.form$/i.test(file.name) ? 'form' : 'bpmn';
  try {
    const created = await call('POST', '/api/modeler/drafts', { kind, key: null, content: await file.text() });
    location.assign(url(`/modeler/drafts/${created.body.id}`));
  } catch (e) {
    say(status, e.message, true);
  }
});

load();
