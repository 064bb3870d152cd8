"""generate_token04 as a drop-in for the vendor's: names, codes, results."""

import pytest

import zego_token as z
from zego_token import generate_token04

SECRET = "fa94dd0f974cf2e293728a526b028271"

# The vendor's codes (token04.py): 1 AppID, 3 user id, 5 secret, 6 time.
APP_ID_INVALID, USER_ID_INVALID, SECRET_INVALID, TIME_INVALID = 1, 3, 5, 6


def test_vendor_constants():
    assert z.ERROR_CODE_SUCCESS == 0
    assert z.ERROR_CODE_APP_ID_INVALID == APP_ID_INVALID
    assert z.ERROR_CODE_USER_ID_INVALID == USER_ID_INVALID
    assert z.ERROR_CODE_SECRET_INVALID == SECRET_INVALID
    assert z.ERROR_CODE_EFFECTIVE_TIME_IN_SECONDS_INVALID == TIME_INVALID


def test_success_result_and_round_trip():
    info = generate_token04(1234567890, "alice", SECRET, 3600, "")
    assert (info.error_code, info.error_message) == (0, "success")
    assert info.token.startswith("04")
    claims = z.Verifier(SECRET, 1234567890, user_id="alice").verify(info.token)
    assert claims.expire - claims.ctime == 3600
    assert claims.payload == ""


def test_positional_and_keyword_arguments_as_the_vendor_names_them():
    info = generate_token04(
        app_id=7, user_id="u", secret=SECRET, effective_time_in_seconds=60, payload='{"a":1}'
    )
    assert info.error_code == 0
    assert z.Verifier(SECRET, 7).verify(info.token).payload == '{"a":1}'


def test_tokens_differ_each_call():
    tokens = {generate_token04(1, "u", SECRET, 60, "").token for _ in range(50)}
    assert len(tokens) == 50


@pytest.mark.parametrize("app_id", [0, -1, 2**32, "1", 1.0, True, None])
def test_app_id_invalid(app_id):
    info = generate_token04(app_id, "u", SECRET, 3600, "")
    assert (info.token, info.error_code, info.error_message) == ("", APP_ID_INVALID, "appID invalid")


@pytest.mark.parametrize("user_id", ["", 5, None, b"u", "x" * 65])
def test_user_id_invalid(user_id):
    info = generate_token04(1, user_id, SECRET, 3600, "")
    assert (info.token, info.error_code, info.error_message) == ("", USER_ID_INVALID, "userID invalid")


@pytest.mark.parametrize("secret", ["", SECRET[:31], SECRET + "0", None, SECRET.encode(), SECRET * 2])
def test_secret_invalid(secret):
    info = generate_token04(1, "u", secret, 3600, "")
    assert (info.token, info.error_code) == ("", SECRET_INVALID)
    assert info.error_message == "secret must be a 32 byte string"


@pytest.mark.parametrize("effective", [0, -1, 1.5, "3600", True, None, 2**63])
def test_effective_time_invalid(effective):
    info = generate_token04(1, "u", SECRET, effective, "")
    assert (info.token, info.error_code) == ("", TIME_INVALID)
    assert info.error_message == "effective_time_in_seconds invalid"


def test_checks_in_the_vendors_order():
    assert generate_token04(0, "", "x", 0, "").error_code == APP_ID_INVALID
    assert generate_token04(1, "", "x", 0, "").error_code == USER_ID_INVALID
    assert generate_token04(1, "u", "x", 0, "").error_code == SECRET_INVALID
    assert generate_token04(1, "u", SECRET, 0, "").error_code == TIME_INVALID


def test_error_messages_never_show_the_secret():
    for secret in (SECRET[:31], SECRET + "0", " " + SECRET):
        info = generate_token04(1, "u", secret, 3600, "")
        assert secret.strip()[:8] not in info.error_message
        with pytest.raises(z.InvalidSecret) as e:
            z.Verifier(secret, 1)
        assert secret.strip()[:8] not in str(e.value)
        assert e.value.kind in {"length", "whitespace"}


def test_payload_none_and_wrong_type():
    assert generate_token04(1, "u", SECRET, 60).error_code == 0
    assert generate_token04(1, "u", SECRET, 60, None).error_code == 0
    with pytest.raises(TypeError):
        generate_token04(1, "u", SECRET, 60, 5)


def test_payload_too_large_raises_like_the_vendor():
    with pytest.raises(z.MintError) as e:
        generate_token04(1, "u", SECRET, 60, "x" * 70000)
    assert e.value.kind == "payload_too_large"


def test_nothing_is_printed(capfd):
    generate_token04(1, "u", SECRET, 60, "secret payload")
    out, err = capfd.readouterr()
    assert (out, err) == ("", "")
