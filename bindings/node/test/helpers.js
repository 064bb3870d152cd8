'use strict'
// The repository's shared vectors (tests/data/*.jsonl), read in place.
const fs = require('node:fs')
const path = require('node:path')

const DATA = path.resolve(__dirname, '..', '..', '..', 'tests', 'data')

function load(name) {
  const text = fs.readFileSync(path.join(DATA, `${name}.jsonl`), 'ascii')
  const vectors = text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line))
  if (vectors.length === 0) throw new Error(`no vectors in ${name}.jsonl`)
  return vectors
}

module.exports = { load }
