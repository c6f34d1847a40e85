#!/usr/bin/env bash
# Builds the bundle of the npm package apl-viewhost-web (its index.js: APL core compiled to WebAssembly with the
# package's bindings, and its HTML renderer), from the sources the package ships, for .ci/render-apl.js. The package's
# own install step downloads that bundle ready-built from Amazon; run this where that download cannot be made.
#
# Usage: .ci/build-apl-viewhost.sh NPM_PREFIX APL_CORE_DIR
#   NPM_PREFIX    the npm --prefix directory to install apl-viewhost-web and playwright-core into (it may exist)
#   APL_CORE_DIR  the sources of Amazon's APL core library at the package's version (alexa/apl-core-library, tag
#                 v2024.3.0); its third-party libraries (Yoga, PEGTL, RapidJSON) are tarballs inside it
# Needs cmake, emscripten (Debian's package will do), node and npm; the JavaScript half is built with yarn 1 and
# webpack from the npm registry. About ten minutes on two cores. Leaves NPM_PREFIX/node_modules/apl-viewhost-web/
# index.js, which is what the package's install would have left there.
set -euo pipefail

VERSION=2024.3.0
if [ $# -ne 2 ] || [ ! -f "$2/aplcore/include/apl/apl.h" ]; then
  echo "usage: build-apl-viewhost.sh NPM_PREFIX APL_CORE_DIR (APL core library sources, v$VERSION)" >&2
  exit 2
fi
for tool in cmake emcc em-config node npm; do
  command -v "$tool" >/dev/null || { echo "build-apl-viewhost.sh: $tool is needed (apt-get install cmake emscripten nodejs npm)" >&2; exit 2; }
done
PREFIX="$(mkdir -p "$1" && cd "$1" && pwd)"
CORE="$(cd "$2" && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

echo "== npm install apl-viewhost-web@$VERSION (its sources; the download of the built bundle is skipped)"
npm install --prefix "$PREFIX" --no-save --no-audit --no-fund --silent --ignore-scripts \
  "apl-viewhost-web@$VERSION" playwright-core@1.65.1
PACKAGE="$PREFIX/node_modules/apl-viewhost-web"
cp -r "$PACKAGE" "$WORK/src"

echo "== APL core and the package's bindings, with emscripten"
# Release flags as the package sets them, less the closure compiler (which Debian's emscripten does not ship).
sed -i '/USE_CLOSURE_COMPILER/d' "$WORK/src/wasm/config.cmake"
EMSCRIPTEN_ROOT="$(em-config EMSCRIPTEN_ROOT)"
cmake -S "$WORK/src" -B "$WORK/build" -DWASM=ON -DAPL_CORE_PATH="$CORE" -DCMAKE_BUILD_TYPE=Release \
  -DBUILD_DOC=OFF -DVALIDATE_HEADERS=OFF -DVALIDATE_FORBIDDEN_FUNCTIONS=OFF \
  -DCMAKE_TOOLCHAIN_FILE="$EMSCRIPTEN_ROOT/cmake/Modules/Platform/Emscripten.cmake" \
  -DCMAKE_CROSSCOMPILING_EMULATOR="$(command -v node)" >"$WORK/cmake.log" 2>&1 || { cat "$WORK/cmake.log"; exit 1; }
# Debian's emscripten finds its JavaScript tools' modules (acorn) in /usr/share/nodejs.
NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}" cmake --build "$WORK/build" --target apl-wasm -j "$(nproc)" \
  >"$WORK/build.log" 2>&1 || { tail -50 "$WORK/build.log"; exit 1; }
JS="$WORK/src/js"
mkdir -p "$JS/apl-wasm/lib"
cp "$WORK/build/wasm/apl-wasm.js" "$JS/apl-wasm/lib/apl-wasm.js"

echo "== the renderer, with yarn and webpack"
# The package ships no lockfile: its build tools and libraries are pinned here to the versions of its 2024.3.0
# release, and its test tools (Cypress, Electron, Mocha...) are left out.
node - "$JS" <<'PIN'
const fs = require('fs');
const path = require('path');
const PINNED = {
  '@types/jquery': '3.5.0', '@types/lodash.throttle': '4.1.6', '@types/loglevel': '1.6.3', '@types/node': '12.12.47',
  '@types/webassembly-js-api': '0.0.1', '@types/webfontloader': '1.6.32', 'copy-dir': '1.3.0', 'css-loader': '3.6.0',
  'eventemitter3': '3.1.2', 'hls.js': '0.13.2', 'jquery': '3.5.1', 'jquery-touchswipe': '1.6.19',
  'lodash.throttle': '4.1.1', 'loglevel': '1.6.8', 'mkdirp': '0.5.5', 'mp3-parser': '0.3.0', 'path-browserify': '1.0.1',
  'source-map-loader': '0.2.4', 'style-loader': '0.23.1', 'ts-loader': '9.5.1', 'tslint': '5.20.1',
  'tslint-loader': '3.5.4', 'typescript': '4.9.5', 'utf8': '3.0.0', 'uuid': '3.4.0', 'webfontloader': '1.6.28',
  'webpack': '5.75.0', 'webpack-bundle-analyzer': '4.10.2', 'webpack-cli': '5.1.4', 'webpack-merge': '5.10.0',
  'xregexp': '4.2.4',
};
for (const name of ['apl-html', 'apl-wasm', 'dts-packer']) {
  const file = path.join(process.argv[2], name, 'package.json');
  const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
  for (const field of ['dependencies', 'devDependencies']) {
    for (const [dep, range] of Object.entries(pkg[field] || {})) {
      if (range.startsWith('link:')) {
        continue;
      }
      if (PINNED[dep]) {
        pkg[field][dep] = PINNED[dep];
      } else {
        delete pkg[field][dep];
      }
    }
  }
  fs.writeFileSync(file, JSON.stringify(pkg, null, 2));
}
PIN
npm install --prefix "$WORK/yarn" --no-save --no-audit --no-fund --silent yarn@1.22.22
YARN="$WORK/yarn/node_modules/.bin/yarn"
(cd "$JS" && "$YARN" install --ignore-scripts --non-interactive --silent --registry https://registry.npmjs.org/ \
  >"$WORK/yarn.log" 2>&1) || { tail -30 "$WORK/yarn.log"; exit 1; }
(cd "$JS/dts-packer" && npx webpack --config webpack.js >"$WORK/packer.log" 2>&1) || { tail -30 "$WORK/packer.log"; exit 1; }
(cd "$JS/apl-html" && npx webpack --config webpack.prod.js >"$WORK/html.log" 2>&1) || { grep -A3 ERROR "$WORK/html.log" | head -40; exit 1; }
(cd "$JS/apl-wasm" && npx webpack --config webpack.prod.js >"$WORK/wasm.log" 2>&1) || { grep -A3 ERROR "$WORK/wasm.log" | head -40; exit 1; }
cp "$JS/apl-wasm/lib/index.js" "$PACKAGE/index.js"
echo "built $PACKAGE/index.js ($(( $(stat -c %s "$PACKAGE/index.js") / 1024 )) KB)"
