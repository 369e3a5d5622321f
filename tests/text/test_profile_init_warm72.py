"""Profile's own __init__ (warm72: the generated one for its 540-odd fields was ~30 ms of every process's import)
builds what the dataclass's generated __init__ builds: every language's profile, field by field."""

from __future__ import annotations

import dataclasses

import pytest

from storylens.text._lang import LANGUAGES, Profile, profile


def _generated() -> type:
    """Profile's fields in a frozen dataclass with the generated __init__ (the class before warm72)."""
    specs = [(f.name, f.type, dataclasses.field(default=f.default)) if f.default is not dataclasses.MISSING
             else (f.name, f.type) for f in dataclasses.fields(Profile)]
    return dataclasses.make_dataclass("Profile", specs, frozen=True)


@pytest.mark.parametrize("language", [*LANGUAGES, "xx"])
def test_same_fields_as_the_generated_init(language: str) -> None:
    ours = profile(language)
    values = {f.name: getattr(ours, f.name) for f in dataclasses.fields(Profile)}
    theirs = _generated()(**values)
    assert dataclasses.astuple(ours) == dataclasses.astuple(theirs)
    assert list(vars(ours)) == list(vars(theirs))  # the same fields set, in the same order
    assert Profile(**values) == ours and hash(Profile(**values)) == hash(ours)


def test_defaults_and_errors() -> None:
    empty = Profile(language="zz")
    assert dataclasses.astuple(empty) == dataclasses.astuple(_generated()(language="zz"))
    assert Profile("zz") == empty  # the language may be positional, as before
    assert dataclasses.replace(profile("en"), decimal_comma=True).decimal_comma is True
    assert dataclasses.replace(profile("en"), decimal_comma=True).negation == profile("en").negation
    with pytest.raises(TypeError, match="no_such_field"):
        Profile(language="en", no_such_field=1)
    with pytest.raises(TypeError):
        Profile()  # type: ignore[call-arg]
    with pytest.raises(dataclasses.FrozenInstanceError):
        empty.language = "en"  # type: ignore[misc]
