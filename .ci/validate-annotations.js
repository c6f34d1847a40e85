#!/usr/bin/env node
// Validates the NLU annotation sets (interaction-model/nlu-evaluation/*.json, made from the phrasing sets by AnnotationSets) against the
// schema the Alexa Skill Management API publishes in the npm package ask-smapi-model. The body of an "update
// annotations" request, UpdateNLUAnnotationSetAnnotationsRequest, is declared there as an object with an example
// only, so each annotation is checked against the parts the NLU evaluation API defines: `inputs` against
// v1.skill.nlu.evaluations.Inputs and each of `expected` against v1.skill.nlu.evaluations.Expected (unknown properties
// are errors, as in validate-models.js); the API's rules on top: an utterance, at least one expected intent, a name.
//
// Usage: node .ci/validate-annotations.js PATH/TO/ask-smapi-model FILE...
// Exits 1 when a file is invalid, when the self-check finds the validator accepting a broken set, or on bad usage.
'use strict';

const fs = require('fs');
const path = require('path');
const {Validator} = require('./validate-models.js');

const BODY = 'v1.skill.nlu.annotationSets.UpdateNLUAnnotationSetAnnotationsRequest';
const INPUTS = 'v1.skill.nlu.evaluations.Inputs';
const EXPECTED = 'v1.skill.nlu.evaluations.Expected';

function main(argv) {
  if (argv.length < 2) {
    console.error('usage: validate-annotations.js PATH/TO/ask-smapi-model FILE...');
    return 2;
  }
  const packageDir = argv[0];
  const pkg = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
  const spec = JSON.parse(fs.readFileSync(path.join(packageDir, 'spec.json'), 'utf8'));
  const validator = new Validator(spec.definitions || {});
  for (const definition of [BODY, INPUTS, EXPECTED]) {
    if (!validator.defs[definition]) {
      console.error(`${pkg.name}@${pkg.version} has no definition ${definition}: update this script`);
      return 1;
    }
  }
  let failed = 0;
  for (const file of argv.slice(1)) {
    let json;
    try {
      json = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (e) {
      console.error(`FAIL ${file}: not JSON: ${e.message}`);
      failed++;
      continue;
    }
    const errors = check(validator, json);
    if (errors.length) {
      console.error(`FAIL ${file}: ${errors.length} problem(s) as an NLU annotation set (${pkg.name}@${pkg.version}):`);
      errors.slice(0, 50).forEach(e => console.error('  ' + e));
      failed++;
    } else {
      console.log(`ok   ${file}: valid NLU annotation set, ${json.data.length} annotations (${BODY}, ${pkg.name}@${pkg.version})`);
      if (!selfCheck(validator, json, file)) {
        failed++;
      }
    }
  }
  return failed ? 1 : 0;
}

function check(validator, body) {
  const errors = [];
  validator.validate({$ref: '#/definitions/' + BODY}, body, '$', errors, false, true);
  if (errors.length) {
    return errors;
  }
  const keys = Object.keys(body);
  if (keys.length !== 1 || keys[0] !== 'data') {
    errors.push(`$: needs exactly one property, data (found: ${keys.join(', ')})`);
  }
  if (!Array.isArray(body.data) || body.data.length === 0) {
    errors.push('$.data: needs a non-empty list of annotations');
    return errors;
  }
  body.data.forEach((annotation, i) => {
    const at = `$.data[${i}]`;
    if (annotation === null || typeof annotation !== 'object' || Array.isArray(annotation)) {
      errors.push(`${at}: expected object`);
      return;
    }
    for (const key of Object.keys(annotation)) {
      if (key !== 'inputs' && key !== 'expected') {
        errors.push(`${at}: unknown property ${key} (known: inputs, expected)`);
      }
    }
    validator.validate({$ref: '#/definitions/' + INPUTS}, annotation.inputs, `${at}.inputs`, errors, true, true);
    if (!annotation.inputs || typeof annotation.inputs.utterance !== 'string' || !annotation.inputs.utterance.trim()) {
      errors.push(`${at}.inputs: lacks the utterance`);
    }
    if (!Array.isArray(annotation.expected) || annotation.expected.length === 0) {
      errors.push(`${at}.expected: needs at least one expected intent`);
      return;
    }
    annotation.expected.forEach((expected, j) => {
      validator.validate({$ref: '#/definitions/' + EXPECTED}, expected, `${at}.expected[${j}]`, errors, true, true);
      if (!expected || !expected.intent || typeof expected.intent.name !== 'string' || !expected.intent.name) {
        errors.push(`${at}.expected[${j}].intent: lacks the name`);
      }
    });
  });
  return errors;
}

/** Breaks a valid set in ways the API rejects; the validator must reject each, or it proves nothing. */
function selfCheck(validator, body, file) {
  const breakages = {
    'a misspelt key': b => { b.data[0].input = b.data[0].inputs; delete b.data[0].inputs; },
    'no utterance': b => { delete b.data[0].inputs.utterance; },
    'an utterance that is not text': b => { b.data[0].inputs.utterance = 5; },
    'no expected intent': b => { b.data[0].expected = []; },
    'an intent without a name': b => { delete b.data[0].expected[0].intent.name; },
    'slots that are not an object': b => { b.data[0].expected[0].intent.slots = ['x']; },
    'a slot with an unknown key': b => { b.data[0].expected[0].intent.slots = {x: {val: 'y'}}; },
  };
  let ok = true;
  for (const [what, breakIt] of Object.entries(breakages)) {
    const broken = JSON.parse(JSON.stringify(body));
    breakIt(broken);
    if (check(validator, broken).length === 0) {
      console.error(`FAIL self-check on ${file}: the validator accepts a set with ${what}`);
      ok = false;
    }
  }
  return ok;
}

process.exitCode = main(process.argv.slice(2));
