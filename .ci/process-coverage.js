// Prints how much of each BPMN model the tests ran (flow nodes and sequence flows), merged over
// every test class's report from camunda-process-test-coverage, and fails below 100%.
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..', 'target', 'process-test-coverage');
const reports = fs.existsSync(root)
  ? fs.readdirSync(root).map(dir => path.join(root, dir, 'report.json')).filter(fs.existsSync)
  : [];
if (reports.length === 0) {
  console.error('No process test coverage report under target/process-test-coverage');
  process.exit(1);
}

const totals = new Map();
const covered = new Map();
for (const file of reports) {
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  for (const model of report.models) {
    totals.set(model.key, model.totalElementCount);
  }
  for (const suite of report.suites) {
    for (const run of suite.runs) {
      for (const event of run.events) {
        if (!covered.has(event.modelKey)) {
          covered.set(event.modelKey, new Set());
        }
        covered.get(event.modelKey).add(event.definitionKey);
      }
    }
  }
}

// Camunda never runs a link throw event as an activity: its parser sends the flow that enters it straight to the
// link's catch event, and the coverage library credits every throw of one link name to the first. So a link throw
// counts as run when the flow entering it ran.
const models = path.join(__dirname, '..', 'processes');
// the product's models only: tests may deploy small models of their own to exercise the engine
const productModels = new Set();
for (const file of fs.readdirSync(models).filter(name => name.endsWith('.bpmn'))) {
  const xml = fs.readFileSync(path.join(models, file), 'utf8');
  for (const processMatch of xml.matchAll(/<bpmn:process id="([^"]+)"[\s\S]*?<\/bpmn:process>/g)) {
    productModels.add(processMatch[1]);
    const ran = covered.get(processMatch[1]);
    if (!ran) {
      continue;
    }
    for (const thrown of processMatch[0].matchAll(/<bpmn:intermediateThrowEvent id="([^"]+)"[^>]*>([\s\S]*?)<\/bpmn:intermediateThrowEvent>/g)) {
      const incoming = thrown[2].match(/<bpmn:incoming>([^<]+)<\/bpmn:incoming>/);
      if (thrown[2].includes('linkEventDefinition') && incoming && ran.has(incoming[1])) {
        ran.add(thrown[1]);
      }
    }
  }
}

let complete = true;
for (const [model, total] of [...totals].filter(([model]) => productModels.has(model)).sort()) {
  const count = (covered.get(model) || new Set()).size;
  console.log(`Process test coverage ${model}: ${count}/${total} flow nodes and sequence flows (${(100 * count / total).toFixed(1)}%)`);
  complete = complete && count >= total;
}
process.exit(complete ? 0 : 1);
