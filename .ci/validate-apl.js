#!/usr/bin/env node
// Validates the APL documents that the skill sends in Alexa.Presentation.APL.RenderDocument directives with
// Amazon's own APL linter, the npm package apl-suggester (its StaticAplTemplateValidator): the document's JSON schema
// (type, version, mainTemplate, top-level keys), each primitive component's schema (unknown or misspelt properties,
// wrong types, enums, dimension strings), its layout rules (e.g. a relative size inside an auto-sized parent), the AVG
// graphics in `graphics`, the commands of onMount, onConfigChange, onDisplayStateChange and of the document's own
// `commands`, and that each data source is an object. A command list must be an array (onPress: [{...}], not a lone
// object); the commands of a component's handlers (onPress...) get only a generic check (a type, a numeric delay).
// Values bound with ${...} are not checked: they are only known on the device.
//
// apl-suggester reports an unknown component type, a component without a type and a component with both `item`
// and `items` only to an error listener that nobody registers by default; this script registers one, so those count.
// Every finding is labelled WARNING by the package, even a misspelt property, so its level says nothing here: each
// finding fails the file, except the one it words as a guess ("might not be displayed"), which is printed as a warning.
// When the document-level schema fails, the package skips its command checks: fix and run again. Where it throws
// (e.g. on `width: true` inside an auto-sized parent) the file fails with its message.
//
// Checks of this script's own, for mistakes apl-suggester lets through that would leave a screen blank or dead:
// an `import` (the package would fetch it from Amazon over the network; documents here use plain components only),
// a command of an unknown type in any handler (onPress: [{type: "SendEvnt"}] is otherwise accepted), a VectorGraphic
// whose source names no graphic in `graphics`, and a mainTemplate parameter that is neither `payload` (bound to all
// data sources) nor the name of a data source. Not checked by anything: colours (any string passes), ranges (opacity
// 5), whether a ${...} expression parses or resolves, a second child of a Frame or TouchWrapper, AVG pathData.
//
// Usage: node .ci/validate-apl.js APL_SUGGESTER_DIR FILE...
// APL_SUGGESTER_DIR is the npm --prefix directory apl-suggester was installed into (or the package itself). Each FILE
// is a bare APL document ({"type": "APL", ...}) or a RenderDocument payload ({"document": {...}, "datasources": {...}}).
// Exits 1 when a file has an error or the package's self-check fails, 2 on bad usage (no file, a file that cannot
// be read, is not JSON, or is not a JSON object).
'use strict';

const fs = require('fs');
const path = require('path');

/** Findings the package words as a guess, not a mistake: printed, not counted. */
const ADVISORY = [/might not be displayed/];

/** What the package's own error codes mean (the codes it sends to the error listener). */
const LISTENER_MESSAGES = {
  '-1051': () => 'both item and items',
  '-1052': () => 'component without a type',
  '-1150': p => `unknown component type ${JSON.stringify(p.name)}: neither a primitive component of this APL version `
    + 'nor a layout of this document',
  '-1151': p => `invalid layout name ${JSON.stringify(p.name)}`,
  '-1200': p => `cannot fetch the imported package ${p.url}`,
};

function main(argv) {
  if (argv.length < 2) {
    console.error('usage: validate-apl.js APL_SUGGESTER_DIR FILE...');
    return 2;
  }
  const packageDir = findPackage(argv[0]);
  if (!packageDir) {
    console.error(`usage: no apl-suggester in ${argv[0]} (install it with npm install --prefix ${argv[0]} apl-suggester@VERSION)`);
    return 2;
  }
  const pkg = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
  let commandSchemas;
  try {
    commandSchemas = require(path.join(packageDir, 'dist', 'src', 'CommandSchemaValidator')).CommandSchemaValidator
      .COMMAND_TYPE_TO_JSON_SCHEMA;
  } catch (e) {
    console.error(`${pkg.name}@${pkg.version} has no CommandSchemaValidator (${e.message}): update this script`);
    return 1;
  }
  const linter = new Linter(require(packageDir), Array.from(commandSchemas.keys()));
  const tool = `${pkg.name}@${pkg.version}`;
  return (async () => {
    if (!(await selfCheck(linter, tool))) {
      return 1;
    }
    let failed = false;
    let unusable = false;
    for (const file of argv.slice(1)) {
      let json;
      try {
        json = JSON.parse(fs.readFileSync(file, 'utf8'));
      } catch (e) {
        console.error(`FAIL ${file}: ${e.code ? 'cannot be read' : 'not JSON'}: ${e.message}`);
        unusable = true;
        continue;
      }
      if (!isObject(json)) {
        console.error(`FAIL ${file}: neither an APL document nor a RenderDocument payload (not a JSON object)`);
        unusable = true;
        continue;
      }
      const payload = 'document' in json;
      const document = payload ? json.document : json;
      const findings = await linter.check(document, payload ? (json.datasources || {}) : undefined, payload ? '/document' : '');
      const errors = findings.filter(f => !f.advisory);
      const warnings = findings.filter(f => f.advisory);
      const version = isObject(document) && typeof document.version === 'string' ? `APL ${document.version}, ` : '';
      const counts = `${plural(errors.length, 'error')}, ${plural(warnings.length, 'warning')}`;
      const print = errors.length ? console.error : console.log; // one stream per file keeps its lines together
      print(`${errors.length ? 'FAIL' : 'ok  '} ${file}: ${counts} (${version}${tool})`);
      findings.forEach(f => print(`  ${f.advisory ? 'warning' : 'error  '} ${f.path}: ${f.message}`));
      failed = failed || errors.length > 0;
    }
    return unusable ? 2 : failed ? 1 : 0;
  })();
}

/** A document with one mistake of each kind the listener and the schemas report; each must be found. */
async function selfCheck(linter, tool) {
  const broken = {
    type: 'APL', version: '2024.2',
    mainTemplate: {items: [{type: 'Container', width: '100vw', height: '100vh', items: [
      {type: 'Txet', text: 'unknown type'},
      {text: 'no type'},
      {type: 'Text', txet: 'misspelt property'},
      {type: 'Text', width: true},
    ]}]},
  };
  const wanted = {
    'an unknown component type': '/mainTemplate/items/0/items/0/type',
    'a component without a type': '/mainTemplate/items/0/items/1',
    'a misspelt property': '/mainTemplate/items/0/items/2',
    'a width of the wrong type': '/mainTemplate/items/0/items/3/width',
  };
  const found = (await linter.check(broken, undefined, '')).map(f => f.path);
  const missed = Object.entries(wanted).filter(([, at]) => !found.includes(at)).map(([what]) => what);
  if (missed.length) {
    console.error(`FAIL self-check: ${tool} accepts a document with ${missed.join(', ')}: update this script`);
    return false;
  }
  return true;
}

class Linter {
  constructor(suggester, commandTypes) {
    this.validator = new suggester.StaticAplTemplateValidator();
    this.commandTypes = commandTypes;
    this.listened = [];
    const errors = suggester.ErrorController.getInstance();
    errors.registerErrors(); // until then it knows no code and drops every report
    errors.setErrorInterface({sendError: e => this.listened.push({code: e.code, placeholders: {...e.placeholders}})});
  }

  /** Every finding for one document: {path, message, advisory}. */
  async check(document, datasources, prefix) {
    if (!isObject(document)) {
      return [{path: prefix || '/', message: 'the document is not a JSON object', advisory: false}];
    }
    if (document.type === 'Link') {
      return [{path: prefix + '/type', message: 'a linked document cannot be validated here: send the document itself', advisory: false}];
    }
    const own = this.ownChecks(document, datasources, prefix);
    const copy = JSON.parse(JSON.stringify(document)); // the package edits what it is given
    delete copy.import; // reported above; the package would fetch it over the network
    this.listened = [];
    const warn = console.warn;
    console.warn = (...args) => {
      if (!/^(No mixin for component|Failed to find layoutType)/.test(String(args[0]))) {
        warn(...args);
      }
    };
    let results;
    try {
      results = await this.validator.validate(copy);
      if (datasources !== undefined && !isObject(datasources)) {
        results.push({path: '/datasources', errorMessage: 'datasources is not a JSON object'});
      } else if (datasources !== undefined) {
        results = results.concat((await this.validator.validateDataSources(datasources))
          .map(r => ({...r, path: '/datasources/' + String(r.path).replace(/^Data\./, '')})));
      }
    } catch (e) {
      return own.concat({path: prefix || '/', message: `apl-suggester failed on this document: ${e.message || e}`, advisory: false});
    } finally {
      console.warn = warn;
    }
    const findings = results.map(r => ({
      path: r.path.startsWith('/datasources') ? r.path : prefix + (r.path === '/' && prefix ? '' : r.path),
      message: r.errorMessage,
      advisory: ADVISORY.some(re => re.test(r.errorMessage)),
    }));
    for (const l of this.listened) {
      const describe = LISTENER_MESSAGES[l.code] || (p => `apl-suggester error ${l.code} ${JSON.stringify(p)}`);
      findings.push({path: prefix + (l.placeholders.path || ''), message: describe(l.placeholders), advisory: false});
    }
    return own.concat(findings);
  }

  ownChecks(document, datasources, prefix) {
    const findings = [];
    const add = (at, message) => findings.push({path: prefix + at, message, advisory: false});
    if (document.import !== undefined && !(Array.isArray(document.import) && document.import.length === 0)) {
      add('/import', 'imports are not validated (apl-suggester fetches them from Amazon over the network): '
        + 'use plain components (Container, Frame, Text, TouchWrapper, Sequence, VectorGraphic) instead');
    }
    const graphics = isObject(document.graphics) ? document.graphics : {};
    const userCommands = isObject(document.commands) ? Object.keys(document.commands) : [];
    const knownCommand = type => this.commandTypes.includes(type) || userCommands.includes(type)
      || /^\w+:\w+$/.test(type) || type.includes('${');
    const commandLists = ['commands', 'catch', 'finally', 'otherwise'];
    const walk = (node, at) => {
      if (Array.isArray(node)) {
        node.forEach((item, i) => walk(item, `${at}/${i}`));
        return;
      }
      if (!isObject(node)) {
        return;
      }
      if (node.type === 'VectorGraphic' && typeof node.source === 'string' && !/[$:/]/.test(node.source)
          && !(node.source in graphics)) {
        add(at + '/source', `no graphic named ${JSON.stringify(node.source)} in graphics`
          + ` (there: ${Object.keys(graphics).join(', ') || 'none'})`);
      }
      for (const [key, value] of Object.entries(node)) {
        // a handler (onPress, onMount, ...) or a command's own list of commands; the document's `commands` is a map
        const commands = /^on[A-Z]/.test(key) || (commandLists.includes(key) && !(at === '' && key === 'commands'));
        if (commands) {
          (Array.isArray(value) ? value : [value]).forEach((command, i) => {
            const here = Array.isArray(value) ? `${at}/${key}/${i}` : `${at}/${key}`;
            if (isObject(command) && typeof command.type === 'string' && !knownCommand(command.type)) {
              add(here + '/type', `unknown command type ${JSON.stringify(command.type)}`);
            }
          });
        }
        walk(value, `${at}/${key}`);
      }
    };
    walk(document, '');
    if (datasources !== undefined && isObject(document.mainTemplate) && Array.isArray(document.mainTemplate.parameters)) {
      const sources = isObject(datasources) ? Object.keys(datasources) : [];
      document.mainTemplate.parameters.forEach((p, i) => {
        const name = isObject(p) ? p.name : p;
        if (typeof name === 'string' && name !== 'payload' && !sources.includes(name)) {
          add(`/mainTemplate/parameters/${i}`, `parameter ${JSON.stringify(name)} names no data source `
            + `(datasources: ${sources.join(', ') || 'none'}; "payload" would bind them all)`);
        }
      });
    }
    return findings;
  }
}

function findPackage(dir) {
  for (const candidate of [path.join(dir, 'node_modules', 'apl-suggester'), dir]) {
    try {
      if (JSON.parse(fs.readFileSync(path.join(candidate, 'package.json'), 'utf8')).name === 'apl-suggester') {
        return path.resolve(candidate);
      }
    } catch (e) {
      // not here
    }
  }
  return null;
}

function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

Promise.resolve(main(process.argv.slice(2))).then(code => { process.exitCode = code; }, e => {
  console.error(e.stack || String(e));
  process.exitCode = 1;
});
