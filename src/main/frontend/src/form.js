// The form editor: form-js's editor on the form's JSON schema. Problems name a field (its id or key).
import { FormEditor } from '@bpmn-io/form-js-editor';
import { h } from './api.js';

export async function open(json, { canvas }) {
  const editor = new FormEditor({ container: canvas });
  window.shamyFormEditor = editor;
  await editor.importSchema(JSON.parse(json));
  let changed = false;
  editor.on('changed', () => { changed = true; });
  let marked = [];

  function fieldElement(id) {
    const field = editor.get('formFieldRegistry').get(id)
      || editor.get('formFieldRegistry').getAll().find(f => f.key === id);
    return field ? { field, element: canvas.querySelector(`[data-id="${CSS.escape(field.id)}"]`) } : null;
  }

  function mark(entries) {
    marked.forEach(([element, marker, badge]) => { element.classList.remove(marker); badge.remove(); });
    marked = [];
    for (const [id, marker, title] of entries) {
      const found = fieldElement(id);
      if (found && found.element) {
        const badge = h('span', { class: 'shamy-problem-badge', title }, '!');
        found.element.classList.add(marker);
        found.element.append(badge);
        marked.push([found.element, marker, badge]);
      }
    }
  }

  return {
    editor,
    async content() {
      return JSON.stringify(editor.saveSchema(), null, 2);
    },
    saved() { changed = false; },
    dirty() { return changed; },
    nameOf(id) {
      const found = fieldElement(id);
      return (found && (found.field.label || found.field.key)) || id;
    },
    reveal(id) {
      const found = fieldElement(id);
      if (found) {
        editor.get('selection').set(found.field);
      }
    },
    showProblems(problems) {
      mark(problems.filter(p => p.elementId).map(p => [p.elementId, `shamy-problem-${p.severity}`, p.message]));
    },
    markChanges(changes) {
      mark(changes.filter(c => c.change !== 'removed').map(c => [c.elementId, `shamy-change-${c.change}`, c.details || '']));
    }
  };
}
