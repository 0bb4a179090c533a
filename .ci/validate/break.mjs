// Builds the negative check: deliberately broken copies of what the exporter
// wrote, each with the validators that must reject it, so that the
// validation in .ci/run is shown able to fail.
//
//   node break.mjs OUT BROKEN    then    node validate.mjs --expect BROKEN
//
// BROKEN gets the hand-made fixtures of broken/ (with broken/expect.json)
// plus cases derived from the files in OUT, and an expect.json for all.
import { readFileSync, writeFileSync, mkdirSync, readdirSync, copyFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const [out, broken] = process.argv.slice(2);
if (!out || !broken) {
  console.error('usage: node break.mjs OUT BROKEN');
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));
mkdirSync(broken, { recursive: true });

const expect = JSON.parse(readFileSync(join(here, 'broken', 'expect.json'), 'utf8'));
for (const name of Object.keys(expect)) copyFileSync(join(here, 'broken', name), join(broken, name));

const readJSON = (p) => JSON.parse(readFileSync(p, 'utf8'));
const put = (name, data, validators) => {
  writeFileSync(join(broken, name), typeof data === 'string' ? data : JSON.stringify(data, null, 2));
  if (validators) expect[name] = validators;
};

// FHIR, from the exported resources.
const fhirDir = join(out, 'fhir');
const hsFile = readdirSync(fhirDir).find((f) => f.startsWith('HealthcareService-'));
if (!hsFile) throw new Error('no HealthcareService in ' + fhirDir);
const hs = readJSON(join(fhirDir, hsFile));
put('hs-r5-element.json', { ...hs, offeredIn: [{ reference: 'HealthcareService/x' }] }, ['medplum', 'r4schema']);
put('hs-active-not-boolean.json', { ...hs, active: 'yes' }, ['medplum', 'r4schema']);
put('hs-extension-without-value.json', {
  ...hs,
  extension: [{ url: 'https://lmhkit.github.io/fhir/StructureDefinition/sessions' }],
}, ['medplum']);
put('hs-nested-contained.json', {
  ...hs,
  contained: [{ resourceType: 'Location', id: 'place', name: 'x', contained: [{ resourceType: 'Location', id: 'y' }] }],
}, ['medplum']);
const cs = readJSON(join(fhirDir, 'CodeSystem-arena.json'));
put('codesystem-content-not-in-binding.json', { ...cs, content: 'everything' }, ['r4schema']);
const cm = readJSON(join(fhirDir, 'ConceptMap-arena-to-volven-9040.json'));
cm.group[0].element[0].target[0].equivalence = 'same';
put('conceptmap-bad-equivalence.json', cm, ['r4schema']);

// Turtle, from the exported SKOS.
const ttl = readFileSync(join(out, 'skos', 'lmhkit.ttl'), 'utf8');
const concept = '<https://lmhkit.github.io/fhir/CodeSystem/role/next_of_kin>';
const child = '<https://lmhkit.github.io/fhir/CodeSystem/condition/depression>';
const parent = '<https://lmhkit.github.io/fhir/CodeSystem/condition/mental_illness>';
if (!ttl.includes(concept + ' a skos:Concept') || !ttl.includes(child + ' a skos:Concept')) {
  throw new Error('the exported Turtle lacks the concepts the broken cases use');
}
put('skos-truncated.ttl', ttl.slice(0, Math.floor(ttl.length / 2)), ['rapper', 'shacl']);
put('skos-two-preflabels-nb.ttl', ttl + `\n${concept} skos:prefLabel "nærstående"@nb .\n`, ['shacl']);
put('skos-altlabel-is-preflabel.ttl', ttl + `\n${concept} skos:altLabel "pårørende"@nb .\n`, ['shacl']);
put('skos-related-to-broader.ttl', ttl + `\n${child} skos:related ${parent} .\n`, ['shacl']);
put('skos-pref-and-hidden.ttl', ttl + `\n${concept} skos:hiddenLabel "pårørende"@nb .\n`, ['shacl']);

// JSON Schema: the real schemas with broken instances, and a broken schema.
const js = join(out, 'jsonschema');
const offering = readJSON(join(js, 'offering.instances.json'))[0];
const schema = readFileSync(join(js, 'offering.schema.json'), 'utf8');
const cases = {
  'offering-unknown-arena': { ...offering, provider: { ...offering.provider, arena: 'hospital' } },
  'offering-sessions-as-text': { ...offering, frames: { ...offering.frames, sessions: '8' } },
  'offering-extra-property': { ...offering, colour: 'blue' },
  'offering-bad-kommunenummer': { ...offering, place: { ...offering.place, municipality: '301' } },
  'offering-no-name': (({ name, ...rest }) => rest)(offering),
};
for (const [name, inst] of Object.entries(cases)) {
  put(`${name}.schema.json`, schema, ['ajv']);
  put(`${name}.instances.json`, [inst]);
}
const need = readJSON(join(js, 'need.instances.json'))[0];
put('need-bad-age.schema.json', readFileSync(join(js, 'need.schema.json'), 'utf8'), ['ajv']);
put('need-bad-age.instances.json', [{ ...need, age: 200 }]);
put('schema-does-not-compile.schema.json', { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'objekt' }, ['ajv']);
put('schema-does-not-compile.instances.json', [{}]);

writeFileSync(join(broken, 'expect.json'), JSON.stringify(expect, null, 2));
console.log(`wrote ${Object.keys(expect).length} broken cases to ${broken}`);
