'use strict'
// Known answers computed independently (VECTORS.md: md5sum, sha1sum, hashlib).
const test = require('node:test')
const assert = require('node:assert/strict')
const crypto = require('node:crypto')
const z = require('..')

const API = [
  [12345, '4fd24687296dd9f3', '9193cc662a4c0ec135ec71fb57194b38', 1615186943, '43e5cfcca828314675f91b001390566a'],
  [1234567890, '9f1c2a7e5b3d4c60', 'fa94dd0f974cf2e293728a526b028271', 1796000000, 'de52ac92f7f14ff08f4ac8006ea3e880'],
  [1, '0000000000000000', 'SECRETsecretSECRETsecret12345678', 0, 'f38d3f471148caaf0b27fc6ee1db1adf'],
]
const CALLBACK = [
  ['secret', '1470820198', '123412', '5bd59fd62953a8059fb7eaba95720f66d19e4517'],
  ['Zc2f1a9bCallbackSecret000000001', '1796000000123', 'abcXYZ', '1d10adf2fc156078868453b8f5254619b948e612'],
  ['0aa', '1796000000', 'Nonce-9', 'bf5f88d5bb2125dbc113c96e22c9726461fc27e6'],
]

test('server API signature known answers', () => {
  for (const [appId, nonce, secret, ts, expected] of API) {
    assert.equal(z.apiSignature(appId, nonce, secret, ts), expected)
  }
})

test('signApiRequest', () => {
  const [appId, nonce, secret, ts, expected] = API[0]
  const p = z.signApiRequest(appId, secret, { signatureNonce: nonce, timestamp: ts })
  assert.equal(p.Signature, expected)
  assert.equal(p.AppId, '12345')
  assert.equal(p.SignatureVersion, '2.0')
  const fresh = z.signApiRequest(appId, secret)
  assert.match(fresh.SignatureNonce, /^[0-9a-f]{16}$/)
  const md5 = crypto.createHash('md5').update(`${appId}${fresh.SignatureNonce}${secret}${fresh.Timestamp}`).digest('hex')
  assert.equal(fresh.Signature, md5)
})

test('callback signature known answers and verification', () => {
  for (const [secret, ts, nonce, expected] of CALLBACK) {
    assert.equal(z.callbackSignature(secret, ts, nonce), expected)
  }
  const [secret, ts, nonce, sig] = CALLBACK[0]
  const body = JSON.stringify({ event: 'x', signature: sig, timestamp: ts, nonce })
  assert.equal(z.verifyCallback(secret, body), true)
  assert.equal(z.verifyCallback(secret, body.replace(sig, '0'.repeat(40))), false)
  assert.equal(z.verifyCallback('other', body), false)
  assert.equal(z.verifyCallback(secret, body, { maxAge: 60, now: Number(ts) + 30 }), true)
  assert.equal(z.verifyCallback(secret, body, { maxAge: 60, now: Number(ts) + 600 }), false)
})

test('bad secrets throw SecretError', () => {
  assert.throws(() => z.apiSignature(1, 'n', 'short', 0), z.SecretError)
  assert.throws(() => z.callbackSignature('', '1', 'n'), z.SecretError)
})
