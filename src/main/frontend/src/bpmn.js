// The BPMN editor: bpmn-js with the Camunda 7 properties panel, Shamy's element templates (with the chooser) and
// bpmnlint's recommended rules, linting on. The modeler is window.shamyModeler, for browser tests and the console.
import BpmnModeler from 'bpmn-js/lib/Modeler';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  CamundaPlatformPropertiesProviderModule
} from 'bpmn-js-properties-panel';
import { ElementTemplatesPropertiesProviderModule } from 'bpmn-js-element-templates';
import ElementTemplateChooserModule from '@bpmn-io/element-template-chooser';
import CamundaBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import LintModule from 'bpmn-js-bpmnlint';
import * as recommendedRules from 'shamy:bpmnlint-recommended';
import { get, h, say, text } from './api.js';

const PROBLEM = 'shamy-problem';
const CHANGE = 'shamy-change';

export async function open(xml, { canvas, properties, status }) {
  let templates = [];
  try {
    templates = await get('/api/modeler/element-templates');
  } catch (e) {
    say(status, text('templatesFailed', e.message), true);
  }
  const modeler = new BpmnModeler({
    container: canvas,
    keyboard: { bindTo: document },
    propertiesPanel: { parent: properties },
    additionalModules: [
      BpmnPropertiesPanelModule,
      BpmnPropertiesProviderModule,
      CamundaPlatformPropertiesProviderModule,
      CamundaBehaviorsModule,
      ElementTemplatesPropertiesProviderModule,
      ElementTemplateChooserModule,
      LintModule
    ],
    moddleExtensions: { camunda: camundaModdle },
    elementTemplates: templates,
    linting: { bpmnlint: recommendedRules, active: true }
  });
  window.shamyModeler = modeler;
  modeler.on('elementTemplates.errors', event => {
    say(status, text('templatesInvalid', event.errors.map(error => error.message).join('; ')), true);
  });

  const { warnings } = await modeler.importXML(xml);
  if (warnings.length) {
    say(status, text('importWarnings', warnings.length));
  }
  modeler.get('canvas').zoom('fit-viewport');

  const overlays = modeler.get('overlays');
  const registry = modeler.get('elementRegistry');
  const canvasService = modeler.get('canvas');
  const marked = { [PROBLEM]: [], [CHANGE]: [] };
  let savedStack = 0;
  const commandStack = modeler.get('commandStack');

  function clear(type) {
    overlays.remove({ type });
    for (const [id, marker] of marked[type]) {
      if (registry.get(id)) {
        canvasService.removeMarker(id, marker);
      }
    }
    marked[type] = [];
  }

  function mark(type, id, marker, label, title) {
    if (!registry.get(id)) {
      return;
    }
    canvasService.addMarker(id, marker);
    marked[type].push([id, marker]);
    overlays.add(id, type, {
      position: { top: -12, right: 12 },
      html: h('span', { class: `${type}-badge ${marker}`, title, dataset: { elementId: id } }, label)
    });
  }

  return {
    modeler,
    async content() {
      return (await modeler.saveXML({ format: true })).xml;
    },
    saved() {
      savedStack = commandStack._stackIdx;
    },
    dirty() {
      return commandStack._stackIdx !== savedStack;
    },
    nameOf(id) {
      const element = registry.get(id);
      return (element && element.businessObject.name) || id;
    },
    reveal(id) {
      const element = registry.get(id);
      if (element) {
        canvasService.scrollToElement(element);
        modeler.get('selection').select(element);
      }
    },
    showProblems(problems) {
      clear(PROBLEM);
      const byElement = new Map();
      problems.filter(p => p.elementId).forEach(p => byElement.set(p.elementId, [...(byElement.get(p.elementId) || []), p]));
      for (const [id, list] of byElement) {
        const worst = list.some(p => p.severity === 'error') ? 'error' : 'warning';
        mark(PROBLEM, id, `${PROBLEM}-${worst}`, String(list.length), list.map(p => p.message).join('\n'));
      }
    },
    markChanges(changes) {
      clear(CHANGE);
      changes.filter(c => c.change !== 'removed').forEach(c =>
        mark(CHANGE, c.elementId, `${CHANGE}-${c.change}`, text('change' + c.change.charAt(0).toUpperCase() + c.change.slice(1)), c.details || ''));
    }
  };
}
