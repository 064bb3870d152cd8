'use strict'
// The zego-token package: the native addon (built from the zego_token Rust
// library at install time) in Node.js's idiom. This file only converts:
// native errors (code "family:kind") become the error classes below.

const native = require('./native/zego-token.node')

/** Base class of this package's errors; `kind` names why, in snake_case. */
class ZegoTokenError extends Error {
  constructor(message, kind) {
    super(message)
    this.name = new.target.name
    this.kind = kind
  }
}
/** A token a Verifier refused (`kind`: "expired", "untrusted", ...). */
class RejectedError extends ZegoTokenError {}
/** A token that cannot be made from these arguments. */
class MintError extends ZegoTokenError {}
/** A secret that cannot be one; the message never shows it. */
class SecretError extends ZegoTokenError {}
/** An argument of the wrong type or range. */
class ArgumentError extends ZegoTokenError {}

/**
 * What the drop-in throws, as the vendor's generateToken04 does: an error
 * carrying `errorCode` (1 AppID, 3 user id, 5 secret, 6 effective time)
 * and `errorMessage`.
 */
class TokenError extends Error {
  constructor(errorCode, errorMessage) {
    super(errorMessage)
    this.name = 'TokenError'
    this.errorCode = errorCode
    this.errorMessage = errorMessage
  }
}

const FAMILIES = {
  rejected: RejectedError,
  mint: MintError,
  secret: SecretError,
  argument: ArgumentError,
}

function convert(e) {
  const code = typeof e?.code === 'string' ? e.code : ''
  const at = code.indexOf(':')
  if (at < 0) return e
  const family = code.slice(0, at)
  const kind = code.slice(at + 1)
  if (family === 'dropin') return new TokenError(Number(kind), e.message)
  const Class = FAMILIES[family]
  return Class ? new Class(e.message, kind) : e
}

function call(fn) {
  try {
    return fn()
  } catch (e) {
    throw convert(e)
  }
}

/**
 * The vendor's generateToken04 as a drop-in: same name, arguments and
 * error codes. Returns the token (a Token04 in AES-256-GCM, nonce from the
 * OS random source); logs nothing.
 */
function generateToken04(appId, userId, secret, effectiveTimeInSeconds, payload) {
  // Arguments of the wrong type reach the native checks as null, which
  // answer them with the vendor's code in the vendor's order.
  const num = (x) => (typeof x === 'number' ? x : null)
  const str = (x) => (typeof x === 'string' ? x : null)
  // The vendor would write a non-string payload into the claims as JSON,
  // which the SDK refuses (1002075): refused here instead.
  if (payload && typeof payload !== 'string') throw new TypeError('payload must be a string')
  return call(() =>
    native.generateToken04(num(appId), str(userId), str(secret), num(effectiveTimeInSeconds), payload || ''),
  )
}

/** Checks tokens for one app; build it once and share it. */
class Verifier {
  #inner
  /**
   * @param {string} secret the ServerSecret
   * @param {number} appId
   * @param {{leeway?: number, userId?: string, roomId?: string, require?: string[]}} [options]
   */
  constructor(secret, appId, options) {
    this.#inner = call(() => new native.Verifier(secret, appId, options))
  }
  /** The claims of `token` at `now` (unix seconds; default: the clock), or throws RejectedError. */
  verify(token, now) {
    return call(() => this.#inner.verify(token, now))
  }
  /** `verify`, expecting the token to be for `userId`. */
  verifyUser(token, userId, now) {
    return call(() => this.#inner.verifyUser(token, userId, now))
  }
}

module.exports = {
  generateToken04,
  Verifier,
  mint: (options) => call(() => native.mint(options)),
  privilegePayload: (privilege) => call(() => native.privilegePayload(privilege)),
  diagnose: (token, options) => call(() => native.diagnose(token, options)),
  apiSignature: (appId, signatureNonce, secret, timestamp) =>
    call(() => native.apiSignature(appId, signatureNonce, secret, timestamp)),
  signApiRequest: (appId, secret, options) => call(() => native.signApiRequest(appId, secret, options)),
  callbackSignature: (callbackSecret, timestamp, nonce) =>
    call(() => native.callbackSignature(callbackSecret, timestamp, nonce)),
  verifyCallback: (callbackSecret, body, options) =>
    call(() => native.verifyCallback(callbackSecret, body, options)),
  ErrorCode: Object.freeze({
    success: 0,
    appIDInvalid: 1,
    userIDInvalid: 3,
    secretInvalid: 5,
    effectiveTimeInSecondsInvalid: 6,
  }),
  ZegoTokenError,
  RejectedError,
  MintError,
  SecretError,
  ArgumentError,
  TokenError,
}
