// Bundles Shamy's modeler pages with esbuild into ../../../target/classes/static/modeler (served at /modeler/...).
// Run by Maven's generate-resources phase (pom.xml, exec-maven-plugin) or by hand: npm run build.
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const outdir = path.resolve(here, '../../../target/classes/static/modeler');
const require = createRequire(import.meta.url);

// bpmn-js-bpmnlint wants {config, resolver}; bpmnlint's own packer needs a webpack/rollup loader, so this plugin
// writes the module from bpmnlint's `recommended` configuration: every rule it names, imported from bpmnlint/rules.
const bpmnlintRecommended = {
  name: 'bpmnlint-recommended',
  setup(build) {
    build.onResolve({ filter: /^shamy:bpmnlint-recommended$/ }, () => ({
      path: 'bpmnlint-recommended', namespace: 'shamy'
    }));
    build.onLoad({ filter: /.*/, namespace: 'shamy' }, () => {
      const { rules } = require('bpmnlint/config/recommended');
      const names = Object.keys(rules);
      const lines = names.map((name, i) => `import rule${i} from 'bpmnlint/rules/${name}';`);
      lines.push('const rules = {};', 'const severities = {};');
      names.forEach((name, i) => {
        lines.push(`rules['bpmnlint/${name}'] = rule${i};`, `severities['bpmnlint/${name}'] = '${rules[name]}';`);
      });
      lines.push(
        'export const resolver = {',
        '  resolveRule(pkg, name) {',
        '    const rule = rules[pkg + "/" + name];',
        '    if (!rule) { throw new Error("no bpmnlint rule " + pkg + "/" + name); }',
        '    return rule;',
        '  },',
        '  resolveConfig(pkg, name) { throw new Error("no bpmnlint config " + pkg + "/" + name); }',
        '};',
        'export const config = { rules: severities };',
        'export default { resolver, config };');
      return { contents: lines.join('\n'), resolveDir: here, loader: 'js' };
    });
  }
};

rmSync(outdir, { recursive: true, force: true });

const result = await esbuild.build({
  absWorkingDir: here,
  entryPoints: {
    models: 'src/models.js',
    'new-draft': 'src/new-draft.js',
    editor: 'src/editor.js',
    migration: 'src/migration.js',
    // one stylesheet per kind of editor, so a page loads only the one it shows
    'bpmn-editor': 'src/bpmn-editor.css',
    'dmn-editor': 'src/dmn-editor.css',
    'form-editor': 'src/form-editor.css',
    modeler: 'src/modeler.css'
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  target: ['es2022'],
  minify: true,
  sourcemap: false,
  legalComments: 'linked',
  chunkNames: 'chunks/[name]-[hash]',
  assetNames: 'assets/[name]-[hash]',
  loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.eot': 'file', '.svg': 'file', '.png': 'file' },
  define: { 'process.env.NODE_ENV': '"production"' },
  plugins: [bpmnlintRecommended],
  metafile: true,
  logLevel: 'warning'
});

for (const [file, { bytes }] of Object.entries(result.metafile.outputs)) {
  console.log(`${String(bytes).padStart(9)}  ${path.relative(here, file)}`);
}
