"""Mint, verify and diagnose ZEGOCLOUD tokens (Token04, Token03, UIKit kit
tokens) and sign ZEGO server API requests, from the zego_token Rust core."""

from typing import Dict, Iterable, List, Optional

ERROR_CODE_SUCCESS: int
ERROR_CODE_APP_ID_INVALID: int
ERROR_CODE_USER_ID_INVALID: int
ERROR_CODE_SECRET_INVALID: int
ERROR_CODE_EFFECTIVE_TIME_IN_SECONDS_INVALID: int

class ZegoTokenError(ValueError):
    """Base class of this package's errors; each carries a snake_case `kind`."""

    kind: str

class Rejected(ZegoTokenError):
    """A token a Verifier refused; `kind` is e.g. "expired", "untrusted",
    "malformed", "app_id_mismatch", "user_id_mismatch", "kit_mismatch"."""

class InvalidSecret(ZegoTokenError):
    """A secret that cannot be one; the message never shows it."""

class MintError(ZegoTokenError):
    """A token that cannot be made; `kind` is e.g. "app_id_zero",
    "user_id_empty", "effective_time_not_positive", "payload_too_large"."""

class TokenInfo:
    """The vendor's result: `token` ("" on error), `error_code` (0 on
    success), `error_message`."""

    token: str
    error_code: int
    error_message: str

class Privilege:
    """Room privileges: login (key 1), publish (key 2), and the streams that
    may be published (None: any)."""

    room_id: str
    login: bool
    publish: bool
    stream_ids: Optional[List[str]]
    def __init__(
        self,
        room_id: str,
        login: bool = True,
        publish: bool = False,
        stream_ids: Optional[List[str]] = None,
    ) -> None: ...
    def to_payload(self) -> str:
        """The vendor's privilege payload JSON."""

class Kit:
    """The suffix of a UIKit kit token."""

    user_id: str
    room_id: Optional[str]
    user_name: str
    app_id: int

class Claims:
    """The claims of an opened token. `payload` is None for a Token03."""

    version: str
    app_id: int
    user_id: str
    nonce: int
    ctime: int
    expire: int
    payload: Optional[str]
    privilege: Optional[Privilege]
    mode: str
    authenticated: bool
    kit: Optional[Kit]

class Minted:
    """A token made by `mint`."""

    token: str
    claims: Claims
    @property
    def expire(self) -> int: ...

class Failure:
    """One failed check of a diagnosis."""

    kind: str
    class_: str
    message: str
    sdk_codes: List[int]

class Report:
    """Everything `diagnose` learnt about a token."""

    valid: bool
    failures: List[Failure]
    claims: Optional[Claims]
    version: Optional[str]
    mode: Optional[str]
    authenticated: bool
    kit: Optional[Kit]
    warnings: List[str]

class Verifier:
    """Checks tokens for one app; build it once and share it."""

    def __init__(
        self,
        secret: str,
        app_id: int,
        *,
        leeway: int = 0,
        user_id: Optional[str] = None,
        room_id: Optional[str] = None,
        require: Iterable[str] = (),
    ) -> None: ...
    def verify(self, token: str, now: Optional[int] = None) -> Claims:
        """The claims, or raises Rejected. `now`: unix seconds (default: the clock)."""
    def verify_user(self, token: str, user_id: str, now: Optional[int] = None) -> Claims:
        """`verify`, expecting the token to be for `user_id`."""

def generate_token04(
    app_id: int,
    user_id: str,
    secret: str,
    effective_time_in_seconds: int,
    payload: Optional[str] = None,
) -> TokenInfo:
    """The vendor's function as a drop-in: same arguments, result and codes
    (1 AppID, 3 user id, 5 secret, 6 effective time)."""

def mint(
    app_id: int,
    user_id: str,
    secret: str,
    *,
    effective_time: int = 3600,
    payload: Optional[str] = None,
    privilege: Optional[Privilege] = None,
    mode: Optional[str] = None,
    version: str = "04",
    kit_user_name: Optional[str] = None,
    kit_room_id: Optional[str] = None,
    now: Optional[int] = None,
) -> Minted:
    """Makes a Token04 (GCM or CBC), Token03 or kit token."""

def diagnose(
    token: str,
    secret: Optional[str] = None,
    *,
    app_id: Optional[int] = None,
    user_id: Optional[str] = None,
    room_id: Optional[str] = None,
    require: Iterable[str] = (),
    leeway: int = 0,
    now: Optional[int] = None,
    app_sign: Optional[str] = None,
) -> Report:
    """Every check the token fails, with SDK error codes, and the claims read."""

def api_signature(app_id: int, signature_nonce: str, secret: str, timestamp: int) -> str:
    """hex(md5(AppId + SignatureNonce + ServerSecret + Timestamp))."""

def sign_api_request(
    app_id: int,
    secret: str,
    *,
    signature_nonce: Optional[str] = None,
    timestamp: Optional[int] = None,
) -> Dict[str, str]:
    """The public parameters of a signed server API request."""

def callback_signature(callback_secret: str, timestamp: str, nonce: str) -> str:
    """hex(sha1(sorted(secret, timestamp, nonce) joined))."""

def verify_callback(
    callback_secret: str,
    body: str,
    *,
    max_age: Optional[int] = None,
    now: Optional[int] = None,
) -> bool:
    """Whether a callback body carries the CallbackSecret's signature."""
