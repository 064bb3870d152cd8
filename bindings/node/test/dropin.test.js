'use strict'
const test = require('node:test')
const assert = require('node:assert/strict')
const z = require('..')
const { generateToken04 } = require('..')

const SECRET = 'fa94dd0f974cf2e293728a526b028271'

// The vendor's codes (zegoServerAssistant.js): 1 AppID, 3 user id, 5 secret, 6 time.
function code(fn) {
  try {
    fn()
  } catch (e) {
    assert.ok(e instanceof Error)
    assert.equal(typeof e.errorMessage, 'string')
    return e.errorCode
  }
  assert.fail('did not throw')
}

test('ErrorCode as the vendor names it', () => {
  assert.deepEqual(z.ErrorCode, {
    success: 0,
    appIDInvalid: 1,
    userIDInvalid: 3,
    secretInvalid: 5,
    effectiveTimeInSecondsInvalid: 6,
  })
})

test('returns a token that verifies', () => {
  const token = generateToken04(1234567890, 'alice', SECRET, 3600, '')
  assert.ok(token.startsWith('04'))
  const c = new z.Verifier(SECRET, 1234567890, { userId: 'alice' }).verify(token)
  assert.equal(c.expire - c.ctime, 3600)
  assert.equal(c.payload, '')
  const p = generateToken04(7, 'u', SECRET, 60, '{"a":1}')
  assert.equal(new z.Verifier(SECRET, 7).verify(p).payload, '{"a":1}')
  assert.equal(new z.Verifier(SECRET, 7).verify(generateToken04(7, 'u', SECRET, 60)).payload, '')
})

test('tokens differ each call', () => {
  const tokens = new Set(Array.from({ length: 50 }, () => generateToken04(1, 'u', SECRET, 60, '')))
  assert.equal(tokens.size, 50)
})

test('AppID invalid: 1', () => {
  for (const appId of [0, -1, 2 ** 32, 1.5, '1', true, null, undefined, NaN]) {
    assert.equal(code(() => generateToken04(appId, 'u', SECRET, 3600, '')), 1, String(appId))
  }
})

test('user id invalid: 3', () => {
  for (const userId of ['', 5, null, undefined, 'x'.repeat(65)]) {
    assert.equal(code(() => generateToken04(1, userId, SECRET, 3600, '')), 3, String(userId))
  }
})

test('secret invalid: 5', () => {
  for (const secret of ['', SECRET.slice(1), SECRET + '0', null, Buffer.from(SECRET), SECRET + SECRET]) {
    assert.equal(code(() => generateToken04(1, 'u', secret, 3600, '')), 5)
  }
})

test('effective time invalid: 6', () => {
  for (const t of [0, -1, 1.5, '3600', true, null, undefined, NaN, Infinity]) {
    assert.equal(code(() => generateToken04(1, 'u', SECRET, t, '')), 6, String(t))
  }
})

test("checks in the vendor's order", () => {
  assert.equal(code(() => generateToken04(0, '', 'x', 0)), 1)
  assert.equal(code(() => generateToken04(1, '', 'x', 0)), 3)
  assert.equal(code(() => generateToken04(1, 'u', 'x', 0)), 5)
  assert.equal(code(() => generateToken04(1, 'u', SECRET, 0)), 6)
})

test('errors never show the secret', () => {
  for (const secret of [SECRET.slice(1), SECRET + '0', ' ' + SECRET]) {
    try {
      generateToken04(1, 'u', secret, 60)
    } catch (e) {
      assert.ok(!e.message.includes(SECRET.slice(1, 9)))
    }
    assert.throws(
      () => new z.Verifier(secret, 1),
      (e) => e instanceof z.SecretError && !e.message.includes(SECRET.slice(1, 9)) && ['length', 'whitespace'].includes(e.kind),
    )
  }
})

test('a non-string payload is refused', () => {
  assert.throws(() => generateToken04(1, 'u', SECRET, 60, { room_id: 'r' }), TypeError)
})

test('nothing is logged', () => {
  const seen = []
  const saved = { log: console.log, error: console.error, write: process.stdout.write }
  console.log = console.error = (...a) => seen.push(a)
  process.stdout.write = (chunk) => seen.push(chunk)
  try {
    generateToken04(1, 'u', SECRET, 60, 'p')
  } finally {
    console.log = saved.log
    console.error = saved.error
    process.stdout.write = saved.write
  }
  assert.deepEqual(seen, [])
})
