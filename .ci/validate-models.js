#!/usr/bin/env node
// Validates the voice models (interaction-model/<locale>.json) and the skill manifest (interaction-model/skill.json)
// against the schema the Alexa Skill Management API publishes: the Swagger 2.0 spec.json shipped in the npm package
// ask-smapi-model. Its definitions are JSON Schema (draft 4 subset) plus Swagger's `discriminator`, so this walks
// them itself: $ref, allOf, discriminator subtypes, type, enum, required, properties, additionalProperties, items,
// minItems/maxItems, minLength/maxLength, pattern, minimum/maximum. Stricter than Swagger on one point: a property the
// schema does not name is an error (it is almost always a typo that Alexa would reject or ignore).
//
// Usage: node .ci/validate-models.js PATH/TO/ask-smapi-model FILE...
// Exits 1 when a file is invalid, when the validator's self-check finds it accepting a broken model, or on bad usage.
'use strict';

const fs = require('fs');
const path = require('path');

const KINDS = [
  {what: 'interaction model', key: 'interactionModel', definition: 'v1.skill.interactionModel.InteractionModelData'},
  {what: 'skill manifest', key: 'manifest', definition: 'v1.skill.Manifest.SkillManifestEnvelope'},
];

function main(argv) {
  if (argv.length < 2) {
    console.error('usage: validate-models.js PATH/TO/ask-smapi-model FILE...');
    return 2;
  }
  const packageDir = argv[0];
  const pkg = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
  const spec = JSON.parse(fs.readFileSync(path.join(packageDir, 'spec.json'), 'utf8'));
  const validator = new Validator(spec.definitions || {});
  for (const kind of KINDS) {
    if (!validator.defs[kind.definition]) {
      console.error(`${pkg.name}@${pkg.version} has no definition ${kind.definition}: update this script`);
      return 1;
    }
  }
  let failed = 0;
  const files = argv.slice(1);
  for (const file of files) {
    let json;
    try {
      json = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (e) {
      console.error(`FAIL ${file}: not JSON: ${e.message}`);
      failed++;
      continue;
    }
    const kind = KINDS.find(k => json !== null && typeof json === 'object' && k.key in json);
    if (!kind) {
      console.error(`FAIL ${file}: neither an interaction model nor a skill manifest (no ${KINDS.map(k => k.key).join(' or ')})`);
      failed++;
      continue;
    }
    const errors = validator.check(kind.definition, json);
    if (errors.length) {
      console.error(`FAIL ${file}: ${errors.length} problem(s) against ${kind.definition} (${pkg.name}@${pkg.version}):`);
      errors.slice(0, 50).forEach(e => console.error('  ' + e));
      failed++;
    } else {
      console.log(`ok   ${file}: valid ${kind.what} (${kind.definition}, ${pkg.name}@${pkg.version})`);
    }
    if (kind.key === 'interactionModel' && !selfCheck(validator, kind.definition, json, file)) {
      failed++;
    }
  }
  return failed ? 1 : 0;
}

/** Breaks a valid model in ways Alexa rejects; the validator must reject each, or it proves nothing. */
function selfCheck(validator, definition, model, file) {
  if (validator.check(definition, model).length) {
    return true; // already reported as invalid
  }
  const breakages = {
    'no invocation name': m => { delete m.interactionModel.languageModel.invocationName; },
    'an intent without a name': m => { delete m.interactionModel.languageModel.intents[0].name; },
    'a misspelt key': m => { m.interactionModel.languageModel.intents[0].sample = ['x']; },
    'samples not a list': m => { m.interactionModel.languageModel.intents[0].samples = 'x'; },
    'a prompt of an unknown type': m => { (m.interactionModel.prompts || [])[0].variations[0].type = 'Text'; },
    'an unknown delegation strategy': m => { m.interactionModel.dialog.delegationStrategy = 'SOMETIMES'; },
  };
  let ok = true;
  for (const [what, breakIt] of Object.entries(breakages)) {
    const broken = JSON.parse(JSON.stringify(model));
    try {
      breakIt(broken);
    } catch (e) {
      continue; // the model has no such part to break
    }
    if (validator.check(definition, broken).length === 0) {
      console.error(`FAIL self-check on ${file}: the validator accepts a model with ${what}`);
      ok = false;
    }
  }
  return ok;
}

class Validator {
  constructor(defs) {
    this.defs = defs;
    // Swagger polymorphism: a definition naming a discriminator has subtypes, each `allOf: [{$ref: base}, ...]`
    // with `x-discriminator-value`.
    this.subtypes = {};
    for (const [name, def] of Object.entries(defs)) {
      const value = def['x-discriminator-value'];
      for (const part of def.allOf || []) {
        if (value !== undefined && part.$ref) {
          const base = refName(part.$ref);
          (this.subtypes[base] = this.subtypes[base] || {})[value] = name;
        }
      }
    }
  }

  check(definition, value) {
    const errors = [];
    this.validate({$ref: '#/definitions/' + definition}, value, '$', errors, true, true);
    return errors;
  }

  resolve(schema) {
    let name = null;
    let seen = 0;
    while (schema && schema.$ref) {
      name = refName(schema.$ref);
      schema = this.defs[name];
      if (!schema || ++seen > 50) {
        throw new Error('unresolvable $ref ' + name);
      }
    }
    return {schema, name};
  }

  /** Every property a schema names, through $ref and allOf. */
  properties(schema, into = {}) {
    const {schema: s} = this.resolve(schema);
    Object.assign(into, s.properties || {});
    (s.allOf || []).forEach(part => this.properties(part, into));
    return into;
  }

  validate(schemaIn, value, at, errors, strict, dispatch) {
    const {schema, name} = this.resolve(schemaIn);
    if (dispatch && schema.discriminator && isObject(value) && name && this.subtypes[name]) {
      const tag = value[schema.discriminator];
      const subtype = this.subtypes[name][tag];
      if (subtype === undefined) {
        errors.push(`${at}.${schema.discriminator}: ${JSON.stringify(tag)} is not one of `
          + Object.keys(this.subtypes[name]).join(', '));
        return;
      }
      this.validate({$ref: '#/definitions/' + subtype}, value, at, errors, strict, false);
      return;
    }
    for (const part of schema.allOf || []) {
      this.validate(part, value, at, errors, false, false);
    }
    if (schema.enum && !schema.enum.includes(value)) {
      errors.push(`${at}: ${JSON.stringify(value)} is not one of ${schema.enum.join(', ')}`);
    }
    const type = schema.type || (schema.properties || schema.required ? 'object' : undefined);
    if (type && !hasType(value, type)) {
      errors.push(`${at}: expected ${type}, found ${describe(value)}`);
      return;
    }
    if (typeof value === 'string') {
      if (schema.minLength !== undefined && value.length < schema.minLength) {
        errors.push(`${at}: shorter than ${schema.minLength} characters`);
      }
      if (schema.maxLength !== undefined && value.length > schema.maxLength) {
        errors.push(`${at}: longer than ${schema.maxLength} characters`);
      }
      if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) {
        errors.push(`${at}: does not match ${schema.pattern}`);
      }
    }
    if (typeof value === 'number') {
      if (schema.minimum !== undefined && value < schema.minimum) {
        errors.push(`${at}: less than ${schema.minimum}`);
      }
      if (schema.maximum !== undefined && value > schema.maximum) {
        errors.push(`${at}: more than ${schema.maximum}`);
      }
    }
    if (Array.isArray(value)) {
      if (schema.minItems !== undefined && value.length < schema.minItems) {
        errors.push(`${at}: fewer than ${schema.minItems} item(s)`);
      }
      if (schema.maxItems !== undefined && value.length > schema.maxItems) {
        errors.push(`${at}: more than ${schema.maxItems} items`);
      }
      if (schema.items) {
        value.forEach((item, i) => this.validate(schema.items, item, `${at}[${i}]`, errors, true, true));
      }
    }
    if (isObject(value)) {
      for (const key of schema.required || []) {
        if (!(key in value)) {
          errors.push(`${at}: lacks the required ${key}`);
        }
      }
      const own = schema.properties || {};
      const extra = schema.additionalProperties;
      for (const [key, item] of Object.entries(value)) {
        if (own[key]) {
          this.validate(own[key], item, `${at}.${key}`, errors, true, true);
        } else if (extra && typeof extra === 'object') {
          this.validate(extra, item, `${at}.${key}`, errors, true, true);
        }
      }
      if (strict && extra === undefined) {
        const known = this.properties(schemaIn);
        for (const key of Object.keys(value)) {
          if (!(key in known)) {
            errors.push(`${at}: unknown property ${key} (known: ${Object.keys(known).join(', ')})`);
          }
        }
      }
    }
  }
}

function refName(ref) {
  const prefix = '#/definitions/';
  if (!ref.startsWith(prefix)) {
    throw new Error('unsupported $ref ' + ref);
  }
  return ref.slice(prefix.length);
}

function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function hasType(value, type) {
  switch (type) {
    case 'object': return isObject(value);
    case 'array': return Array.isArray(value);
    case 'string': return typeof value === 'string';
    case 'boolean': return typeof value === 'boolean';
    case 'integer': return Number.isInteger(value);
    case 'number': return typeof value === 'number';
    default: return true;
  }
}

function describe(value) {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

module.exports = {Validator};

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
