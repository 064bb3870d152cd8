"""The repository's shared vectors through the Python package."""

import json

import pytest

import zego_token as z
from conftest import load

# What each malformed vector's defect is, as the kinds a Verifier may give:
# a damaged structure is "malformed"; a token that does not open, or opens
# and contradicts its header, is "untrusted" (a Verifier tells CBC
# failures after decryption apart from nothing, so a CBC token under the
# wrong version prefix is "untrusted" too).
STRUCTURE = {"malformed"}
OPENING = {"untrusted"}
EXPECTED_KINDS = {
    "bad-version-prefix": STRUCTURE | OPENING,
    "empty": STRUCTURE,
    "truncated": STRUCTURE,
    "length-field-overflow": STRUCTURE,
    "trailing-garbage": STRUCTURE,
    "unknown-mode-byte": STRUCTURE,
    "not-base64": STRUCTURE,
    "url-mangled": STRUCTURE,
    "wrong-secret": OPENING,
    "gcm-tag-flipped": OPENING,
    "cbc-bad-padding": OPENING,
    "header-expire-tampered": OPENING,
}


def test_official_tokens_verify_at_their_ctime(official_vector):
    v = official_vector
    claims = v["claims"]
    verifier = z.Verifier(v["secret"], v["app_id"])
    got = verifier.verify(v["token"], now=claims["ctime"])
    assert got.version == "04"
    assert got.mode == v["mode"]
    assert got.authenticated == (v["mode"] == "gcm")
    assert got.app_id == claims["app_id"] == v["app_id"]
    assert got.user_id == claims["user_id"] == v["user_id"]
    assert got.nonce == claims["nonce"]
    assert got.ctime == claims["ctime"]
    assert got.expire == claims["expire"] == claims["ctime"] + v["effective_time"]
    assert got.payload == claims["payload"] == v["payload"]


def test_official_tokens_expire_at_their_expire(official_vector):
    v = official_vector
    verifier = z.Verifier(v["secret"], v["app_id"])
    expire = v["claims"]["expire"]
    verifier.verify(v["token"], now=expire - 1)
    with pytest.raises(z.Rejected) as e:
        verifier.verify(v["token"], now=expire)
    assert e.value.kind == "expired"


def test_official_tokens_are_for_their_user_only(official_vector):
    v = official_vector
    now = v["claims"]["ctime"]
    z.Verifier(v["secret"], v["app_id"], user_id=v["user_id"]).verify(v["token"], now=now)
    with pytest.raises(z.Rejected) as e:
        z.Verifier(v["secret"], v["app_id"], user_id=v["user_id"] + "x").verify(v["token"], now=now)
    assert e.value.kind == "user_id_mismatch"
    other_app = v["app_id"] - 1 if v["app_id"] > 1 else 2
    with pytest.raises(z.Rejected) as e:
        z.Verifier(v["secret"], other_app).verify(v["token"], now=now)
    assert e.value.kind == "app_id_mismatch"


PRIVILEGED = [v for v in load("official") if v["id"].endswith(("/priv-null", "/priv-list"))]


@pytest.mark.parametrize("v", PRIVILEGED, ids=[v["id"] for v in PRIVILEGED])
def test_official_privilege_payloads_are_read(v):
    got = z.Verifier(v["secret"], v["app_id"]).verify(v["token"], now=v["claims"]["ctime"])
    wire = json.loads(v["payload"])
    assert got.privilege is not None
    assert got.privilege.room_id == wire["room_id"]
    assert got.privilege.login == (wire["privilege"]["1"] == 1)
    assert got.privilege.publish == (wire["privilege"]["2"] == 1)
    assert got.privilege.stream_ids == wire["stream_id_list"]


def flip(token, at):
    """The token with the base64 character at `at` replaced by another."""
    c = token[at]
    other = "B" if c == "A" else "A"
    return token[:at] + other + token[at + 1 :]


# Base64 characters of "04" and the header before a CBC ciphertext:
# expire (8) + IV length (2) + IV (16) + ciphertext length (2) bytes.
CBC_HEADER_CHARS = 2 + (8 + 2 + 16 + 2) * 4 // 3 + 1


@pytest.mark.parametrize("where", [0.0, 0.1, 0.3, 0.5, 0.7, 0.9])
def test_tampered_official_tokens_are_rejected(official_vector, where):
    v = official_vector
    # GCM authenticates every byte. CBC does not: a flip in its IV changes
    # the first 16 bytes of the claims without the secret (which is why
    # such tokens report authenticated=False), so for CBC only the
    # ciphertext is flipped.
    start = 2 if v["mode"] == "gcm" else CBC_HEADER_CHARS
    at = start + int((len(v["token"]) - 4 - start) * where)
    tampered = flip(v["token"], at)
    with pytest.raises(z.Rejected) as e:
        z.Verifier(v["secret"], v["app_id"]).verify(tampered, now=v["claims"]["ctime"])
    assert e.value.kind in {"malformed", "untrusted"}


def test_malformed_vectors(malformed_vector, official_by_id):
    v = malformed_vector
    source = official_by_id.get(v.get("derived_from"))
    now = source["claims"]["ctime"] if source else 1796003000
    app_id = source["app_id"] if source else 1234567890
    verifier = z.Verifier(v["secret"], app_id)
    if v["expect_error"] == "none-after-trim":
        got = verifier.verify(v["token"], now=now)
        assert (got.user_id, got.nonce, got.expire) == (
            source["claims"]["user_id"],
            source["claims"]["nonce"],
            source["claims"]["expire"],
        )
        return
    with pytest.raises(z.Rejected) as e:
        verifier.verify(v["token"], now=now)
    assert e.value.kind in EXPECTED_KINDS[v["expect_error"]], str(e.value)
    # The diagnostic door agrees, and says more.
    report = z.diagnose(v["token"], v["secret"], app_id=app_id, now=now)
    assert not report.valid
    assert report.failures and all(f.message for f in report.failures)


def test_token03_vectors(token03_vector):
    v = token03_vector
    claims = v["claims"]
    verifier = z.Verifier(v["secret"], v["app_id"], room_id=v["room_id"])
    got = verifier.verify(v["token"], now=claims["create_time"])
    assert got.version == "03" and got.mode == "cbc" and not got.authenticated
    assert (got.app_id, got.user_id) == (v["app_id"], v["user_id"])
    assert (got.ctime, got.expire) == (claims["create_time"], claims["expire_time"])
    assert got.expire == v["header_expire"]
    assert got.payload is None
    assert got.privilege.room_id == v["room_id"]
    assert got.privilege.login == v["privilege"]["login"]
    assert got.privilege.publish == v["privilege"]["publish"]
    for right in ("login", "publish"):
        strict = z.Verifier(v["secret"], v["app_id"], require=[right])
        if v["privilege"][right]:
            strict.verify(v["token"], now=claims["create_time"])
        else:
            with pytest.raises(z.Rejected) as e:
                strict.verify(v["token"], now=claims["create_time"])
            assert e.value.kind == "privilege_missing"


def test_kit_vectors(kit_vector):
    v = kit_vector
    if v["kit_token"] is None:
        # The UIKit refused these ids: minting such a kit token must fail too.
        with pytest.raises(z.MintError) as e:
            z.mint(v["app_id"], v["user_id"], v["secret"], kit_user_name=v["user_name"], kit_room_id=v["room_id"])
        assert e.value.kind == "kit"
        return
    token = v["kit_token"]
    # The inner token's ctime is not in the vector: read it first.
    ctime = z.diagnose(token, v["secret"]).claims.ctime
    verifier = z.Verifier(v["secret"], v["app_id"])
    if v["id"].endswith("prod-user-mismatch"):
        with pytest.raises(z.Rejected) as e:
            verifier.verify(token, now=ctime)
        assert e.value.kind == "kit_mismatch"
        return
    got = verifier.verify(token, now=ctime)
    assert got.user_id == v["user_id"]
    assert got.kit is not None
    assert (got.kit.user_id, got.kit.room_id, got.kit.user_name, got.kit.app_id) == (
        v["user_id"],
        v["room_id"],
        v["user_name"],
        v["app_id"],
    )


def test_faulty_claims(faulty_vector):
    v = faulty_vector
    report = z.diagnose(v["token"], v["secret"], now=v["now"])
    assert not report.valid
    codes = {c for f in report.failures for c in f.sdk_codes}
    assert v["sdk_code"] in codes, report.failures
    if v["field"] != "claims":
        assert any(v["field"] in f.message for f in report.failures), report.failures
    with pytest.raises(z.Rejected) as e:
        z.Verifier(v["secret"], 1234567890).verify(v["token"], now=v["now"])
    if v["mode"] == "gcm":
        # GCM proved the secret right: the verifier must not blame it.
        assert e.value.kind != "untrusted"
    else:
        # A CBC plaintext is not authenticated: nothing past "does not open".
        assert e.value.kind == "untrusted"


def test_invented_tokens_are_explained(invented_vector):
    v = invented_vector
    # The made-up AppSign that VECTORS.md names for these vectors.
    app_sign = "b6e5c1b2a7f04d3c9e8a1f2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f"
    report = z.diagnose(
        v["token"], v["secret"], app_id=v["app_id"], user_id=v["user_id"], now=v["now"], app_sign=app_sign
    )
    assert not report.valid
    text = " ".join(f.message for f in report.failures).lower()
    assert any(word.lower() in text for word in v["expect"]), text
    with pytest.raises(z.Rejected):
        z.Verifier(v["secret"], v["app_id"]).verify(v["token"], now=v["now"])


def test_every_vector_file_is_read():
    for name in ("official", "malformed", "token03", "kit", "faulty", "invented"):
        assert len(load(name)) > 0
