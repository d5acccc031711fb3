// Calls to Shamy's modeler API (/api/modeler/...), signed in by the page's session; every call that changes
// something carries the page's CSRF token in the header Spring Security names (both from the page's <main>).

const page = document.querySelector('main');

/** A failed call: the HTTP status and the problem detail Shamy answered with (or null). */
export class ApiProblem extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

/** Resolves a path of Shamy's (e.g. /api/modeler/models) against the application's context path. */
export function url(path) {
  return (page.dataset.context || '/').replace(/\/$/, '') + path;
}

export async function call(method, path, body) {
  const headers = { Accept: 'application/json, application/problem+json' };
  if (method !== 'GET' && method !== 'HEAD') {
    headers[page.dataset.csrfHeader] = page.dataset.csrfToken;
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(url(path), {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  const type = response.headers.get('Content-Type') || '';
  const json = type.includes('json') && response.status !== 204 ? await response.json() : null;
  if (!response.ok) {
    throw new ApiProblem(response.status, json);
  }
  return { status: response.status, body: json };
}

export const get = path => call('GET', path).then(r => r.body);

/** The page's texts, rendered by Thymeleaf from messages*.properties into #modeler-texts' data attributes. */
export function text(key, ...args) {
  const texts = document.getElementById('modeler-texts');
  let value = (texts && texts.dataset[key]) || key;
  args.forEach((arg, i) => { value = value.replace(`{${i}}`, String(arg)); });
  return value;
}

/** An element with the given tag, properties and children (strings become text, never HTML). */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name === 'class') {
      element.className = value;
    } else if (name.startsWith('on')) {
      element.addEventListener(name.substring(2), value);
    } else if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else {
      element.setAttribute(name, value === true ? '' : value);
    }
  }
  for (const child of children.flat()) {
    if (child !== undefined && child !== null && child !== false) {
      element.append(child instanceof Node ? child : String(child));
    }
  }
  return element;
}

export function when(iso) {
  return iso ? new Date(iso).toLocaleString(document.documentElement.lang || undefined) : '';
}

/** Shows a message in a status element, as an error when asked. */
export function say(element, message, isError = false) {
  element.textContent = message;
  element.classList.toggle('error', isError);
}

// Content-Security-Policy refusals are counted on <main> (data-csp-violations), so a browser test sees them.
document.addEventListener('securitypolicyviolation', event => {
  page.dataset.cspViolations = String(Number(page.dataset.cspViolations || 0) + 1);
  page.dataset.cspLast = `${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber} ${event.sample}`;
});
