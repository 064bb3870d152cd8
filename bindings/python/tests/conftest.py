"""Shared vectors of the repository (tests/data/*.jsonl), read in place."""

import json
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[3] / "tests" / "data"


def load(name):
    with open(DATA / f"{name}.jsonl", encoding="ascii") as f:
        return [json.loads(line) for line in f.read().split("\n") if line.strip()]


def pytest_generate_tests(metafunc):
    # Each vector is its own test case, named by its id.
    for name in ("official", "malformed", "token03", "kit", "faulty", "invented"):
        arg = f"{name}_vector"
        if arg in metafunc.fixturenames:
            vectors = load(name)
            assert vectors, f"no vectors in {name}.jsonl"
            metafunc.parametrize(arg, vectors, ids=[v["id"] for v in vectors])


@pytest.fixture
def official_by_id():
    return {v["id"]: v for v in load("official")}
