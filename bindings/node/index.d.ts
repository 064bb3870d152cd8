// Type declarations of the zego-token package (index.js). The native
// declarations come from the Rust doc comments (napi build writes them to
// native/binding.d.ts); the error classes and ErrorCode are index.js's own.

/** The claims of an opened token (Token04 or Token03): a plain object. */
export interface Claims {
  /** `"04"` or `"03"`. */
  version: string
  /** The AppID. */
  appId: number
  /** The user. */
  userId: string
  /** The nonce (a Token03's may exceed 2^53 and lose precision). */
  nonce: number
  /** Creation time, unix seconds. */
  ctime: number
  /** Expiry time, unix seconds. */
  expire: number
  /** A Token04's payload; `null` for a Token03. */
  payload: string | null
  /** The room privileges, if the token carries them; else `null`. */
  privilege: Privilege | null
  /** `"gcm"` or `"cbc"`. */
  mode: string
  /** Whether the mode (GCM) proves the token was made with the secret. */
  authenticated: boolean
  /** The kit suffix of a kit token; else `null`. */
  kit: Kit | null
}

/** Checks tokens for one app; build it once and share it. */
export declare class Verifier {
  /** A verifier for `appId`'s tokens. */
  constructor(secret: string, appId: number, options?: VerifierOptions | undefined | null)
  /**
   * The claims of `token` checked at `now` (unix seconds; default the
   * OS clock), or an error with code `rejected:<kind>`.
   */
  verify(token: string, now?: number | undefined | null): Claims
  /** `verify`, expecting the token to be for `userId`. */
  verifyUser(token: string, userId: string, now?: number | undefined | null): Claims
}

/** `hex(md5(AppId + SignatureNonce + ServerSecret + Timestamp))`. */
export declare function apiSignature(appId: number, signatureNonce: string, secret: string, timestamp: number): string

/** Options of `verifyCallback`. */
export interface CallbackOptions {
  /** The oldest a callback may be, seconds. */
  maxAge?: number
  /** Unix seconds (default: the OS clock). */
  now?: number
}

/** `hex(sha1(sorted(secret, timestamp, nonce) joined))`. */
export declare function callbackSignature(callbackSecret: string, timestamp: string, nonce: string): string

/** Every check a token fails, with the SDK error codes each causes. */
export declare function diagnose(token: string, options?: DiagnoseOptions | undefined | null): Report

/** What `diagnose` checks the token against. */
export interface DiagnoseOptions {
  /** The ServerSecret; without it only the structure is read. */
  secret?: string
  /** The app the token must be for. */
  appId?: number
  /** The user the token must be for. */
  userId?: string
  /** The room its privileges must name. */
  roomId?: string
  /** Rights the privileges must allow. */
  require?: Array<string>
  /** Seconds of clock difference forgiven. */
  leeway?: number
  /** The time of the check, unix seconds (default: the OS clock). */
  now?: number
  /** The AppSign, to recognise tokens a faulty generator sealed with it. */
  appSign?: string
}

/** One failed check. */
export interface Failure {
  /** Its snake_case kind. */
  kind: string
  /** `malformed`, `untrusted`, `mismatch` or `expired`. */
  class: string
  /** What is wrong, in words. */
  message: string
  /** The SDK error codes it causes. */
  sdkCodes: Array<number>
}

/**
 * The vendor's `generateToken04` checks in its order (1 AppID, 3 user
 * id, 5 secret, 6 effective time); `index.js` passes `null` for an
 * argument of the wrong type. Errors have the code `dropin:<n>`.
 */
/**
 * The vendor's `generateToken04` as a drop-in: same name, arguments and
 * error codes. Returns a Token04 (AES-256-GCM, nonce from the OS random
 * source) and logs nothing; throws a {@link TokenError} with `errorCode`
 * 1 (AppID), 3 (user id), 5 (secret) or 6 (effective time).
 */
export declare function generateToken04(appId: number, userId: string, secret: string, effectiveTimeInSeconds: number, payload?: string): string

/** The suffix of a UIKit kit token. */
export interface Kit {
  /** The user the UIKit logs in as. */
  userId: string
  /** The room it joins; `null` for a call invitation. */
  roomId: string | null
  /** The name shown to others. */
  userName: string
  /** The AppID. */
  appId: number
}

/** The kit suffix to wrap a token in. */
export interface KitOptions {
  /** The name shown to others. */
  userName: string
  /** The room to join; absent or `null` for a call invitation. */
  roomId?: string | null
}

/** Makes a Token04 (GCM or CBC), Token03 or kit token. */
export declare function mint(options: MintOptions): Minted

/** A token made by `mint`. */
export interface Minted {
  /** The token (or kit token). */
  token: string
  /** The claims inside. */
  claims: Claims
}

/** What to mint. */
export interface MintOptions {
  /** The AppID. */
  appId: number
  /** The user. */
  userId: string
  /** The ServerSecret (32 characters). */
  secret: string
  /** Seconds until expiry (default 3600). */
  effectiveTime?: number
  /** A raw payload (Token04). */
  payload?: string
  /** Room privileges (a Token04's privilege payload, a Token03's room). */
  privilege?: Privilege
  /** `"gcm"` (default) or `"cbc"`. */
  mode?: string
  /** `"04"` (default) or `"03"`. */
  version?: string
  /** Wrap in a UIKit kit token. */
  kit?: KitOptions
  /** Creation time, unix seconds (default: the OS clock). */
  now?: number
}

/**
 * Room privileges: login (key 1), publish (key 2), and the streams that
 * may be published (`null`: any).
 */
export interface Privilege {
  /** The room. */
  roomId: string
  /** May log in (default true). */
  login?: boolean
  /** May publish (default false). */
  publish?: boolean
  /** The streams that may be published; `null` or absent: any. */
  streamIds?: Array<string> | null
}

/** Privilege payload JSON, as the vendor writes it. */
export declare function privilegePayload(privilege: Privilege): string

/** Everything `diagnose` learnt about a token. */
export interface Report {
  /** Whether every check passed. */
  valid: boolean
  /** Every failed check, in order. */
  failures: Array<Failure>
  /** The claims, when the token opened. */
  claims?: Claims
  /** `"04"` or `"03"`, when the structure was read. */
  version?: string
  /** `"gcm"` or `"cbc"`, when the structure was read. */
  mode?: string
  /** Whether the token was proven genuine (opened, GCM). */
  authenticated: boolean
  /** The kit suffix. */
  kit?: Kit
  /** Doubts that fail no check. */
  warnings: Array<string>
}

/** The public parameters of a signed server API request. */
export declare function signApiRequest(appId: number, secret: string, options?: SignOptions | undefined | null): Record<string, string>

/** Options of `signApiRequest`. */
export interface SignOptions {
  /** The nonce (default: 8 random bytes from the OS, as 16 hex characters). */
  signatureNonce?: string
  /** Unix seconds (default: the OS clock). */
  timestamp?: number
}

/** What a `Verifier` expects beyond the app. */
export interface VerifierOptions {
  /** Seconds of clock difference forgiven at both ends. */
  leeway?: number
  /** Accept only tokens for this user. */
  userId?: string
  /** Accept only tokens whose privileges name this room. */
  roomId?: string
  /** Rights the privileges must allow: `"login"`, `"publish"`. */
  require?: Array<string>
}

/** Whether a callback body carries the CallbackSecret's signature. */
export declare function verifyCallback(callbackSecret: string, body: string, options?: CallbackOptions | undefined | null): boolean

/** The vendor's error codes. */
export declare const ErrorCode: {
  readonly success: 0
  readonly appIDInvalid: 1
  readonly userIDInvalid: 3
  readonly secretInvalid: 5
  readonly effectiveTimeInSecondsInvalid: 6
}

/** Base class of this package's errors; `kind` names why, in snake_case. */
export declare class ZegoTokenError extends Error {
  readonly kind: string
}
/** A token a Verifier refused: `kind` is "expired", "untrusted", "malformed", "app_id_mismatch", ... */
export declare class RejectedError extends ZegoTokenError {}
/** A token that cannot be made: `kind` is "app_id_zero", "user_id_empty", "payload_too_large", ... */
export declare class MintError extends ZegoTokenError {}
/** A secret that cannot be one; the message never shows it. */
export declare class SecretError extends ZegoTokenError {}
/** An argument of the wrong type or range. */
export declare class ArgumentError extends ZegoTokenError {}
/** What generateToken04 throws, as the vendor's does: `errorCode` and `errorMessage`. */
export declare class TokenError extends Error {
  readonly errorCode: 1 | 3 | 5 | 6
  readonly errorMessage: string
}
