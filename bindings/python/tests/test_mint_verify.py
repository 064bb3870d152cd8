"""Minting beyond the drop-in, and the Verifier's answers."""

import json

import pytest

import zego_token as z

SECRET = "fa94dd0f974cf2e293728a526b028271"
NOW = 1796000000


@pytest.mark.parametrize("mode", ["gcm", "cbc"])
def test_round_trip_both_modes(mode):
    made = z.mint(42, "alice", SECRET, effective_time=600, payload="p", mode=mode, now=NOW)
    assert made.claims.mode == mode
    assert made.expire == NOW + 600
    got = z.Verifier(SECRET, 42).verify(made.token, now=NOW + 1)
    assert (got.app_id, got.user_id, got.ctime, got.expire, got.payload) == (42, "alice", NOW, NOW + 600, "p")
    assert got.authenticated == (mode == "gcm")
    assert got.nonce == made.claims.nonce


def test_privilege_token():
    room = z.Privilege("room1", login=True, publish=False, stream_ids=["s1"])
    made = z.mint(42, "alice", SECRET, privilege=room, now=NOW)
    wire = json.loads(made.claims.payload)
    assert wire == {"room_id": "room1", "privilege": {"1": 1, "2": 0}, "stream_id_list": ["s1"]}
    assert json.loads(room.to_payload()) == wire
    got = z.Verifier(SECRET, 42, room_id="room1", require=["login"]).verify(made.token, now=NOW)
    assert got.privilege == room
    with pytest.raises(z.Rejected) as e:
        z.Verifier(SECRET, 42, require=["publish"]).verify(made.token, now=NOW)
    assert e.value.kind == "privilege_missing"
    with pytest.raises(z.Rejected) as e:
        z.Verifier(SECRET, 42, room_id="room2").verify(made.token, now=NOW)
    assert e.value.kind == "room_id_mismatch"


def test_token03():
    room = z.Privilege("r9", login=True, publish=True)
    made = z.mint(42, "alice", SECRET, privilege=room, version="03", now=NOW)
    assert made.token.startswith("03")
    got = z.Verifier(SECRET, 42, room_id="r9", require=["publish"]).verify(made.token, now=NOW)
    assert (got.version, got.mode, got.payload) == ("03", "cbc", None)
    with pytest.raises(z.MintError) as e:
        z.mint(42, "alice", SECRET, version="03", now=NOW)
    assert e.value.kind == "room_id_empty"
    with pytest.raises(z.MintError) as e:
        z.mint(42, "alice", SECRET, version="03", payload="x", now=NOW)
    assert e.value.kind == "not_in_token03"


def test_kit_token():
    made = z.mint(42, "alice", SECRET, kit_user_name="Alice B", kit_room_id="room1", now=NOW)
    token, suffix = made.token.split("#")
    assert token.startswith("04") and suffix
    got = z.Verifier(SECRET, 42).verify(made.token, now=NOW)
    assert (got.kit.user_id, got.kit.room_id, got.kit.user_name, got.kit.app_id) == ("alice", "room1", "Alice B", 42)
    invite = z.mint(42, "alice", SECRET, kit_user_name="A", now=NOW)
    assert z.Verifier(SECRET, 42).verify(invite.token, now=NOW).kit.room_id is None


@pytest.mark.parametrize(
    "kwargs, kind",
    [
        (dict(app_id=0), "app_id_zero"),
        (dict(user_id=""), "user_id_empty"),
        (dict(effective_time=0), "effective_time_not_positive"),
        (dict(mode="ecb"), "unknown_mode"),
        (dict(version="05"), "unknown_version"),
    ],
)
def test_mint_errors_have_kinds(kwargs, kind):
    args = dict(app_id=1, user_id="u", secret=SECRET)
    args.update(kwargs)
    with pytest.raises(z.MintError) as e:
        z.mint(args.pop("app_id"), args.pop("user_id"), args.pop("secret"), now=NOW, **args)
    assert e.value.kind == kind
    assert isinstance(e.value, z.ZegoTokenError) and isinstance(e.value, ValueError)


def test_lifetime_and_leeway():
    made = z.mint(1, "u", SECRET, effective_time=100, now=NOW)
    strict = z.Verifier(SECRET, 1)
    strict.verify(made.token, now=NOW)
    strict.verify(made.token, now=NOW + 99)
    for now, kind in [(NOW + 100, "expired"), (NOW - 1, "not_yet_valid")]:
        with pytest.raises(z.Rejected) as e:
            strict.verify(made.token, now=now)
        assert e.value.kind == kind
    lenient = z.Verifier(SECRET, 1, leeway=30)
    lenient.verify(made.token, now=NOW + 129)
    lenient.verify(made.token, now=NOW - 30)


def test_verify_without_now_uses_the_clock():
    fresh = z.mint(1, "u", SECRET)
    z.Verifier(SECRET, 1).verify(fresh.token)
    old = z.mint(1, "u", SECRET, effective_time=10, now=NOW - 10**6)
    with pytest.raises(z.Rejected) as e:
        z.Verifier(SECRET, 1).verify(old.token)
    assert e.value.kind == "expired"


def test_verify_user_per_request():
    made = z.mint(1, "alice", SECRET, now=NOW)
    v = z.Verifier(SECRET, 1)
    assert v.verify_user(made.token, "alice", now=NOW).user_id == "alice"
    with pytest.raises(z.Rejected) as e:
        v.verify_user(made.token, "bob", now=NOW)
    assert e.value.kind == "user_id_mismatch"


def test_wrong_secret_is_untrusted():
    made = z.mint(1, "u", SECRET, now=NOW)
    with pytest.raises(z.Rejected) as e:
        z.Verifier("0" * 32, 1).verify(made.token, now=NOW)
    assert e.value.kind == "untrusted"


def test_unknown_right():
    with pytest.raises(z.ZegoTokenError):
        z.Verifier(SECRET, 1, require=["fly"])


def test_diagnose_collects_every_failure():
    made = z.mint(1, "alice", SECRET, now=NOW)
    report = z.diagnose(made.token, SECRET, app_id=2, user_id="bob", now=NOW + 7200)
    assert not report.valid
    assert [f.kind for f in report.failures] == ["app_id_mismatch", "user_id_mismatch", "expired"]
    assert all(f.sdk_codes for f in report.failures)
    assert report.failures[0].class_ == "mismatch"
    assert report.claims.user_id == "alice"
    assert report.version == "04" and report.mode == "gcm" and report.authenticated
    ok = z.diagnose(made.token, SECRET, app_id=1, now=NOW)
    assert ok.valid and ok.failures == []


def test_diagnose_without_secret_reads_the_structure():
    made = z.mint(1, "alice", SECRET, now=NOW)
    report = z.diagnose(made.token)
    assert report.claims is None
    assert report.version == "04" and report.mode == "gcm"
    broken = z.diagnose("04%%%")
    assert not broken.valid and broken.failures[0].kind == "malformed"


def test_diagnose_warns_about_cbc():
    made = z.mint(1, "alice", SECRET, mode="cbc", now=NOW)
    report = z.diagnose(made.token, SECRET, now=NOW)
    assert report.valid
    assert any("CBC" in w for w in report.warnings)


def test_reprs_read_as_python_writes_values():
    # Python's own repr of each value, not the Rust debug form ("text",
    # Some([...]), true): a repr a user can read back as Python.
    p = z.Privilege("r'1", login=True, publish=False, stream_ids=["s"])
    assert repr(p) == "Privilege(room_id=%r, login=True, publish=False, stream_ids=['s'])" % "r'1"
    assert repr(z.Privilege("r")) == "Privilege(room_id='r', login=True, publish=False, stream_ids=None)"
    invite = z.mint(42, "alice", SECRET, kit_user_name="Al", now=NOW)
    got = z.Verifier(SECRET, 42).verify(invite.token, now=NOW)
    assert repr(got.kit) == "Kit(user_id='alice', room_id=None, user_name='Al', app_id=42)"
    assert repr(got) == (
        "Claims(version='04', app_id=42, user_id='alice', ctime=%d, expire=%d, mode='gcm')" % (NOW, NOW + 3600)
    )
    late = z.diagnose(invite.token, SECRET, now=NOW + 7200)
    assert repr(late).startswith("Report(valid=False, failures=['expired'")
    assert repr(late.failures[0]).startswith("Failure(kind='expired', message='")
