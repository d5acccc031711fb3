// The DMN editor: dmn-js (decision requirements diagram, decision tables, literal expressions) with Camunda's
// DMN extensions kept. Problems name a decision: the list opens its view, the diagram marks it.
import DmnModeler from 'dmn-js/lib/Modeler';
import camundaModdle from 'camunda-dmn-moddle/resources/camunda.json';
import { say, text } from './api.js';

export async function open(xml, { canvas, status }) {
  const modeler = new DmnModeler({
    container: canvas,
    common: { keyboard: { bindTo: document } },
    moddleExtensions: { camunda: camundaModdle }
  });
  window.shamyDmnModeler = modeler;
  const { warnings } = await modeler.importXML(xml);
  if (warnings.length) {
    say(status, text('importWarnings', warnings.length));
  }
  let changed = false;
  modeler.on('views.changed', () => {
    const viewer = modeler.getActiveViewer();
    viewer?.on('elements.changed', () => { changed = true; });
  });
  modeler.getActiveViewer()?.on('elements.changed', () => { changed = true; });
  let marks = [];

  function drdCanvas() {
    const view = modeler.getActiveView();
    return view && view.type === 'drd' ? modeler.getActiveViewer().get('canvas') : null;
  }

  function mark(entries) {
    const canvas = drdCanvas();
    if (!canvas) {
      return;
    }
    marks.forEach(([id, marker]) => { try { canvas.removeMarker(id, marker); } catch (e) { /* gone */ } });
    marks = [];
    for (const [id, marker] of entries) {
      try {
        canvas.addMarker(id, marker);
        marks.push([id, marker]);
      } catch (e) {
        // not a shape of the diagram (e.g. a rule of a table)
      }
    }
  }

  return {
    modeler,
    async content() {
      return (await modeler.saveXML({ format: true })).xml;
    },
    saved() { changed = false; },
    dirty() { return changed; },
    nameOf(id) {
      const view = modeler.getViews().find(v => v.element.id === id);
      return (view && view.element.name) || id;
    },
    reveal(id) {
      const view = modeler.getViews().find(v => v.element.id === id && v.type !== 'drd');
      if (view) {
        modeler.open(view);
      }
    },
    showProblems(problems) {
      mark(problems.filter(p => p.elementId).map(p => [p.elementId, `shamy-problem-${p.severity}`]));
    },
    markChanges(changes) {
      mark(changes.filter(c => c.change !== 'removed').map(c => [c.elementId, `shamy-change-${c.change}`]));
    }
  };
}
