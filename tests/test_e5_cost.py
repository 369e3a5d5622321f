"""benchmarks/e5_cost.py: its timing wrappers leave the e5 engine as they found it (a method left on the
instance would hide the linear-layer variants patched on the class afterwards: they were then the shipped
layers, cosine 1.0), and its variants change the vectors only within their stated numerics."""

from __future__ import annotations

import numpy as np
import pytest

from ._bench import load_benchmark

TEXTS = ["Heavy rain flooded the stadium on Sunday, and the match was called off.",
         "Der Stadtrat beschloss am Montag, die Brücke bis zum Sommer zu sperren."]


@pytest.fixture(scope="module")
def cost():
    return load_benchmark("e5_cost.py")


@pytest.fixture(scope="module")
def engine():
    from storylens.embed import E5Embedder
    from storylens.embed._e5engine import engine_usable

    if not engine_usable():
        pytest.skip("no NumKong SIMD kernel: the numkong engines do not serve here")
    return E5Embedder(engine="numkong-i8").model


def test_breakdown_puts_every_timed_function_back(cost, engine, capsys):
    from storylens.embed import _e5engine

    before = np.vstack([engine.passage(t) for t in TEXTS])
    originals = (_e5engine._attend, _e5engine._gelu, engine._nk.dots_packed, engine.tokenize)
    cost.breakdown(engine, TEXTS, 1)
    assert "linear layers" in capsys.readouterr().out
    assert not {"_linear", "_norm"} & set(vars(engine))  # the class's methods serve again
    assert (_e5engine._attend, _e5engine._gelu, engine._nk.dots_packed, engine.tokenize) == originals
    assert np.array_equal(np.vstack([engine.passage(t) for t in TEXTS]), before)


def test_variants_run_in_place_of_the_shipped_layers_and_are_put_back(cost, engine, monkeypatch, capsys):
    from storylens.embed._e5engine import E5Engine

    shipped = E5Engine._linear
    reference = np.vstack([engine.passage(t) for t in TEXTS])
    calls = dict.fromkeys(cost.VARIANTS, 0)

    def counted(name, linear):
        def run(*args, **kwargs):
            calls[name] += 1
            return linear(*args, **kwargs)
        return run

    monkeypatch.setattr(cost, "VARIANTS", {name: counted(name, f) for name, f in cost.VARIANTS.items()})
    cost.variants(engine, TEXTS[:1], TEXTS, 1)
    out = capsys.readouterr().out
    assert all(n >= 4 * engine.layers_n * len(TEXTS) for n in calls.values()), calls  # four products a layer
    assert all(name in out for name in calls)
    assert E5Engine._linear is shipped
    assert np.array_equal(np.vstack([engine.passage(t) for t in TEXTS]), reference)
    # the per-tensor step is other numerics: on these texts it moves the vectors (each still its own text's)
    monkeypatch.setattr(E5Engine, "_linear", cost._linear_per_tensor)
    got = np.vstack([engine.passage(t) for t in TEXTS])
    assert not np.array_equal(got, reference)
    assert np.einsum("ij,ij->i", got, reference).min() > 0.9
