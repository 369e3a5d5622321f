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
    """A clean hook: no tables, nothing recorded, ``re``'s own compile and cache restored after the test."""
    from re import _compiler

    from storylens import _patterns

    saved = _compiler.compile
    monkeypatch.setenv("STORYLENS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("STORYLENS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(_patterns, "_original", None)
    monkeypatch.setattr(_patterns, "_known", {})
    monkeypatch.setattr(_patterns, "_recorded", None)
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


def _written(table, path, patterns) -> None:
    """A table of ``patterns`` at ``path``, as setup's child writes it."""
    table._recorded = {(type(p), p, f): table._entry(p, f) for p, f in patterns}
    table.write_table(path)
    table._recorded = None


def test_every_pattern_rebuilt_from_the_table_equals_a_fresh_compile(table, tmp_path):
    real = _real_patterns()
    assert len(real) > 100
    table.compiled_from_table(record=True)
    re.purge()
    for p, f in _PATTERNS + real:
        re.compile(p, f)  # compiled as re does, its code recorded (setup's child)
    assert set(table._recorded) == {(type(p), p, f) for p, f in _PATTERNS + real}
    saved = tmp_path / "data" / "derived" / table.table_name()
    table.write_table(saved)

    table._recorded = None  # a process that only reads
    table._known.clear()
    table._known.update(table._read(saved))  # as a new process reads it
    assert len(table._known) >= len(_PATTERNS) + 100
    calls = []
    original = table._original
    table._original = lambda p, f=0: calls.append(p) or original(p, f)
    for p, f in _PATTERNS + real:
        re.purge()
        rebuilt = re.compile(p, f)
        _same(rebuilt, original(p, f), _SAMPLES + [p if isinstance(p, str) else p.decode("latin-1")])
    assert calls == []  # every one came from the table


def test_a_plain_process_compiles_as_without_a_table_and_keeps_nothing(table, tmp_path):
    table.compiled_from_table()
    for p, f in _PATTERNS:
        re.purge()
        _same(re.compile(p, f), table._original(p, f), _SAMPLES)
    assert table._recorded is None and table._known == {}
    assert not list(tmp_path.rglob("patterns-*.pickle"))  # nothing written: only setup writes the table
    with pytest.raises(re.error):
        re.compile(r"(unclosed")  # an error is re's own


def test_a_bad_entry_or_a_subclass_key_compiles_as_re_does(table):
    table.compiled_from_table()
    good = table._entry(r"b+", 0)
    table._known[(str, r"a+", 0)] = (good[0], b"\xff" * 8, good[2], good[3], good[4])  # invalid SRE code
    table._known[(str, r"c+", 0)] = ("not", "an", "entry")  # wrong shape
    table._known[(str, r"d+", 0)] = table._entry(r"x", 0)  # a str subclass must not be served this
    for p in (r"a+", r"c+"):
        re.purge()
        _same(re.compile(p), table._original(p, 0), ["aaa cc b"])

    class Text(str):
        pass

    re.purge()
    assert re.compile(Text(r"d+")).findall("dd x") == ["dd"]
    assert (str, r"a+", 0) not in table._known  # a bad entry is dropped, not tried again


def test_a_table_of_another_storylens_or_python_or_a_damaged_one_is_not_read(table, tmp_path, monkeypatch):
    import storylens

    other = tmp_path / "data" / "derived"
    names = {table.table_name()}
    monkeypatch.setattr(sys, "version", sys.version + " (another build)")
    names.add(table.table_name())
    monkeypatch.undo()
    monkeypatch.setattr(storylens, "__version__", storylens.__version__ + ".post1")
    other_name = table.table_name()
    names.add(other_name)
    monkeypatch.undo()
    monkeypatch.setenv("STORYLENS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("STORYLENS_DATA_DIR", str(tmp_path / "data"))
    assert len(names) == 3
    # a table written under another StoryLens's name: the same entries, never looked at
    _written(table, other / other_name, [(r"\d+", 0)])
    table._read_tables.clear()
    table.compiled_from_table()
    re.purge()
    re.compile(r"\s+(?#cold71)")  # the first compile reads the tables
    assert table._read_tables and table._known == {}
    # a table of this StoryLens whose bytes changed on disk, or that is not a table: read as no table
    mine = other / table.table_name()
    _written(table, mine, [(r"\w+", 0)])
    data = bytearray(mine.read_bytes())
    data[-5] ^= 0xFF
    mine.write_bytes(bytes(data))
    assert table._read(mine) == {}
    mine.write_bytes(b"")
    assert table._read(mine) == {}
