'use strict'
const test = require('node:test')
const assert = require('node:assert/strict')
const z = require('..')

const SECRET = 'fa94dd0f974cf2e293728a526b028271'
const NOW = 1796000000

function kind(fn) {
  try {
    fn()
  } catch (e) {
    assert.ok(e instanceof z.ZegoTokenError, `${e}`)
    return e.kind
  }
  assert.fail('did not throw')
}

test('round trip in both modes', () => {
  for (const mode of ['gcm', 'cbc']) {
    const made = z.mint({ appId: 42, userId: 'alice', secret: SECRET, effectiveTime: 600, payload: 'p', mode, now: NOW })
    assert.equal(made.claims.mode, mode)
    const got = new z.Verifier(SECRET, 42).verify(made.token, NOW + 1)
    assert.deepEqual([got.appId, got.userId, got.ctime, got.expire, got.payload], [42, 'alice', NOW, NOW + 600, 'p'])
    assert.equal(got.authenticated, mode === 'gcm')
    assert.equal(got.nonce, made.claims.nonce)
  }
})

// The claims cross from native code as an array that index.js names:
// every door (mint, verify, verifyUser, diagnose) must name them alike,
// with every key, for every kind of token.
test('every door gives the same claims, every key named', () => {
  const KEYS = ['version', 'appId', 'userId', 'nonce', 'ctime', 'expire', 'payload', 'privilege', 'mode', 'authenticated', 'kit']
  const privilege = { roomId: 'room1', login: true, publish: true, streamIds: null }
  const kinds = [
    { mode: 'gcm' },
    { mode: 'cbc' },
    { mode: 'cbc', payload: 'p' },
    { privilege },
    { version: '03', privilege },
    { kit: { userName: 'Alice', roomId: 'room1' } },
    { kit: { userName: 'Alice' }, mode: 'cbc' },
    { kit: { userName: 'Alice', roomId: null } },
  ]
  for (const extra of kinds) {
    const made = z.mint({ appId: 42, userId: 'alice', secret: SECRET, now: NOW, ...extra })
    const what = JSON.stringify(extra)
    assert.deepEqual(Object.keys(made.claims), KEYS, what)
    assert.equal(made.claims.userId, 'alice', what)
    assert.equal(made.claims.appId, 42, what)
    assert.equal(made.claims.ctime, NOW, what)
    assert.equal(made.claims.expire, NOW + 3600, what)
    assert.equal(made.claims.version, extra.version ?? '04', what)
    assert.equal(made.claims.mode, extra.version ? 'cbc' : (extra.mode ?? 'gcm'), what)
    assert.equal(made.claims.authenticated, made.claims.mode === 'gcm', what)
    assert.equal(made.claims.kit === null, !extra.kit, what)
    assert.equal(made.claims.privilege === null, !extra.privilege, what)
    const verifier = new z.Verifier(SECRET, 42)
    assert.deepEqual(verifier.verify(made.token, NOW), made.claims, what)
    assert.deepEqual(verifier.verifyUser(made.token, 'alice', NOW), made.claims, what)
    assert.deepEqual(z.diagnose(made.token, { secret: SECRET, now: NOW }).claims, made.claims, what)
    // What a token carries can be handed back to mint it again.
    if (made.claims.privilege) {
      const again = z.mint({ appId: 42, userId: 'alice', secret: SECRET, now: NOW, version: extra.version, privilege: made.claims.privilege })
      assert.deepEqual(again.claims.privilege, made.claims.privilege, what)
    }
    if (made.claims.kit) {
      assert.equal(made.claims.kit.roomId, extra.kit.roomId ?? null, what)
      const kit = { userName: made.claims.kit.userName, roomId: made.claims.kit.roomId }
      assert.deepEqual(z.mint({ appId: 42, userId: 'alice', secret: SECRET, now: NOW, kit }).claims.kit, made.claims.kit, what)
    }
  }
})

test('privilege token', () => {
  const privilege = { roomId: 'room1', login: true, publish: false, streamIds: ['s1'] }
  const made = z.mint({ appId: 42, userId: 'alice', secret: SECRET, privilege, now: NOW })
  const wire = { room_id: 'room1', privilege: { 1: 1, 2: 0 }, stream_id_list: ['s1'] }
  assert.deepEqual(JSON.parse(made.claims.payload), wire)
  assert.deepEqual(JSON.parse(z.privilegePayload(privilege)), wire)
  const got = new z.Verifier(SECRET, 42, { roomId: 'room1', require: ['login'] }).verify(made.token, NOW)
  assert.deepEqual(got.privilege, privilege)
  assert.equal(kind(() => new z.Verifier(SECRET, 42, { require: ['publish'] }).verify(made.token, NOW)), 'privilege_missing')
  assert.equal(kind(() => new z.Verifier(SECRET, 42, { roomId: 'room2' }).verify(made.token, NOW)), 'room_id_mismatch')
})

test('Token03', () => {
  const made = z.mint({ appId: 42, userId: 'a', secret: SECRET, version: '03', privilege: { roomId: 'r9', publish: true }, now: NOW })
  assert.ok(made.token.startsWith('03'))
  const got = new z.Verifier(SECRET, 42, { roomId: 'r9', require: ['publish'] }).verify(made.token, NOW)
  assert.deepEqual([got.version, got.mode], ['03', 'cbc'])
  assert.equal(kind(() => z.mint({ appId: 42, userId: 'a', secret: SECRET, version: '03', now: NOW })), 'room_id_empty')
  assert.equal(kind(() => z.mint({ appId: 42, userId: 'a', secret: SECRET, version: '03', payload: 'x' })), 'not_in_token03')
})

test('kit token', () => {
  const made = z.mint({ appId: 42, userId: 'alice', secret: SECRET, kit: { userName: 'Alice B', roomId: 'room1' }, now: NOW })
  const [token, suffix] = made.token.split('#')
  assert.ok(token.startsWith('04') && suffix)
  const got = new z.Verifier(SECRET, 42).verify(made.token, NOW)
  assert.deepEqual(got.kit, { userId: 'alice', roomId: 'room1', userName: 'Alice B', appId: 42 })
})

test('mint errors have kinds', () => {
  const base = { appId: 1, userId: 'u', secret: SECRET, now: NOW }
  assert.equal(kind(() => z.mint({ ...base, appId: 0 })), 'app_id_zero')
  assert.equal(kind(() => z.mint({ ...base, userId: '' })), 'user_id_empty')
  assert.equal(kind(() => z.mint({ ...base, effectiveTime: 0 })), 'effective_time_not_positive')
  assert.equal(kind(() => z.mint({ ...base, mode: 'ecb' })), 'unknown_mode')
  assert.equal(kind(() => z.mint({ ...base, version: '05' })), 'unknown_version')
  assert.equal(kind(() => z.mint({ ...base, appId: -1 })), 'app_id')
  assert.equal(kind(() => z.mint({ ...base, payload: 'x'.repeat(70000) })), 'payload_too_large')
})

test('lifetime and leeway', () => {
  const made = z.mint({ appId: 1, userId: 'u', secret: SECRET, effectiveTime: 100, now: NOW })
  const strict = new z.Verifier(SECRET, 1)
  strict.verify(made.token, NOW)
  strict.verify(made.token, NOW + 99)
  assert.equal(kind(() => strict.verify(made.token, NOW + 100)), 'expired')
  assert.equal(kind(() => strict.verify(made.token, NOW - 1)), 'not_yet_valid')
  const lenient = new z.Verifier(SECRET, 1, { leeway: 30 })
  lenient.verify(made.token, NOW + 129)
  lenient.verify(made.token, NOW - 30)
})

test('verify without now uses the clock; verifyUser', () => {
  const fresh = z.mint({ appId: 1, userId: 'alice', secret: SECRET })
  const v = new z.Verifier(SECRET, 1)
  v.verify(fresh.token)
  assert.equal(v.verifyUser(fresh.token, 'alice').userId, 'alice')
  assert.equal(kind(() => v.verifyUser(fresh.token, 'bob')), 'user_id_mismatch')
  const old = z.mint({ appId: 1, userId: 'u', secret: SECRET, effectiveTime: 10, now: NOW - 1e6 })
  assert.equal(kind(() => v.verify(old.token)), 'expired')
})

test('wrong secret is untrusted; unknown right refused', () => {
  const made = z.mint({ appId: 1, userId: 'u', secret: SECRET, now: NOW })
  assert.equal(kind(() => new z.Verifier('0'.repeat(32), 1).verify(made.token, NOW)), 'untrusted')
  assert.equal(kind(() => new z.Verifier(SECRET, 1, { require: ['fly'] })), 'unknown_right')
})

test('diagnose collects every failure', () => {
  const made = z.mint({ appId: 1, userId: 'alice', secret: SECRET, now: NOW })
  const report = z.diagnose(made.token, { secret: SECRET, appId: 2, userId: 'bob', now: NOW + 7200 })
  assert.equal(report.valid, false)
  assert.deepEqual(report.failures.map((f) => f.kind), ['app_id_mismatch', 'user_id_mismatch', 'expired'])
  assert.ok(report.failures.every((f) => f.sdkCodes.length > 0))
  assert.equal(report.failures[0].class, 'mismatch')
  assert.equal(report.claims.userId, 'alice')
  assert.deepEqual([report.version, report.mode, report.authenticated], ['04', 'gcm', true])
  const ok = z.diagnose(made.token, { secret: SECRET, appId: 1, now: NOW })
  assert.equal(ok.valid, true)
  const bare = z.diagnose(made.token)
  assert.equal(bare.claims ?? null, null)
  assert.equal(z.diagnose('04%%%').failures[0].kind, 'malformed')
  const cbc = z.mint({ appId: 1, userId: 'alice', secret: SECRET, mode: 'cbc', now: NOW })
  assert.ok(z.diagnose(cbc.token, { secret: SECRET, now: NOW }).warnings.some((w) => w.includes('CBC')))
})
