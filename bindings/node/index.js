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

/**
 * The claims of an opened token as a plain object, from the array the
 * native side hands over (its order is `Packed`'s in src/lib.rs): an array
 * costs far less to build from native code than named properties.
 */
function claims(p) {
  return {
    version: p[0],
    appId: p[1],
    userId: p[2],
    nonce: p[3],
    ctime: p[4],
    expire: p[5],
    payload: p[6],
    privilege: p[7],
    mode: p[8],
    authenticated: p[9],
    kit: p[10],
  }
}

/** `[version, mode, authenticated]` of a plain token, by its shape slot. */
const PLAIN_SHAPES = native.plainShapes()

/**
 * The claims from what the native verify or mint handed over: a plain
 * token's user id with its numbers in `slots` (see `handed_over` in
 * src/lib.rs), any other token packed.
 */
function handedOver(handed, slots) {
  if (typeof handed !== 'string') return claims(handed)
  const shape = PLAIN_SHAPES[slots[4]]
  return {
    version: shape[0],
    appId: slots[0],
    userId: handed,
    nonce: slots[1],
    ctime: slots[2],
    expire: slots[3],
    payload: '',
    privilege: null,
    mode: shape[1],
    authenticated: shape[2],
    kit: null,
  }
}

/** Where the native mint writes a plain token's numbers (`handedOver`). */
const mintSlots = new Float64Array(5)

/** Checks tokens for one app; build it once and share it. */
class Verifier {
  #inner
  #slots = new Float64Array(5)
  /**
   * @param {string} secret the ServerSecret
   * @param {number} appId
   * @param {{leeway?: number, userId?: string, roomId?: string, require?: string[]}} [options]
   */
  constructor(secret, appId, options) {
    this.#inner = call(() => native.verifier(secret, appId, options))
  }
  /** The claims of `token` at `now` (unix seconds; default: the clock), or throws RejectedError. */
  verify(token, now) {
    return handedOver(call(() => native.verify(this.#inner, token, now, this.#slots)), this.#slots)
  }
  /** `verify`, expecting the token to be for `userId`. */
  verifyUser(token, userId, now) {
    return handedOver(call(() => native.verifyUser(this.#inner, token, userId, now, this.#slots)), this.#slots)
  }
}

module.exports = {
  generateToken04,
  Verifier,
  mint(options) {
    const [token, handed] = call(() => native.mint(options, mintSlots))
    return { token, claims: handedOver(handed, mintSlots) }
  },
  privilegePayload: (privilege) => call(() => native.privilegePayload(privilege)),
  diagnose(token, options) {
    const report = call(() => native.diagnose(token, options))
    if (report.claims != null) report.claims = claims(report.claims)
    return report
  },
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
