#!/usr/bin/env node
// Renders every processes/*.bpmn (PNG and SVG) and the DRD and decision tables of every
// processes/*.dmn (PNG) into target/diagrams/, with bpmn-js and dmn-js in Debian's headless
// Chromium (/usr/bin/chromium, or CHROMIUM_PATH; nothing downloads a browser). A BPMN model's
// root plane goes to <model>.png and each drill-down plane (a collapsed subprocess with a diagram
// of its own) to <model>.<elementId>.png.
//   node .ci/render-diagrams.js          -> target/diagrams/
//   node .ci/render-diagrams.js --docs   -> also docs/: complaint-lifecycle.png (for the README), each of
//                                           its stages as docs/complaint-lifecycle/<elementId>.png, and
//                                           complaint-escalation.png
// Exits 1 with the model's name and the importer's message if a model cannot be imported.
'use strict';

const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const root = path.resolve(__dirname, '..');
const processesDir = path.join(root, 'processes');
const outDir = path.join(root, 'target', 'diagrams');
const docsDir = path.join(root, 'docs');
/** The models whose pictures go to docs/, each with its drill-down planes, if it has any. */
const DOCS_MODELS = ['complaint-lifecycle', 'complaint-escalation'];
const modules = path.join(root, 'node_modules');
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
// Device pixels per CSS pixel: 2 keeps labels sharp when a page scales the picture down; a
// diagram wider than BIG_WIDTH CSS pixels stays at 1 (its labels are read at full size anyway).
const SCALE = 2;
const BIG_WIDTH = 4000;
const MARGIN = 20;

const fileUrl = (p) => 'file://' + p.split(path.sep).map(encodeURIComponent).join('/');

function page(kind) {
  const assets = kind === 'bpmn'
    ? { css: ['bpmn-js/dist/assets/diagram-js.css', 'bpmn-js/dist/assets/bpmn-js.css',
              'bpmn-js/dist/assets/bpmn-font/css/bpmn.css'],
        js: 'bpmn-js/dist/bpmn-viewer.production.min.js' }
    : { css: ['dmn-js/dist/assets/diagram-js.css', 'dmn-js/dist/assets/dmn-js-shared.css',
              'dmn-js/dist/assets/dmn-js-drd.css', 'dmn-js/dist/assets/dmn-js-decision-table.css',
              'dmn-js/dist/assets/dmn-js-literal-expression.css',
              'dmn-js/dist/assets/dmn-font/css/dmn.css'],
        js: 'dmn-js/dist/dmn-viewer.production.min.js' };
  for (const f of [...assets.css, assets.js]) {
    if (!fs.existsSync(path.join(modules, f))) {
      throw new Error(`${f} is missing from node_modules: run npm ci first`);
    }
  }
  return `<!doctype html><html><head><meta charset="utf-8">
${assets.css.map((f) => `<link rel="stylesheet" href="${fileUrl(path.join(modules, f))}">`).join('\n')}
<style>html, body { margin: 0; background: #fff; font-family: Arial, sans-serif; }
#canvas { width: 100vw; height: 100vh; } #table { display: inline-block; padding: ${MARGIN}px; }
.powered-by, .view-drd, .drill-down-overlay { display: none !important; }</style>
<script src="${fileUrl(path.join(modules, assets.js))}"></script>
</head><body><div id="canvas"></div></body></html>`;
}

async function newPage(browser, kind) {
  const tmp = path.join(outDir, `.${kind}-viewer.html`);
  fs.writeFileSync(tmp, page(kind));
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, deviceScaleFactor: SCALE });
  const p = await context.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(e.message));
  await p.goto(fileUrl(tmp));
  const loaded = await p.evaluate((k) => typeof (k === 'bpmn' ? window.BpmnJS : window.DmnJS) === 'function', kind);
  if (!loaded) throw new Error(`the ${kind} viewer did not load in Chromium: ${errors.join('; ') || 'unknown error'}`);
  return { context, page: p };
}

// Puts the standalone SVG in the page at its natural size and takes a picture of it.
async function svgToPng(p, svg, pngFile) {
  await p.evaluate((markup) => {
    document.body.innerHTML = `<div id="svg" style="display:inline-block">${markup}</div>`;
  }, svg);
  const box = await p.evaluate(() => {
    const r = document.querySelector('#svg svg').getBoundingClientRect();
    return { width: Math.ceil(r.width), height: Math.ceil(r.height) };
  });
  await p.setViewportSize({ width: Math.max(box.width, 200), height: Math.max(box.height, 100) });
  const scale = box.width > BIG_WIDTH ? 'css' : 'device';
  await p.locator('#svg svg').screenshot({ path: pngFile, scale });
  const factor = scale === 'css' ? 1 : SCALE;
  return { width: box.width * factor, height: box.height * factor };
}

// One picture per plane: the root plane as <model>.png, each drill-down plane as
// <model>.<elementId>.png (the collapsed subprocess it shows). Answers the planes written.
async function renderBpmn(browser, file) {
  const name = path.basename(file, '.bpmn');
  const xml = fs.readFileSync(file, 'utf8');
  const { context, page: p } = await newPage(browser, 'bpmn');
  try {
    const result = await p.evaluate(async (x) => {
      const viewer = new window.BpmnJS({ container: '#canvas' });
      try {
        const { warnings } = await viewer.importXML(x);
        const canvas = viewer.get('canvas');
        const main = canvas.getRootElement();
        // the root plane first, then the drill-down planes in the order the importer made them;
        // a collapsed subprocess without a diagram of its own has an empty plane and no picture
        const roots = [main, ...canvas.getRootElements().filter((r) => r !== main && r.children.length > 0)];
        const planes = [];
        for (const r of roots) {
          canvas.setRootElement(r);
          const { svg } = await viewer.saveSVG();
          planes.push({ element: r === main ? null : r.businessObject.id, svg });
        }
        canvas.setRootElement(main);
        return { planes, warnings: warnings.map((w) => w.message) };
      } catch (e) {
        return { error: e.message };
      }
    }, xml);
    if (result.error) throw new Error(`cannot import ${path.relative(root, file)}: ${result.error}`);
    for (const w of result.warnings) console.warn(`  warning in ${path.basename(file)}: ${w}`);
    // the drill-down pictures of an earlier run go first: a stage that is gone leaves none behind
    for (const f of fs.readdirSync(outDir).filter((f) => f.startsWith(`${name}.`) && /\.(png|svg)$/.test(f))) {
      fs.rmSync(path.join(outDir, f));
    }
    const written = [];
    for (const plane of result.planes) {
      const base = plane.element ? `${name}.${plane.element}` : name;
      const svgFile = path.join(outDir, `${base}.svg`);
      const pngFile = path.join(outDir, `${base}.png`);
      fs.writeFileSync(svgFile, plane.svg);
      const box = await svgToPng(p, plane.svg, pngFile);
      console.log(`  ${path.relative(root, pngFile)} (${box.width}x${box.height}), ${path.relative(root, svgFile)}`);
      written.push({ element: plane.element, pngFile });
    }
    return written;
  } finally {
    await context.close();
  }
}

// docs/<model>.png and, for a model with drill-down planes, docs/<model>/<elementId>.png; the
// folder is emptied of PNGs first, so a stage that is gone from the model leaves no picture behind.
function copyToDocs(name, planes) {
  const stagesDir = path.join(docsDir, name);
  if (fs.existsSync(stagesDir)) {
    for (const f of fs.readdirSync(stagesDir).filter((f) => f.endsWith('.png'))) fs.rmSync(path.join(stagesDir, f));
  }
  for (const { element, pngFile } of planes) {
    const target = element ? path.join(stagesDir, `${element}.png`) : path.join(docsDir, `${name}.png`);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(pngFile, target);
    console.log(`  ${path.relative(root, target)}`);
  }
  if (fs.existsSync(stagesDir) && fs.readdirSync(stagesDir).length === 0) fs.rmdirSync(stagesDir);
}

async function renderDmn(browser, file) {
  const name = path.basename(file, '.dmn');
  const xml = fs.readFileSync(file, 'utf8');
  const { context, page: p } = await newPage(browser, 'dmn');
  try {
    const result = await p.evaluate(async (x) => {
      window.viewer = new window.DmnJS({ container: '#canvas' });
      try {
        const { warnings } = await window.viewer.importXML(x);
        const views = window.viewer.getViews().map((v) => ({ type: v.type, id: v.element.id }));
        return { views, warnings: warnings.map((w) => w.message) };
      } catch (e) {
        return { error: e.message };
      }
    }, xml);
    if (result.error) throw new Error(`cannot import ${path.relative(root, file)}: ${result.error}`);
    for (const w of result.warnings) console.warn(`  warning in ${path.basename(file)}: ${w}`);
    const written = [];
    for (const view of result.views) {
      const pngFile = path.join(outDir, view.type === 'drd' ? `${name}.drd.png` : `${name}.${view.id}.png`);
      if (view.type === 'drd') {
        const svg = await p.evaluate(async () => {
          const drd = window.viewer.getViews().find((v) => v.type === 'drd');
          await window.viewer.open(drd);
          return (await window.viewer.getActiveViewer().saveSVG()).svg;
        });
        await p.setViewportSize({ width: 1600, height: 1000 });
        // svgToPng replaces the page: the DRD goes last, after the tables.
        written.push({ pngFile, svg });
        continue;
      }
      await p.setViewportSize({ width: 1600, height: 1000 });
      const opened = await p.evaluate(async (id) => {
        const v = window.viewer.getViews().find((x) => x.element.id === id && x.type !== 'drd');
        await window.viewer.open(v);
        const c = document.querySelector('#canvas');
        c.id = 'table';
        return !!document.querySelector('#table .dmn-decision-table-container, #table .dmn-literal-expression-container, #table .dmn-boxed-expression-container');
      }, view.id);
      if (!opened) throw new Error(`cannot render the ${view.type} view ${view.id} of ${path.relative(root, file)}`);
      await p.locator('#table').screenshot({ path: pngFile });
      await p.evaluate(() => { document.querySelector('#table').id = 'canvas'; });
      console.log(`  ${path.relative(root, pngFile)} (${view.type} ${view.id})`);
    }
    for (const { pngFile, svg } of written) {
      const box = await svgToPng(p, svg, pngFile);
      console.log(`  ${path.relative(root, pngFile)} (drd, ${box.width}x${box.height})`);
    }
  } finally {
    await context.close();
  }
}

async function main() {
  const docs = process.argv.includes('--docs');
  if (!fs.existsSync(executablePath)) {
    throw new Error(`no Chromium at ${executablePath} (apt-get install chromium, or set CHROMIUM_PATH)`);
  }
  fs.mkdirSync(outDir, { recursive: true });
  const models = fs.readdirSync(processesDir).filter((f) => /\.(bpmn|dmn)$/.test(f)).sort();
  if (models.length === 0) throw new Error('no models in processes/');
  const browser = await chromium.launch({
    executablePath,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
      '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--allow-file-access-from-files'],
  });
  const rendered = {};
  try {
    for (const f of models) {
      console.log(`render ${f}`);
      const file = path.join(processesDir, f);
      if (f.endsWith('.bpmn')) rendered[path.basename(f, '.bpmn')] = await renderBpmn(browser, file);
      else await renderDmn(browser, file);
    }
  } finally {
    await browser.close();
    for (const k of ['bpmn', 'dmn']) fs.rmSync(path.join(outDir, `.${k}-viewer.html`), { force: true });
  }
  if (docs) {
    console.log('docs');
    for (const name of DOCS_MODELS) {
      if (!rendered[name]) throw new Error(`processes/${name}.bpmn is missing: nothing to put in docs/`);
      copyToDocs(name, rendered[name]);
    }
  }
}

main().catch((e) => {
  console.error(`render-diagrams: FAILED: ${e.message}`);
  process.exit(1);
});
