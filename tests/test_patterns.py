"""more_patterns_cached: a pattern used early stays compiled while a long run compiles many others."""

from __future__ import annotations

import re
import sys

import pytest

from storylens._patterns import PATTERN_CACHE, more_patterns_cached


@pytest.fixture(autouse=True)
def _restore():
    saved = re._MAXCACHE
    yield
    re._MAXCACHE = saved
    re.purge()


def test_an_early_pattern_is_not_compiled_again_after_a_thousand_others():
    re._MAXCACHE = 512  # CPython 3.11's own
    more_patterns_cached()
    assert re._MAXCACHE == PATTERN_CACHE
    re.purge()
    early = re.compile(r"\d[.,]\d(?#ingest69)")
    for i in range(1000):  # the per-language patterns of an ingest: ~1,900 in one process
        re.compile(rf"(?:word{i})\b")
    assert re.compile(r"\d[.,]\d(?#ingest69)") is early  # the cached object: not compiled again


def test_a_larger_cache_is_left_as_it_is():
    re._MAXCACHE = 10 * PATTERN_CACHE
    more_patterns_cached()
    assert re._MAXCACHE == 10 * PATTERN_CACHE


# --- the compiled-code table (cold71) ------------------------------------------------------------------------------

_SAMPLES = ["", "a", "Hello World", "3.14 and 2,5", "l'état d'urgence", "Кассым-Жомарт Токаев", "紧急状态 9月6日",
            "the \"state of emergency\" was declared", "ABC-123 abc_def", "x\ny\r\nz", "  spaced\tout  ", "Ünïcödé"]
_PATTERNS = [(r"\d[.,]\d", 0), (r"(?P<word>[^\W\d_]+)\s+(?P=word)", 0), (r"(?i)state\s+of\s+emergency", 0),
             (r"(?<=\s)[A-Z]\w*(?:-\w+)*", 0), (r"^\s*(\w+)\s*$", re.MULTILINE), (r"a.b # comment", re.VERBOSE),
             (r"[а-яё]+", re.IGNORECASE), (r"(?:月|日)(\d+)?", 0), (r"(x)|(y)|(?P<z>z)", 0), (rb"\r?\n", 0),
             (r"(?s).+?(?=\n)", 0), (r"\bword\b", re.ASCII)]


@pytest.fixture
def table(tmp_path, monkeypatch):
    """A clean hook: no tables, nothing learned, ``re``'s own compile and cache restored after the test."""
    from re import _compiler

    from storylens import _patterns

    saved = _compiler.compile
    monkeypatch.setenv("STORYLENS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("STORYLENS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(_patterns, "_original", None)
    monkeypatch.setattr(_patterns, "_known", {})
    monkeypatch.setattr(_patterns, "_new", {})
    monkeypatch.setattr(_patterns, "_read_tables", [True])  # the tests read their tables themselves
    re.purge()
    yield _patterns
    _compiler.compile = saved
    re.purge()


def _same(a: re.Pattern, b: re.Pattern, samples) -> None:
    assert (a.pattern, a.flags, a.groups, dict(a.groupindex)) == (b.pattern, b.flags, b.groups, dict(b.groupindex))
    for s in samples:
        s = s.encode() if isinstance(a.pattern, bytes) else s
        assert [m.span() + m.groups() for m in a.finditer(s)] == [m.span() + m.groups() for m in b.finditer(s)]


def _real_patterns() -> list[tuple[object, int]]:
    """The patterns StoryLens's comparison modules keep as module constants."""
    import storylens.report.pipeline  # noqa: F401

    found = {(v.pattern, v.flags) for name, m in list(sys.modules.items()) if name.startswith("storylens.")
             for v in vars(m).values() if isinstance(v, re.Pattern)}
    return sorted(found, key=repr)


def test_every_pattern_rebuilt_from_the_table_equals_a_fresh_compile(table, tmp_path):
    real = _real_patterns()
    assert len(real) > 100
    table.compiled_from_table()
    re.purge()
    for p, f in _PATTERNS + real:
        re.compile(p, f)  # compiled as re does, its code kept
    assert set(table._new) == {(type(p), p, f) for p, f in _PATTERNS + real}
    saved = tmp_path / "data" / "derived" / table.table_name()
    table.save_learned(saved)
    assert not table._new

    table._known.clear()
    table._known.update(table._read(saved))  # as a new process reads it
    assert len(table._known) >= len(_PATTERNS) + 100
    from storylens._patterns import _original

    for p, f in _PATTERNS + real:
        re.purge()
        rebuilt = re.compile(p, f)
        assert (type(p), p, f) in table._known
        _same(rebuilt, _original(p, f), _SAMPLES + [p if isinstance(p, str) else p.decode("latin-1")])
    assert not table._new  # every one came from the table


def test_a_pattern_missing_from_the_table_compiles_as_without_one(table):
    table.compiled_from_table()
    for p, f in _PATTERNS:
        re.purge()
        _same(re.compile(p, f), table._original(p, f), _SAMPLES)
    assert len(table._new) == len(_PATTERNS)
    with pytest.raises(re.error):
        re.compile(r"(unclosed")  # an error is re's own


def test_a_table_of_another_python_or_a_damaged_one_is_not_read(table, tmp_path, monkeypatch):
    other = tmp_path / "data" / "derived"
    monkeypatch.setattr(sys, "version", sys.version + " (another build)")
    other_name = table.table_name()
    monkeypatch.undo()
    monkeypatch.setenv("STORYLENS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("STORYLENS_DATA_DIR", str(tmp_path / "data"))
    assert other_name != table.table_name()
    # a table written under another Python's name: the same entries, never looked at
    table._new[(str, r"\d+", 0)] = table._entry(r"\d+", 0)
    table.save_learned(other / other_name)
    table._known.clear()  # (what this process saved it keeps: a new process reads only the files)
    table._read_tables.clear()
    table.compiled_from_table()
    re.purge()
    re.compile(r"\s+(?#cold71)")  # the first compile reads the tables
    assert table._read_tables and table._known == {}
    # a table of this Python whose bytes changed on disk: read as no table
    table._new[(str, r"\w+", 0)] = table._entry(r"\w+", 0)
    mine = other / table.table_name()
    table.save_learned(mine)
    data = bytearray(mine.read_bytes())
    data[-5] ^= 0xFF
    mine.write_bytes(bytes(data))
    assert table._read(mine) == {}


def test_a_full_table_takes_no_more_patterns(table, tmp_path, monkeypatch):
    monkeypatch.setattr(table, "TABLE_CAP", 2)
    path = tmp_path / "cache" / "derived" / table.table_name()
    for p in (r"a+", r"b+"):
        table._new[(str, p, 0)] = table._entry(p, 0)
    table.save_learned(path)
    assert set(table._read(path)) == {(str, r"a+", 0), (str, r"b+", 0)}
    table._new[(str, r"c+", 0)] = table._entry(r"c+", 0)
    table.save_learned(path)
    assert set(table._read(path)) == {(str, r"a+", 0), (str, r"b+", 0)}  # kept as it was
