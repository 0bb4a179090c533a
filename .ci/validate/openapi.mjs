// Validates the service's OpenAPI description (examples/server) against the
// official OpenAPI 3.1 JSON schema, with @seriousme/openapi-schema-validator
// (pinned in package-lock.json), and shows the validator rejecting broken
// copies of it, so this check can fail.
//
// Usage: node openapi.mjs FILE
import { readFileSync } from 'node:fs';
import { Validator } from '@seriousme/openapi-schema-validator';

const file = process.argv[2];
if (!file) {
  console.error('usage: node openapi.mjs FILE');
  process.exit(2);
}
const doc = JSON.parse(readFileSync(file, 'utf8'));

async function check(spec) {
  const v = new Validator();
  const res = await v.validate(structuredClone(spec));
  return { ok: res.valid, version: v.version, errors: res.errors };
}

const res = await check(doc);
if (!res.ok || res.version !== '3.1') {
  console.log(`FAIL ${file}: OpenAPI ${res.version}`);
  console.log(JSON.stringify(res.errors, null, 1).slice(0, 2000));
  process.exit(1);
}
console.log(`ok   ${file}: valid OpenAPI ${res.version}, ${Object.keys(doc.paths).length} paths`);

// Broken copies the validator must reject.
const broken = {
  'no info': (d) => { delete d.info; },
  'a response code that is not one': (d) => { d.paths['/healthz'].get.responses['2OO'] = { description: 'x' }; },
  'a parameter without "in"': (d) => { delete d.paths['/api/offerings'].get.parameters[0].in; },
};
let bad = 0;
for (const [name, breakIt] of Object.entries(broken)) {
  const d = structuredClone(doc);
  breakIt(d);
  const r = await check(d);
  if (r.ok) { bad++; console.log(`FAIL broken copy accepted: ${name}`); }
  else console.log(`ok   broken copy rejected: ${name}`);
}
console.log(`${Object.keys(broken).length + 1 - bad} passed, ${bad} failed`);
process.exit(bad === 0 ? 0 : 1);
