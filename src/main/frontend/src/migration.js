// /modeler/processes/{key}/migration: the engine's plan from a chosen older version to the latest, what it cannot
// map, the instances with their tasks and whether each can move; Run starts the batch and the bar follows it.
import { call, get, h, say, text, url } from './api.js';

const page = document.querySelector('main');
const key = page.dataset.processKey;
const status = document.getElementById('migration-status');
const source = document.getElementById('migration-source');
const planBox = document.getElementById('migration-plan');
const runButton = document.getElementById('migration-run');
const progress = document.getElementById('migration-progress');
const progressBar = progress.querySelector('progress');
const progressText = document.getElementById('migration-progress-text');
const stayed = document.getElementById('migration-stayed');
const POLL_MS = 1000;

let plan;

function activities(list) {
  return list.map(a => a.name ? `${a.name} (${a.activityId})` : a.activityId).join(', ');
}

function renderPlan(p) {
  planBox.replaceChildren(
    h('p', { id: 'migration-summary' }, text('planSummary', p.source.version, p.target.version, p.movable, p.staying)),
    h('h2', {}, text('instructions')),
    h('ul', { class: 'instructions' }, p.instructions.map(i => h('li', {},
      h('code', {}, i.sourceActivityIds.join(', ')), ' → ', h('code', {}, i.targetActivityIds.join(', ')),
      i.updateEventTrigger ? h('small', {}, ' ', text('updateEventTrigger')) : ''))),
    h('h2', {}, text('unmapped')),
    p.unmapped.length
      ? h('ul', { class: 'unmapped' }, p.unmapped.map(u => h('li', { dataset: { activityId: u.activityId } },
        h('strong', {}, u.name || u.activityId), ' ', h('code', {}, u.activityId), ': ', u.reason)))
      : h('p', {}, text('noUnmapped')),
    h('h2', {}, text('instances')),
    p.instances.length ? h('div', { class: 'scroll' }, h('table', { class: 'instances' },
      h('thead', {}, h('tr', {}, ['colInstance', 'colActivities', 'colTasks', 'colCanMove'].map(k => h('th', { scope: 'col' }, text(k))))),
      h('tbody', {}, p.instances.map(i => h('tr', { dataset: { instance: i.processInstanceId, canMove: String(i.canMove) } },
        h('td', {}, i.businessKey || i.processInstanceId, h('br'), h('small', {}, i.processInstanceId)),
        h('td', {}, activities(i.activities)),
        h('td', {}, i.tasks.map(t => h('div', {}, t.name || t.taskId, t.assignee ? h('small', {}, ' · ', t.assignee) : ''))),
        h('td', { class: i.canMove ? 'yes' : 'no' }, i.canMove ? text('canMove') : text('cannotMove', i.reason || '')))))))
      : h('p', {}, text('noInstances')));
  runButton.disabled = p.movable === 0;
  runButton.hidden = false;
}

async function loadPlan() {
  const from = source.value;
  if (!from) {
    planBox.replaceChildren(h('p', {}, text('noOlderVersions')));
    runButton.hidden = true;
    return;
  }
  say(status, text('loadingPlan'));
  try {
    plan = await get(`/api/modeler/processes/${encodeURIComponent(key)}/migration?from=${encodeURIComponent(from)}`);
    renderPlan(plan);
    page.dataset.state = 'planned';
    say(status, '');
  } catch (e) {
    say(status, text('loadFailed', e.message), true);
  }
}

async function loadVersions() {
  const models = await get('/api/modeler/models');
  const model = models.find(m => m.kind === 'bpmn' && m.key === key);
  if (!model) {
    say(status, text('unknownProcess', key), true);
    return;
  }
  const latest = Math.max(...model.versions.map(v => v.version));
  const older = model.versions.filter(v => v.version !== latest && v.definitionId);
  const wanted = new URLSearchParams(location.search).get('from');
  source.replaceChildren(...older.map(v => h('option', { value: v.definitionId, selected: v.definitionId === wanted },
    text('versionOption', v.version, v.runningInstances))));
  if (!wanted) {
    const withInstances = older.find(v => v.runningInstances > 0);
    if (withInstances) {
      source.value = withInstances.definitionId;
    }
  }
  document.getElementById('migration-target').textContent = text('targetVersion', latest);
  await loadPlan();
}

function showStayed(list) {
  stayed.replaceChildren(...(list.length
    ? [h('h2', {}, text('stayed')), h('ul', {}, list.map(s => h('li', { dataset: { instance: s.processInstanceId } },
      h('code', {}, s.processInstanceId), ': ', s.reason || s.message)))]
    : []));
}

async function follow(batchId, staying) {
  progress.hidden = false;
  for (;;) {
    const batch = await get(`/api/modeler/migrations/${encodeURIComponent(batchId)}`);
    progressBar.max = Math.max(batch.total, 1);
    progressBar.value = batch.completed + batch.failed;
    progressText.textContent = text('progress', batch.completed, batch.failed, batch.remaining, batch.total);
    if (batch.done) {
      progress.dataset.done = 'true';
      progress.dataset.completed = String(batch.completed);
      progress.dataset.failed = String(batch.failed);
      showStayed([...staying, ...batch.failures]);
      return;
    }
    await new Promise(resolve => setTimeout(resolve, POLL_MS));
  }
}

runButton.addEventListener('click', async () => {
  if (!plan) {
    return;
  }
  runButton.disabled = true;
  delete progress.dataset.done;
  try {
    const started = await call('POST', `/api/modeler/processes/${encodeURIComponent(key)}/migration`,
      { from: plan.source.definitionId, to: plan.target.definitionId });
    const { batchId, moving, staying } = started.body;
    say(status, text('started', moving, staying.length));
    if (batchId) {
      await follow(batchId, staying);
    } else {
      progress.hidden = false;
      progress.dataset.done = 'true';
      progress.dataset.completed = '0';
      progress.dataset.failed = '0';
      progressText.textContent = text('nothingToMove');
      showStayed(staying);
    }
  } catch (e) {
    say(status, text('failed', e.message), true);
    runButton.disabled = false;
  }
});

source.addEventListener('change', loadPlan);
document.getElementById('back-link').href = url('/modeler');
loadVersions().catch(e => say(status, text('loadFailed', e.message), true));
