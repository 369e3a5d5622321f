"""robust67 MEDIUM: a derived table's pickle had no checksum: a bit flipped on disk inside a number (or a string)
still unpickles, into another table, and changed results without a word. The file now holds the SHA-256 of its
pickle's bytes; a table whose bytes do not give it is built again (and rewritten), never read."""

from __future__ import annotations

from storylens._cache import derived

TABLE = {"paris": 2_148_000, "lyon": 516_000, "names": ["Paris", "Lyon"]}


def _flip_inside_the_number(path) -> None:
    data = bytearray(path.read_bytes())
    at = data.index((2_148_000).to_bytes(4, "little"))  # pickle's BININT: 4 bytes, little-endian
    data[at] ^= 0x01
    path.write_bytes(bytes(data))


def test_a_flipped_bit_that_still_unpickles_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("STORYLENS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("STORYLENS_DATA_DIR", "")
    source = tmp_path / "x"
    source.write_text("x")
    calls = []

    def build():
        calls.append(1)
        return TABLE

    assert derived("t", build, files=[source]) == TABLE
    (path,) = (tmp_path / "cache" / "derived").glob("t-*.pickle")
    _flip_inside_the_number(path)
    assert derived("t", build, files=[source]) == TABLE  # main read {"paris": 2148001, ...}
    assert len(calls) == 2
    assert derived("t", build, files=[source]) == TABLE and len(calls) == 2  # rewritten whole: read again


def test_an_installed_table_that_does_not_give_its_digest_is_not_read(tmp_path, monkeypatch):
    monkeypatch.setenv("STORYLENS_CACHE_DIR", str(tmp_path / "installed"))
    monkeypatch.setenv("STORYLENS_DATA_DIR", "")
    source = tmp_path / "x"
    source.write_text("x")
    derived("t", lambda: TABLE, files=[source])  # as `storylens setup` writes it (into its target's cache)
    (path,) = (tmp_path / "installed" / "derived").glob("t-*.pickle")
    _flip_inside_the_number(path)
    monkeypatch.setenv("STORYLENS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("STORYLENS_DATA_DIR", str(tmp_path / "installed"))
    assert derived("t", lambda: TABLE, files=[source]) == TABLE
    assert len(list((tmp_path / "cache" / "derived").glob("t-*.pickle"))) == 1  # built into the cache instead
