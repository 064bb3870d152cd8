"""Server API and callback signatures against known answers computed
independently (VECTORS.md: coreutils md5sum / sha1sum, Python hashlib)."""

import hashlib
import json

import pytest

import zego_token as z

API = [
    (12345, "4fd24687296dd9f3", "9193cc662a4c0ec135ec71fb57194b38", 1615186943, "43e5cfcca828314675f91b001390566a"),
    (1234567890, "9f1c2a7e5b3d4c60", "fa94dd0f974cf2e293728a526b028271", 1796000000, "de52ac92f7f14ff08f4ac8006ea3e880"),
    (1, "0000000000000000", "SECRETsecretSECRETsecret12345678", 0, "f38d3f471148caaf0b27fc6ee1db1adf"),
]
CALLBACK = [
    ("secret", "1470820198", "123412", "5bd59fd62953a8059fb7eaba95720f66d19e4517"),
    ("Zc2f1a9bCallbackSecret000000001", "1796000000123", "abcXYZ", "1d10adf2fc156078868453b8f5254619b948e612"),
    ("0aa", "1796000000", "Nonce-9", "bf5f88d5bb2125dbc113c96e22c9726461fc27e6"),
]


@pytest.mark.parametrize("app_id, nonce, secret, ts, expected", API)
def test_api_signature_known_answers(app_id, nonce, secret, ts, expected):
    assert z.api_signature(app_id, nonce, secret, ts) == expected


def test_sign_api_request():
    params = z.sign_api_request(12345, API[0][2], signature_nonce=API[0][1], timestamp=API[0][3])
    assert params["Signature"] == API[0][4]
    assert params["AppId"] == "12345" and params["SignatureVersion"] == "2.0"
    fresh = z.sign_api_request(12345, API[0][2])
    nonce = fresh["SignatureNonce"]
    assert len(nonce) == 16 and int(nonce, 16) >= 0
    text = f"12345{nonce}{API[0][2]}{fresh['Timestamp']}"
    assert fresh["Signature"] == hashlib.md5(text.encode()).hexdigest()


@pytest.mark.parametrize("secret, ts, nonce, expected", CALLBACK)
def test_callback_signature_known_answers(secret, ts, nonce, expected):
    assert z.callback_signature(secret, ts, nonce) == expected


def test_verify_callback():
    secret, ts, nonce, sig = CALLBACK[0]
    body = json.dumps({"event": "x", "signature": sig, "timestamp": ts, "nonce": nonce})
    assert z.verify_callback(secret, body)
    assert not z.verify_callback(secret, body.replace(sig, "0" * 40))
    assert not z.verify_callback("other", body)
    assert z.verify_callback(secret, body, max_age=60, now=int(ts) + 30)
    assert not z.verify_callback(secret, body, max_age=60, now=int(ts) + 600)


def test_bad_secrets_raise():
    with pytest.raises(z.InvalidSecret):
        z.api_signature(1, "n", "short", 0)
    with pytest.raises(z.InvalidSecret):
        z.callback_signature("", "1", "n")
