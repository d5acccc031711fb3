// /modeler/new?kind=&key=&version=: starts a draft from that deployed version and opens it in its editor.
import { call, say, text, url } from './api.js';

const status = document.getElementById('new-status');
const query = new URLSearchParams(location.search);

try {
  const created = await call('POST', '/api/modeler/drafts', {
    kind: query.get('kind'), key: query.get('key'), version: Number(query.get('version'))
  });
  location.replace(url(`/modeler/drafts/${created.body.id}`));
} catch (e) {
  say(status, text('newFailed', e.message), true);
}
