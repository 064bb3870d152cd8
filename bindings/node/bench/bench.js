'use strict'
// Minting and verification speed of zego-token against the vendor's own
// generateToken04 (token/nodejs/token04/server/zegoServerAssistant.js of
// the public zegoim/zego_server_assistant repository), its console.log
// going to /dev/null as shipped:
//
//   VENDOR_JS=/path/to/zegoServerAssistant.js node bench/bench.js [--runs 7] [--n 20000]
//
// Prints the time per call of each and the ratios (medians of the runs).
// The vendor's file is loaded from where it lies; it is not in this repository.
const fs = require('node:fs')
const path = require('node:path')
const z = require('..')

const args = process.argv.slice(2)
const opt = (name, dflt) => {
  const i = args.indexOf(name)
  return i >= 0 ? Number(args[i + 1]) : dflt
}
const vendorPath = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--'))) || process.env.VENDOR_JS
if (!vendorPath) {
  process.stderr.write('give the vendor zegoServerAssistant.js as an argument or in VENDOR_JS\n')
  process.exit(2)
}
const RUNS = opt('--runs', 7)
const N = opt('--n', 20000)

// The vendor logs every token's claims with console.log: send it to
// /dev/null, as a server whose stdout is discarded would.
const devnull = fs.openSync('/dev/null', 'w')
console.log = (...a) => fs.writeSync(devnull, a.join(' ') + '\n')
const vendor = require(path.resolve(vendorPath))

const SECRET = 'fa94dd0f974cf2e293728a526b028271'
const APP_ID = 1234567890
const verifier = new z.Verifier(SECRET, APP_ID)
const ours = z.generateToken04(APP_ID, 'user1', SECRET, 3600, '')
verifier.verify(vendor.generateToken04(APP_ID, 'user1', SECRET, 3600, ''))

const cases = {
  'vendor generateToken04': () => vendor.generateToken04(APP_ID, 'user1', SECRET, 3600, ''),
  'zego-token generateToken04': () => z.generateToken04(APP_ID, 'user1', SECRET, 3600, ''),
  'zego-token mint': () => z.mint({ appId: APP_ID, userId: 'user1', secret: SECRET }),
  'Verifier.verify': () => verifier.verify(ours),
}

function perCall(fn) {
  const start = process.hrtime.bigint()
  for (let i = 0; i < N; i++) fn()
  return Number(process.hrtime.bigint() - start) / N / 1000
}

const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]))
for (const fn of Object.values(cases)) perCall(fn) // warm-up
for (let r = 0; r < RUNS; r++) {
  // Interleaved, so drift in the machine's speed hits every case alike.
  for (const [name, fn] of Object.entries(cases)) times[name].push(perCall(fn))
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}
const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]))
const out = (line) => process.stdout.write(line + '\n')
for (const [name, t] of Object.entries(m)) out(`${name.padEnd(28)} ${t.toFixed(2).padStart(8)} us/call (median of ${RUNS} x ${N})`)
const v = m['vendor generateToken04']
out(`mint ratio  (vendor / zego-token generateToken04): ${(v / m['zego-token generateToken04']).toFixed(1)}x`)
out(`mint ratio  (vendor / zego-token mint):            ${(v / m['zego-token mint']).toFixed(1)}x`)
out(`verify / mint (Verifier.verify / generateToken04): ${(m['Verifier.verify'] / m['zego-token generateToken04']).toFixed(2)}`)
