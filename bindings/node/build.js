// `npm install` builds the native addon with cargo and puts it where
// index.js loads it. Plain Node.js and cargo, no npm dependency: a project
// that runs `npm install path/to/bindings/node` links this folder without
// installing its dependencies first, so a build tool from npm would be
// missing when this script runs.
'use strict'
const { execFileSync } = require('node:child_process')
const fs = require('node:fs')
const path = require('node:path')

const here = __dirname
execFileSync('cargo', ['build', '--release', '--manifest-path', path.join(here, 'Cargo.toml')], {
  stdio: 'inherit',
})
const targetDir = process.env.CARGO_TARGET_DIR || path.join(here, 'target')
const library = {
  linux: 'libzego_token_node.so',
  darwin: 'libzego_token_node.dylib',
  win32: 'zego_token_node.dll',
}[process.platform]
if (!library) {
  throw new Error(`zego-token: no build recipe for platform ${process.platform}`)
}
fs.mkdirSync(path.join(here, 'native'), { recursive: true })
fs.copyFileSync(
  path.join(targetDir, 'release', library),
  path.join(here, 'native', 'zego-token.node'),
)
