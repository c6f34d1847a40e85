#!/usr/bin/env node
// Draws the skill's APL RenderDocument payloads as the devices draw them, with Amazon's APL view host for the web
// (the npm package apl-viewhost-web: APL core compiled to WebAssembly, which inflates the document, binds the data
// sources, resolves the viewport's resources and lays out every component, and an HTML renderer that draws them),
// in headless Chromium driven by playwright-core. For each payload and each of four screens it saves a PNG and checks
// what the view host reports and what it laid out:
//
//   Echo Show 5    960 x 480, rectangle          Echo Show 15   1920 x 1080, rectangle
//   Echo Show 8   1280 x 800, rectangle          Echo Spot       480 x 480, round (the picture is cut to the circle)
//
// all at 160 dpi (a dp is a pixel) in HUB mode, dark theme unless the document names one.
//
// Errors, each of which fails the file on that screen: a document that APL core cannot inflate; an error or
// critical line from APL core's log (printed to the page's console); each problem APL core finds in the document
// (an unknown component type, an expression that does not parse...: the view host keeps their words to itself, see
// consoleErrors); an error from the view host's own loggers, its onRunTimeError (the root context's pending errors)
// and its onPEGTLError; a request the document makes (an image or a graphic by URL: the skill's screens have none);
// an exception in the page.
// Layout findings, also failures (by the bounds APL core laid each component out at, getGlobalBounds, and the boxes
// the browser gives each line of text drawn):
//   - overflow: a component beyond the screen's edge (what is inside a ScrollView, Sequence or Pager is left out:
//     it may run past the edge and scroll);
//   - cut text: a Text whose words the renderer had to drop (it ran out of lines or of height: it ends in "…");
//   - empty text: a Text with no letter or digit that takes room (a bullet of a missing list, a missing subtitle);
//   - text at the edge: a label less than 4px from the side of the button (a Frame with a colour) it is in;
//   - scroller cut short: a ScrollView that hides some of its content while room it could have stays empty
//     (APL makes a ScrollView without a height 100dp high, whatever room it has);
//   - off the circle (round screens): a line of text, a button or a drawing past the round edge; what scrolls is
//     taken where scrolling brings it nearest the middle (a list will always pass the edge on its way).
// Printed, not failures: view host warnings (a font that did not load...) and each ScrollView whose content is
// taller than it is ("scrolls 1.6x": what is below the fold is seen only by swiping).
//
// Fonts: the view host loads Amazon Ember from Amazon's font host. Each font request goes there first and, where it
// cannot be reached, is answered with a local font of the same weight (Liberation Sans, else DejaVu Sans, by
// fc-match; its widths differ a little from Ember's, so a line may break a word earlier or later than on a device);
// the last line says which were used. Every other request off this machine is refused: the documents use no URLs.
//
// Usage: node .ci/render-apl.js NPM_PREFIX OUT_DIR [--sheet SHEET.png] [LABEL=]PAYLOAD.json...
// NPM_PREFIX is the npm --prefix directory that apl-viewhost-web and playwright-core were installed into:
//   npm install --prefix DIR apl-viewhost-web@2024.3.0 playwright-core@1.65.1
// apl-viewhost-web's install step downloads its built bundle (index.js) from Amazon, so the install needs a network
// that reaches Amazon's servers. Chromium is /usr/bin/chromium unless CHROMIUM
// names another. Each PAYLOAD is a RenderDocument payload ({"document": {...}, "datasources": {...}}, as
// AplDocumentsTest writes them to target/apl-documents/) or a bare document. Writes OUT_DIR/<payload file
// name>-<screen>.png (show5, show8, show15, spot) and one line per file and screen; RENDER_APL_TREE=1 adds every
// component laid out, with its place in the document and its bounds, RENDER_APL_CONSOLE=1 the page's console as
// it came. --sheet also draws one picture: the first payload on the four screens, then each other payload on the
// Echo Show 8, four to a row, each under its LABEL (else its file name). Exits 1 when any file has an error or a
// layout finding, 2 on bad usage.
'use strict';

const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');
const {execFileSync} = require('child_process');

const SCREENS = [
  {name: 'show5', label: 'Echo Show 5', width: 960, height: 480, shape: 'RECTANGLE'},
  {name: 'show8', label: 'Echo Show 8', width: 1280, height: 800, shape: 'RECTANGLE'},
  {name: 'show15', label: 'Echo Show 15', width: 1920, height: 1080, shape: 'RECTANGLE'},
  {name: 'spot', label: 'Echo Spot', width: 480, height: 480, shape: 'ROUND'},
];
const DPI = 160;
/** RENDER_APL_TREE=1 prints every component laid out, with its place in the document and its bounds. */
const TREE = process.env.RENDER_APL_TREE === '1';
/** Pixels a box may pass an edge by before it counts (antialiasing, rounding). */
const TOLERANCE = 1.5;
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function main(argv) {
  let sheet = null;
  const sheetAt = argv.indexOf('--sheet');
  if (sheetAt >= 0) {
    sheet = argv[sheetAt + 1];
    argv = argv.slice(0, sheetAt).concat(argv.slice(sheetAt + 2));
  }
  if (argv.length < 3 || sheetAt >= 0 && !sheet) {
    console.error('usage: render-apl.js NPM_PREFIX OUT_DIR [--sheet SHEET.png] [LABEL=]PAYLOAD.json...');
    return 2;
  }
  const [prefix, outDir, ...files] = argv;
  const bundle = findFile(prefix, ['node_modules/apl-viewhost-web/index.js', 'apl-viewhost-web/index.js', 'index.js']);
  if (!bundle) {
    console.error(`usage: no built apl-viewhost-web in ${prefix} (node_modules/apl-viewhost-web/index.js): install it `
      + `with npm install --prefix ${prefix} apl-viewhost-web@2024.3.0`);
    return 2;
  }
  let playwright;
  try {
    playwright = require(require.resolve('playwright-core', {paths: [path.join(prefix, 'node_modules'), prefix]}));
  } catch (e) {
    console.error(`usage: no playwright-core in ${prefix}: npm install --prefix ${prefix} playwright-core`);
    return 2;
  }
  const payloads = [];
  for (const argument of files) {
    const labelled = /^([^=]+)=(.+)$/.exec(argument);
    const file = labelled && !fs.existsSync(argument) ? labelled[2] : argument;
    const label = labelled && !fs.existsSync(argument) ? labelled[1] : null;
    try {
      const json = JSON.parse(fs.readFileSync(file, 'utf8'));
      const document = json && typeof json === 'object' && 'document' in json ? json.document : json;
      if (!document || document.type !== 'APL') {
        throw new Error('neither an APL document nor a RenderDocument payload');
      }
      payloads.push({file, label, pngs: {}, name: path.basename(file).replace(/\.json$/, ''), document,
        datasources: json.document ? (json.datasources || {}) : {}});
    } catch (e) {
      console.error(`usage: ${file}: ${e.message}`);
      return 2;
    }
  }
  fs.mkdirSync(outDir, {recursive: true});
  const version = packageVersion(bundle);

  const server = await serve({'/': PAGE, '/apl-viewhost-web.js': fs.readFileSync(bundle)});
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'render-apl-'));
  let context;
  const fontsUsed = new Set();
  const fontNotes = new Set();
  try {
    context = await playwright.chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: {width: 1920, height: 1080},
      deviceScaleFactor: 1,
    });
    const page = context.pages()[0] || await context.newPage();
    const origin = `http://127.0.0.1:${server.address().port}`;
    await page.route('**/*', route => answer(route, origin, fontsUsed));
    const log = [];
    page.on('console', m => log.push({type: m.type(), text: m.text()}));
    page.on('pageerror', e => log.push({type: 'pageerror', text: String(e && e.stack || e)}));
    page.on('response', r => r.status() >= 400 && log.push({type: 'http', text: `${r.url()} (${r.status()})`}));
    page.on('requestfailed', r => !/^data:/.test(r.url()) && !/ERR_ABORTED/.test(r.failure() && r.failure().errorText)
      && log.push({type: 'http', text: `${r.url()} (${r.failure() && r.failure().errorText})`}));
    await page.goto(`${origin}/`);
    const ready = await page.evaluate(() => window.engineReady);
    if (ready !== true) {
      console.error(`FAIL apl-viewhost-web${version} did not start: ${ready} ${log.map(l => l.text).join(' | ')}`);
      return 1;
    }
    let failed = false;
    for (const payload of payloads) {
      for (const screen of SCREENS) {
        log.length = 0;
        await page.setViewportSize({width: screen.width, height: screen.height});
        const result = await page.evaluate(render, {document: payload.document, datasources: payload.datasources,
          screen, dpi: DPI, tolerance: TOLERANCE, dumpTree: TREE});
        const png = path.join(outDir, `${payload.name}-${screen.name}.png`);
        payload.pngs[screen.name] = png;
        await page.screenshot({path: png, clip: {x: 0, y: 0, width: screen.width, height: screen.height},
          omitBackground: screen.shape === 'ROUND'});
        if (process.env.RENDER_APL_CONSOLE === '1') {
          log.forEach(l => console.log(`  console ${l.type}: ${l.text}`));
        }
        const errors = result.errors.concat(consoleErrors(log, result.warnings, fontNotes));
        const findings = errors.map(e => `error: ${e}`).concat(result.findings);
        const ok = findings.length === 0;
        failed = failed || !ok;
        const notes = [`${result.components} components`].concat(result.scrolls);
        const print = ok ? console.log : console.error;
        print(`${ok ? 'ok  ' : 'FAIL'} ${payload.name} on ${screen.label} (${screen.width}x${screen.height}`
          + `${screen.shape === 'ROUND' ? ' round' : ''}): ${plural(errors.length, 'error')}, `
          + `${plural(result.findings.length, 'layout finding')}; ${notes.join(', ')} -> ${png}`);
        findings.forEach(f => print(`  ${f}`));
        unique(result.warnings).forEach(w => print(`  warning: ${w}`));
        (result.tree || []).forEach(t => print(`  | ${t}`));
      }
    }
    console.log(`drawn by apl-viewhost-web${version} in ${await context.browser()?.version?.() || 'Chromium'}; `
      + `fonts: ${[...fontsUsed].sort().join(', ') || 'none requested'}`
      + `${fontNotes.size ? ` (${[...fontNotes].join('; ')})` : ''}`);
    if (sheet) {
      await drawSheet(context, payloads, sheet);
      console.log(`sheet -> ${sheet} (${Math.round(fs.statSync(sheet).size / 1024)} KB)`);
    }
    return failed ? 1 : 0;
  } finally {
    if (context) {
      await context.close();
    }
    server.close();
    fs.rmSync(profile, {recursive: true, force: true});
  }
}

/**
 * A picture of several screens: the first payload on each of the four screens, then every other payload on the
 * Echo Show 8, four to a row; each under its label (LABEL=PAYLOAD, else the file's name) in a device-like frame.
 */
async function drawSheet(context, payloads, file) {
  const HEIGHT = 250;
  const tile = (payload, screen, caption) => {
    const width = Math.round(screen.width * HEIGHT / screen.height);
    const data = fs.readFileSync(payload.pngs[screen.name]).toString('base64');
    return `<figure><img class="${screen.shape === 'ROUND' ? 'round' : ''}" width="${width}" height="${HEIGHT}" `
      + `src="data:image/png;base64,${data}"><figcaption>${escapeHtml(caption)}</figcaption></figure>`;
  };
  const name = payload => payload.label || payload.name;
  const [first, ...others] = payloads;
  const show8 = SCREENS.find(s => s.name === 'show8');
  const rows = [SCREENS.map(screen => tile(first, screen, `${name(first)}, ${screen.label}`))];
  for (let i = 0; i < others.length; i += 4) {
    rows.push(others.slice(i, i + 4).map(p => tile(p, show8, `${name(p)}, ${show8.label}`)));
  }
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>
    body {margin: 0; background: #1B2430; font: 17px "Liberation Sans", Arial, sans-serif; color: #C9D3D8;}
    main {display: inline-block; padding: 20px 24px 8px;}
    .row {display: flex; gap: 22px; align-items: flex-end; margin-bottom: 14px;}
    figure {margin: 0; text-align: center;}
    img {display: block; border: 6px solid #05080A; border-radius: 14px; background: #05080A;}
    img.round {border-radius: 50%;}
    figcaption {margin-top: 8px;}
    </style></head><body><main>${rows.map(r => `<div class="row">${r.join('')}</div>`).join('')}</main></body></html>`;
  const page = await context.newPage();
  try {
    await page.setViewportSize({width: 2400, height: 1600});
    await page.setContent(html);
    const box = await page.locator('main').boundingBox();
    await page.screenshot({path: file, clip: {x: 0, y: 0, width: Math.ceil(box.width), height: Math.ceil(box.height)}});
  } finally {
    await page.close();
  }
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"]/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}[c]));
}

/** The page's requests: this script's server, fonts (Amazon's, else a local stand-in), nothing else. */
async function answer(route, origin, fontsUsed) {
  const url = route.request().url();
  if (url.startsWith(origin + '/')) {
    return route.continue();
  }
  const font = /\/([^/?]+)\.(ttf|otf|woff2?)(\?.*)?$/i.exec(url);
  if (!font) {
    return route.abort('blockedbyclient');
  }
  try {
    const response = await route.fetch({timeout: 5000});
    if (response.ok()) {
      fontsUsed.add('Amazon Ember');
      return route.fulfill({response});
    }
  } catch (e) {
    // not reachable from here: a local stand-in
  }
  const local = standInFont(font[1]);
  if (!local) {
    return route.abort('failed');
  }
  fontsUsed.add(path.basename(local, path.extname(local)));
  return route.fulfill({status: 200, contentType: 'font/ttf', body: fs.readFileSync(local)});
}

/** A local font of the weight and style an Amazon font file name says (AmazonEmber_Bd_v2, Amazon-Ember-LightItalic). */
function standInFont(name) {
  const bold = /(_Bd|Bold|Heavy|_He|SemiBold|_Md|Medium)/i.test(name);
  const italic = /Italic/i.test(name);
  const serif = /Bookerly/i.test(name);
  const family = serif ? 'Liberation Serif' : 'Liberation Sans';
  const style = bold && italic ? 'bold:italic' : bold ? 'bold' : italic ? 'italic' : 'regular';
  const cached = standInFont.cache[name];
  if (cached !== undefined) {
    return cached;
  }
  let file = null;
  for (const pattern of [`${family}:${style}`, `${serif ? 'DejaVu Serif' : 'DejaVu Sans'}:${style}`]) {
    try {
      const found = execFileSync('fc-match', ['-f', '%{file}', pattern], {encoding: 'utf8'}).trim();
      if (found && fs.existsSync(found) && /\.(ttf|otf)$/i.test(found)) {
        file = found;
        break;
      }
    } catch (e) {
      break; // no fontconfig
    }
  }
  standInFont.cache[name] = file;
  return file;
}
standInFont.cache = {};

/**
 * The errors among the page's console lines. APL core prints "E file.cpp:function : message" (W a warning, C
 * critical; a session's id may come first). What APL core says about the document itself (a component type it does
 * not know, an expression it cannot parse, a missing resource) goes to the content's session, for which
 * apl-viewhost-web installs no callback: core then prints only "There is no PEGTL error callback installed", once per
 * message, so the words are lost but each such line is an error (.ci/validate-apl.js names most of them). The view
 * host's loggers made before the first renderer print "W Name:  message"; those of FontUtils (a font family of the
 * view host's that did not load, e.g. Bookerly italics, which these documents do not use) are noted once.
 */
function consoleErrors(log, warnings, fontNotes) {
  const errors = [];
  let lost = 0;
  for (const {type, text} of log) {
    const core = /^([TDIWEC]) (?:\w+:)?[\w./-]+\.(?:cpp|h):\w+ : (.*)$/s.exec(text);
    const host = core ? null : /^([TDIWEC]) (\w+):  (.*)$/s.exec(text);
    if (type === 'pageerror') {
      errors.push(`in the page: ${text}`);
    } else if (type === 'http') {
      errors.push(`the document asked for ${text.replace(/^http:\/\/127\.0\.0\.1:\d+\//, '')}, which it cannot have`);
    } else if (type === 'error' && /^Failed to load resource/.test(text)) {
      // the request itself is reported (type http)
    } else if (core && /There is no PEGTL error callback installed/.test(core[2])) {
      lost++;
    } else if (core && /[EC]/.test(core[1])) {
      errors.push(`APL core: ${core[2]}`);
    } else if (core && core[1] === 'W' && !/Logs not initialized/.test(core[2])) {
      warnings.push(`APL core: ${core[2]}`);
    } else if (host && /[EC]/.test(host[1])) {
      errors.push(`${host[2]}: ${host[3]}`);
    } else if (host && host[1] === 'W' && host[2] === 'FontUtils') {
      fontNotes.add(host[3]);
    } else if (host && host[1] === 'W') {
      warnings.push(`${host[2]}: ${host[3]}`);
    } else if (type === 'error') {
      errors.push(text);
    }
  }
  if (lost) {
    errors.push(`APL core found ${lost} problem${lost === 1 ? '' : 's'} in the document (a component type it does not `
      + 'know, an expression it cannot parse, a resource or value it cannot resolve...); the view host does not pass '
      + 'on its words: see .ci/validate-apl.js and RENDER_APL_TREE=1');
  }
  return errors;
}

/** Runs in the page: draws one document on one screen and measures what was laid out. */
async function render({document: doc, datasources, screen, dpi, tolerance, dumpTree}) {
  const errors = [];
  const warnings = [];
  const findings = [];
  const scrolls = [];
  window.currentLog = {errors, warnings};
  if (window.current) {
    window.current.renderer.destroy();
    window.current.content.delete();
    window.current = null;
  }
  const view = document.getElementById('screen');
  view.innerHTML = '';
  view.removeAttribute('style');
  view.style.position = 'absolute';
  view.style.left = '0';
  view.style.top = '0';
  const A = window.AplRenderer;
  const content = A.Content.create(JSON.stringify(doc), JSON.stringify(datasources),
    (level, message) => (level >= 3 ? errors : warnings).push(`Log command: ${message}`));
  if (content.isError()) {
    errors.push('APL core cannot load the document (Content in error)');
    return {errors, warnings, findings, scrolls, components: 0};
  }
  const renderer = A.default.create({
    content,
    view,
    environment: {agentName: 'render-apl', agentVersion: '1.0', disallowVideo: true},
    viewport: {width: screen.width, height: screen.height, dpi, shape: screen.shape, isRound: screen.shape === 'ROUND'},
    theme: doc.theme || 'dark',
    mode: 'HUB',
    utcTime: Date.now(),
    localTimeAdjustment: 0,
    logLevel: 'warn',
    logTransport: (level, name, message) => {
      if (level === 'error') {
        errors.push(`${name}: ${message}`);
      } else if (level === 'warn' && !/^onRunTimeError/.test(message)) {
        warnings.push(`${name}: ${message}`);
      }
    },
    onRunTimeError: pending => errors.push(`runtime: ${JSON.stringify(pending)}`),
    onPEGTLError: message => errors.push(`expression: ${message}`),
  });
  window.current = {renderer, content};
  try {
    await renderer.init();
  } catch (e) {
    errors.push(`cannot inflate: ${e}`);
    return {errors, warnings, findings, scrolls, components: 0};
  }
  await document.fonts.ready;
  for (let i = 0; i < 4; i++) {
    await new Promise(r => requestAnimationFrame(() => r()));
  }
  await new Promise(r => setTimeout(r, 100));

  const W = screen.width;
  const H = screen.height;
  const round = screen.shape === 'ROUND';
  const r0 = Math.min(W, H) / 2;
  const cx = W / 2;
  const cy = H / 2;
  const beyondCircle = (x, y) => Math.hypot(x - cx, y - cy) - r0;
  const NAMES = {}; // the view host's ComponentType enum: kComponentTypeText -> Text
  for (const [key, value] of Object.entries(A.ComponentType)) {
    if (typeof value === 'number') {
      NAMES[value] = key.replace(/^kComponentType/, '');
    }
  }
  const SCROLLING = new Set(['ScrollView', 'Sequence', 'GridSequence', 'Pager']);
  const components = Object.values(renderer.componentMap);
  const label = c => {
    const type = NAMES[c.component.getType()] || `type ${c.component.getType()}`;
    const text = type === 'Text' ? ` "${shorten(fullText(c))}"` : '';
    return `${type}${text} (${c.component.provenance()})`;
  };
  const inScroller = c => {
    for (let p = c.parent; p; p = p.parent) {
      if (SCROLLING.has(NAMES[p.component.getType()])) {
        return p;
      }
    }
    return null;
  };
  const visible = c => {
    for (let e = c.container; e && e !== view; e = e.parentElement) {
      const style = getComputedStyle(e);
      if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0') {
        return false;
      }
    }
    return true;
  };
  /** How far a box reaches past the round edge (the corners of a rounded Frame are its radius in). */
  const pastCircle = (b, radius = 0) => {
    const r = Math.min(radius, b.width / 2, b.height / 2);
    return Math.max(...[[b.left + r, b.top + r], [b.left + b.width - r, b.top + r], [b.left + r, b.top + b.height - r],
      [b.left + b.width - r, b.top + b.height - r]].map(([x, y]) => beyondCircle(x, y))) - r;
  };
  /** A box inside a scroller, moved to where scrolling brings it nearest the screen's middle. */
  const atBestScroll = (b, scroller) => {
    const s = scroller.component.getGlobalBounds();
    const wanted = cy - b.height / 2;
    const top = Math.max(s.top, Math.min(wanted, s.top + s.height - b.height));
    return {left: b.left, top: b.height > s.height ? s.top : top, width: b.width, height: b.height};
  };
  const checkCircle = (c, b, what, radius) => {
    const scroller = inScroller(c);
    const at = scroller ? atBestScroll(b, scroller) : b;
    if (!scroller && (b.top + b.height < 0 || b.top > H)) {
      return;
    }
    const past = pastCircle(at, radius);
    if (past > tolerance + 2) {
      findings.push(`off the circle: ${what} at ${box(b)} reaches ${Math.round(past)}px past the round edge`
        + `${scroller ? ' wherever it is scrolled to' : ''}`);
    }
  };
  for (const c of components) {
    const type = NAMES[c.component.getType()];
    if (!visible(c)) {
      continue;
    }
    const b = c.component.getGlobalBounds();
    const scroller = inScroller(c);
    if (!scroller && (b.width > 0 || b.height > 0)) {
      const past = Math.max(-b.left, -b.top, b.left + b.width - W, b.top + b.height - H);
      if (past > tolerance) {
        findings.push(`overflow: ${label(c)} at ${box(b)} runs ${Math.round(past)}px past the ${W}x${H} screen`);
      }
    }
    if (type === 'ScrollView' && c.children.length) {
      const inner = c.children[0].component.getGlobalBounds();
      if (inner.height > b.height + tolerance) {
        scrolls.push(`ScrollView (${c.component.provenance()}) scrolls ${(inner.height / b.height).toFixed(1)}x`);
        const room = roomInParent(c, b);
        if (room - b.height > 24) {
          findings.push(`scroller cut short: ${label(c)} is ${Math.round(b.height)}px high and hides `
            + `${Math.round(inner.height - b.height)}px of its content while ${Math.round(room - b.height)}px of `
            + `the room it has stays empty (a ScrollView without a height is 100dp high)`);
        }
      }
    }
    if (type === 'Text') {
      const shown = (c.container.textContent || '').replace(/\s+/g, ' ').trim();
      const full = fullText(c).replace(/\s+/g, ' ').trim();
      if (full && shown.length < full.length && (shown.endsWith('…') || shown.length < full.length - 1)) {
        findings.push(`cut text: ${label(c)} shows "${shorten(shown, 60)}"`);
      }
      if (!/[\p{L}\p{N}]/u.test(full) && b.height > 0) {
        findings.push(`empty text: ${label(c)} takes ${Math.round(b.height)}px and says nothing`);
      }
      const lines = textLines(c.container);
      const frame = framing(c);
      if (frame && lines.length) {
        const f = frame.component.getGlobalBounds();
        const left = Math.min(...lines.map(l => l.left)) - f.left;
        const right = f.left + f.width - Math.max(...lines.map(l => l.right));
        if (Math.min(left, right) < 4) {
          findings.push(`text at the edge: ${label(c)} is ${Math.round(Math.min(left, right))}px from the `
            + `${left < right ? 'left' : 'right'} edge of its button (${box(f)})`);
        }
      }
      if (round) {
        for (const line of lines) {
          checkCircle(c, {left: line.left, top: line.top, width: line.right - line.left, height: line.bottom - line.top},
            `${label(c)} line "${shorten(line.text, 40)}"`, 0);
        }
      }
    } else if (round && (type === 'VectorGraphic' || type === 'Image'
        || (type === 'Frame' && hasBackground(c.container)))) {
      checkCircle(c, b, label(c), type === 'Frame' ? 12 : 0);
    }
  }
  const tree = [];
  if (dumpTree) {
    const walk = (c, depth) => {
      tree.push(`${'  '.repeat(depth)}${label(c)} ${box(c.component.getGlobalBounds())}`);
      c.children.forEach(child => walk(child, depth + 1));
    };
    components.filter(c => !c.parent).forEach(c => walk(c, 0));
  }
  return {errors, warnings, findings: unique(findings), scrolls, components: components.length, tree};

  function fullText(c) {
    let t = '';
    try {
      t = c.component.getCalculatedByKey(A.PropertyKey.kPropertyText);
    } catch (e) {
      t = '';
    }
    if (t && typeof t === 'object') {
      t = t.text || '';
    }
    return String(t || '').replace(/<[^>]*>/g, '');
  }
  function textLines(element) {
    const lines = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent.trim()) {
        continue;
      }
      range.selectNodeContents(n);
      for (const r of range.getClientRects()) {
        if (r.width > 0 && r.height > 0) {
          lines.push({left: r.left, top: r.top, right: r.right, bottom: r.bottom, text: n.textContent});
        }
      }
    }
    return lines;
  }
  /** The height a component could have in its parent: the parent's inner height less the siblings above and below. */
  function roomInParent(c, b) {
    const parent = c.parent;
    if (!parent) {
      return H;
    }
    const p = parent.component.getGlobalBounds();
    const inner = parent.innerBounds || {top: 0, height: p.height};
    let room = inner.height;
    for (const sibling of parent.children) {
      if (sibling === c || !visible(sibling)) {
        continue;
      }
      const s = sibling.component.getGlobalBounds();
      if (s.top + s.height <= b.top + 0.5 || s.top >= b.top + b.height - 0.5) {
        room -= s.height;
      }
    }
    return room;
  }
  /** The nearest Frame with a background that holds this component (a button), if any. */
  function framing(c) {
    for (let p = c.parent; p; p = p.parent) {
      if (NAMES[p.component.getType()] === 'Frame' && hasBackground(p.container)) {
        return p;
      }
    }
    return null;
  }
  function hasBackground(element) {
    const bg = getComputedStyle(element).backgroundColor;
    return bg && bg !== 'transparent' && !/rgba\(.*, 0\)$/.test(bg);
  }
  function box(b) {
    const left = b.left;
    const top = b.top;
    const width = b.width !== undefined ? b.width : b.right - b.left;
    const height = b.height !== undefined ? b.height : b.bottom - b.top;
    return `(${Math.round(left)},${Math.round(top)} ${Math.round(width)}x${Math.round(height)})`;
  }
  function shorten(s, n = 30) {
    s = String(s).replace(/\s+/g, ' ').trim();
    return s.length > n ? s.slice(0, n - 1) + '…' : s;
  }
  function unique(list) {
    return [...new Set(list)];
  }
}

/** The page: the bundle, a view to draw in, and the engine started. */
const PAGE = `<!doctype html>
<html><head><meta charset="utf-8">
<style>html, body {margin: 0; padding: 0; background: transparent; overflow: hidden;} #screen {position: absolute;}</style>
<script src="/apl-viewhost-web.js"></script>
</head><body><div id="screen"></div>
<script>
window.engineReady = (async () => {
  try {
    if (!window.AplRenderer || !window.Module) {
      return 'the bundle defines no AplRenderer';
    }
    if (!Module.calledRun) {
      await Promise.race([AplRenderer.initEngine(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('WebAssembly did not start in 30 s')), 30000))]);
    }
    return true;
  } catch (e) {
    return String(e);
  }
})();
</script></body></html>`;

function serve(files) {
  return new Promise((resolve, reject) => {
    const server = http.createServer((request, response) => {
      const body = files[request.url.split('?')[0]];
      if (request.url === '/favicon.ico') {
        response.writeHead(204).end();
        return;
      }
      if (body === undefined) {
        response.writeHead(404).end();
        return;
      }
      const type = request.url === '/' ? 'text/html; charset=utf-8' : 'application/javascript';
      response.writeHead(200, {'Content-Type': type, 'Cache-Control': 'no-store'}).end(body);
    });
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

function findFile(dir, candidates) {
  for (const candidate of candidates) {
    const file = path.join(dir, candidate);
    if (fs.existsSync(file) && fs.statSync(file).size > 0) {
      return file;
    }
  }
  return null;
}

function packageVersion(bundle) {
  try {
    return '@' + JSON.parse(fs.readFileSync(path.join(path.dirname(bundle), 'package.json'), 'utf8')).version;
  } catch (e) {
    return '';
  }
}

function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function unique(list) {
  return [...new Set(list)];
}

main(process.argv.slice(2)).then(code => process.exit(code), e => {
  console.error(`FAIL ${e && e.stack || e}`);
  process.exit(1);
});
