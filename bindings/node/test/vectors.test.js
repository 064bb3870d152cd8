'use strict'
const test = require('node:test')
const assert = require('node:assert/strict')
const z = require('..')
const { load } = require('./helpers')

const official = load('official')
const byId = new Map(official.map((v) => [v.id, v]))

// What each malformed vector's defect is, as the kinds a Verifier may
// give (a CBC token under the wrong version prefix does not open).
const STRUCTURE = ['malformed']
const OPENING = ['untrusted']
const EXPECTED_KINDS = {
  'bad-version-prefix': [...STRUCTURE, ...OPENING],
  empty: STRUCTURE,
  truncated: STRUCTURE,
  'length-field-overflow': STRUCTURE,
  'trailing-garbage': STRUCTURE,
  'unknown-mode-byte': STRUCTURE,
  'not-base64': STRUCTURE,
  'url-mangled': STRUCTURE,
  'wrong-secret': OPENING,
  'gcm-tag-flipped': OPENING,
  'cbc-bad-padding': OPENING,
  'header-expire-tampered': OPENING,
}

function rejects(fn, kinds) {
  assert.throws(fn, (e) => {
    assert.ok(e instanceof z.RejectedError, `${e}`)
    assert.ok(kinds.includes(e.kind), `${e.kind}: ${e.message}`)
    return true
  })
}

test('official tokens verify at their ctime', async (t) => {
  for (const v of official) {
    await t.test(v.id, () => {
      const c = v.claims
      const got = new z.Verifier(v.secret, v.app_id).verify(v.token, c.ctime)
      assert.equal(got.version, '04')
      assert.equal(got.mode, v.mode)
      assert.equal(got.authenticated, v.mode === 'gcm')
      assert.equal(got.appId, v.app_id)
      assert.equal(got.userId, v.user_id)
      assert.equal(got.nonce, c.nonce)
      assert.equal(got.ctime, c.ctime)
      assert.equal(got.expire, c.ctime + v.effective_time)
      assert.equal(got.payload, v.payload)
    })
  }
})

test('official tokens expire at their expire, and are for their user and app', () => {
  for (const v of official) {
    const verifier = new z.Verifier(v.secret, v.app_id)
    verifier.verify(v.token, v.claims.expire - 1)
    rejects(() => verifier.verify(v.token, v.claims.expire), ['expired'])
    const now = v.claims.ctime
    new z.Verifier(v.secret, v.app_id, { userId: v.user_id }).verify(v.token, now)
    rejects(() => new z.Verifier(v.secret, v.app_id, { userId: v.user_id + 'x' }).verify(v.token, now), [
      'user_id_mismatch',
    ])
    const other = v.app_id > 1 ? v.app_id - 1 : 2
    rejects(() => new z.Verifier(v.secret, other).verify(v.token, now), ['app_id_mismatch'])
  }
})

test('official privilege payloads are read', () => {
  const privileged = official.filter((v) => /\/priv-(null|list)$/.test(v.id))
  assert.ok(privileged.length > 0)
  for (const v of privileged) {
    const got = new z.Verifier(v.secret, v.app_id).verify(v.token, v.claims.ctime)
    const wire = JSON.parse(v.payload)
    assert.equal(got.privilege.roomId, wire.room_id)
    assert.equal(got.privilege.login, wire.privilege['1'] === 1)
    assert.equal(got.privilege.publish, wire.privilege['2'] === 1)
    assert.deepEqual(got.privilege.streamIds ?? null, wire.stream_id_list)
  }
})

// "04" and the header before a CBC ciphertext: expire (8) + IV length (2)
// + IV (16) + ciphertext length (2) bytes, in base64 characters.
const CBC_HEADER_CHARS = 2 + Math.floor(((8 + 2 + 16 + 2) * 4) / 3) + 1

test('tampered official tokens are rejected', () => {
  let count = 0
  for (const v of official) {
    // GCM authenticates every byte; a CBC IV flip changes the claims'
    // first block undetected (authenticated is false), so CBC flips go
    // into the ciphertext.
    const start = v.mode === 'gcm' ? 2 : CBC_HEADER_CHARS
    for (const where of [0, 0.1, 0.3, 0.5, 0.7, 0.9]) {
      const at = start + Math.floor((v.token.length - 4 - start) * where)
      const other = v.token[at] === 'A' ? 'B' : 'A'
      const tampered = v.token.slice(0, at) + other + v.token.slice(at + 1)
      rejects(() => new z.Verifier(v.secret, v.app_id).verify(tampered, v.claims.ctime), ['malformed', 'untrusted'])
      count++
    }
  }
  assert.ok(count > 900)
})

test('malformed vectors are rejected with the right kind', async (t) => {
  for (const v of load('malformed')) {
    await t.test(v.id, () => {
      const source = byId.get(v.derived_from)
      const now = source ? source.claims.ctime : 1796003000
      const appId = source ? source.app_id : 1234567890
      const verifier = new z.Verifier(v.secret, appId)
      if (v.expect_error === 'none-after-trim') {
        const got = verifier.verify(v.token, now)
        assert.deepEqual(
          [got.userId, got.nonce, got.expire],
          [source.claims.user_id, source.claims.nonce, source.claims.expire],
        )
        return
      }
      rejects(() => verifier.verify(v.token, now), EXPECTED_KINDS[v.expect_error])
      const report = z.diagnose(v.token, { secret: v.secret, appId, now })
      assert.equal(report.valid, false)
      assert.ok(report.failures.length > 0)
    })
  }
})

test('Token03 vectors', () => {
  for (const v of load('token03')) {
    const c = v.claims
    const got = new z.Verifier(v.secret, v.app_id, { roomId: v.room_id }).verify(v.token, c.create_time)
    assert.deepEqual([got.version, got.mode, got.authenticated], ['03', 'cbc', false])
    assert.deepEqual([got.appId, got.userId], [v.app_id, v.user_id])
    assert.deepEqual([got.ctime, got.expire], [c.create_time, c.expire_time])
    assert.equal(got.expire, v.header_expire)
    assert.equal(got.payload ?? null, null)
    assert.equal(got.privilege.roomId, v.room_id)
    assert.equal(got.privilege.login, v.privilege.login)
    assert.equal(got.privilege.publish, v.privilege.publish)
    for (const right of ['login', 'publish']) {
      const strict = new z.Verifier(v.secret, v.app_id, { require: [right] })
      if (v.privilege[right]) strict.verify(v.token, c.create_time)
      else rejects(() => strict.verify(v.token, c.create_time), ['privilege_missing'])
    }
  }
})

test('kit vectors', () => {
  for (const v of load('kit')) {
    if (v.kit_token === null) {
      // The UIKit refused these ids: minting such a kit token fails too.
      assert.throws(
        () =>
          z.mint({ appId: v.app_id, userId: v.user_id, secret: v.secret, kit: { userName: v.user_name, roomId: v.room_id } }),
        (e) => e instanceof z.MintError && e.kind === 'kit',
      )
      continue
    }
    // The inner token's ctime is not in the vector: read it first.
    const ctime = z.diagnose(v.kit_token, { secret: v.secret }).claims.ctime
    const verifier = new z.Verifier(v.secret, v.app_id)
    if (v.id.endsWith('prod-user-mismatch')) {
      rejects(() => verifier.verify(v.kit_token, ctime), ['kit_mismatch'])
      continue
    }
    const got = verifier.verify(v.kit_token, ctime)
    assert.equal(got.userId, v.user_id)
    assert.deepEqual(
      [got.kit.userId, got.kit.roomId ?? null, got.kit.userName, got.kit.appId],
      [v.user_id, v.room_id, v.user_name, v.app_id],
    )
  }
})

test('faulty claims are named, not blamed on the secret', () => {
  for (const v of load('faulty')) {
    const report = z.diagnose(v.token, { secret: v.secret, now: v.now })
    assert.equal(report.valid, false, v.id)
    const codes = report.failures.flatMap((f) => f.sdkCodes)
    assert.ok(codes.includes(v.sdk_code), `${v.id}: ${codes}`)
    if (v.field !== 'claims') assert.ok(report.failures.some((f) => f.message.includes(v.field)), v.id)
    assert.throws(
      () => new z.Verifier(v.secret, 1234567890).verify(v.token, v.now),
      (e) => e instanceof z.RejectedError && (v.mode === 'gcm' ? e.kind !== 'untrusted' : e.kind === 'untrusted'),
    )
  }
})

test('invented tokens are explained', () => {
  // The made-up AppSign that VECTORS.md names for these vectors.
  const appSign = 'b6e5c1b2a7f04d3c9e8a1f2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f'
  for (const v of load('invented')) {
    const report = z.diagnose(v.token, { secret: v.secret, appId: v.app_id, userId: v.user_id, now: v.now, appSign })
    assert.equal(report.valid, false)
    const text = report.failures.map((f) => f.message).join(' ').toLowerCase()
    assert.ok(v.expect.some((w) => text.includes(w.toLowerCase())), `${v.id}: ${text}`)
    assert.throws(() => new z.Verifier(v.secret, v.app_id).verify(v.token, v.now), z.RejectedError)
  }
})
