"""The English pipeline's ``attribute_ruler`` as dictionary look-ups, for the two attributes StoryLens reads.

``en_core_web_sm``'s attribute ruler turns the tagger's fine tags into coarse parts of speech ("NN" ->
NOUN) and sets a few words' morphology and lemmas, through 179 token patterns run by spaCy's
``Matcher``. StoryLens reads only ``pos_`` and ``tag_`` of a tagged token (the detail finder's nouns;
:class:`storylens.embed.CachedPipeline` keeps those two). The Matcher cost ~40 % of the tagging pass:
600 BASIL sentences (12,745 tokens) 1.11-1.14 CPU-s with the ruler, 0.70 without (load ~9).

:func:`pos_tag_table` reads the loaded ruler's own patterns (``AttributeRuler.patterns``) and keeps those
that set ``POS`` or ``TAG``; :class:`PosTagRuler` applies them as the ruler does: every pattern that matches a
token applies in pattern order, so the last one that sets an attribute wins (``AttributeRuler.match``
sorts the matches by pattern index). A pattern on the dependency label cannot match in a pipeline without
a parser (every label is empty), so it is left out; any other pattern this module cannot evaluate exactly
(several tokens, an operator, a ``{"IN": [...]}`` value, another attribute) makes :func:`pos_tag_table`
return None, and the caller keeps spaCy's ruler. ``tests/analysis/test_tag_ruler.py`` checks both against
each other on real sentences.
"""

from __future__ import annotations

from typing import Any

__all__ = ["PosTagRuler", "pos_tag_table"]

FACTORY = "storylens_pos_tag_ruler"

# Token attributes a kept pattern may test, and how to read each from a token.
_READ = {
    "TAG": lambda t: t.tag_,
    "LOWER": lambda t: t.lower_,
    "ORTH": lambda t: t.orth_,
    "TEXT": lambda t: t.text,
    "IS_SPACE": lambda t: t.is_space,
}
_SET = ("POS", "TAG")  # what StoryLens reads of a tagged token (pos_, tag_)


class PosTagTable:
    """The ruler's POS- and TAG-setting patterns, grouped for look-up.

    ``by_tag``: tag -> (attribute -> (pattern index, value)) for patterns on the tag alone;
    ``by_tag_lower``: (tag, lower-case form) -> the same, for patterns on both; ``other``: the rest,
    each (index, attribute -> accepted values, attributes set), tested one by one.
    """

    def __init__(self) -> None:
        self.by_tag: dict[str, dict[str, tuple[int, str]]] = {}
        self.by_tag_lower: dict[tuple[str, str], dict[str, tuple[int, str]]] = {}
        self.other: list[tuple[int, dict[str, frozenset], dict[str, str]]] = []


def _keep_latest(slot: dict[str, tuple[int, str]], index: int, attrs: dict[str, str]) -> None:
    for name, value in attrs.items():
        if name not in slot or slot[name][0] < index:
            slot[name] = (index, value)


def pos_tag_table(patterns: list[dict[str, Any]], has_parser: bool) -> PosTagTable | None:
    """The table of ``patterns`` (``AttributeRuler.patterns``, in their order), or None when one of them
    sets POS or TAG in a way this module does not evaluate exactly (see the module's docstring).

    ``has_parser``: whether the pipeline sets dependency labels; without one, a pattern on a label
    other than "" never matches and is dropped."""
    table = PosTagTable()
    for index, entry in enumerate(patterns):
        attrs = {k: v for k, v in entry.get("attrs", {}).items() if k in _SET}
        if not attrs:
            continue  # lemmas and morphology only: nothing StoryLens reads
        if not all(isinstance(v, str) for v in attrs.values()):
            return None
        for pattern in entry.get("patterns", ()):
            if not isinstance(pattern, list):
                return None  # a Doc pattern (spaCy's phrase form)
            if not has_parser:
                empty = [_matches_empty(spec["DEP"]) for spec in pattern if isinstance(spec, dict) and "DEP" in spec]
                if None in empty:
                    return None
                if not all(empty):
                    continue  # needs a dependency label: never matches here
            if len(pattern) != 1 or entry.get("index", 0) not in (0, -1):
                return None
            spec = pattern[0]
            if not isinstance(spec, dict) or not spec:
                return None
            if "DEP" in spec and has_parser:
                return None
            # each condition as the set of values it accepts (DEP matches the empty label here: checked above)
            accepted = {k: _accepted(v) for k, v in spec.items() if k != "DEP"}
            conditions = {k: v for k, v in accepted.items() if v is not None}
            if len(conditions) < len(accepted) or any(k not in _READ for k in conditions):
                return None
            if set(conditions) == {"TAG"}:
                for tag in conditions["TAG"]:
                    _keep_latest(table.by_tag.setdefault(tag, {}), index, attrs)
            elif set(conditions) == {"TAG", "LOWER"}:
                for tag in conditions["TAG"]:
                    for lower in conditions["LOWER"]:
                        _keep_latest(table.by_tag_lower.setdefault((tag, lower), {}), index, attrs)
            else:
                table.other.append((index, conditions, attrs))
    return table


def _accepted(value: Any) -> frozenset | None:
    """The values a Matcher condition accepts: a string or bool itself, ``{"IN": [...]}`` its list.
    None: a form not mirrored here (``NOT_IN``, a regular expression, a comparison, a number)."""
    if isinstance(value, (str, bool)):
        return frozenset([value])
    if isinstance(value, dict) and len(value) == 1 and isinstance(value.get("IN"), list) \
            and all(isinstance(v, (str, bool)) for v in value["IN"]):
        return frozenset(value["IN"])
    return None


def _matches_empty(value: Any) -> bool | None:
    """Does a Matcher condition on the dependency label match the empty label (no parser)? None: unknown form."""
    if isinstance(value, str):
        return value == ""
    if isinstance(value, dict) and len(value) == 1:
        (op, items), = value.items()
        if op in ("IN", "NOT_IN") and isinstance(items, list):
            return ("" in items) == (op == "IN")
    return None


class PosTagRuler:
    """A pipeline component that sets ``pos_`` and ``tag_`` as the model's attribute ruler would (its
    morphology and lemmas are not set: StoryLens reads neither). Built empty by spaCy's factory; the
    loader gives it the table of the ruler it replaces."""

    def __init__(self, table: PosTagTable | None = None):
        self.table = table or PosTagTable()

    def __call__(self, doc: Any) -> Any:
        table = self.table
        by_tag, by_tag_lower, other = table.by_tag, table.by_tag_lower, table.other
        for token in doc:
            tag = token.tag_
            found: dict[str, tuple[int, str]] = {}
            hit = by_tag.get(tag)
            if hit:
                found.update(hit)
            hit = by_tag_lower.get((tag, token.lower_)) if by_tag_lower else None
            if hit:
                for name, (index, value) in hit.items():
                    if name not in found or found[name][0] < index:
                        found[name] = (index, value)
            for index, conditions, attrs in other:
                if all(_READ[k](token) in v for k, v in conditions.items()):
                    _keep_latest(found, index, attrs)
            if "POS" in found:
                token.pos_ = found["POS"][1]
            if "TAG" in found:
                token.tag_ = found["TAG"][1]
        return doc


def install(nlp: Any, spacy: Any) -> bool:
    """Replace ``nlp``'s ``attribute_ruler`` by a :class:`PosTagRuler` of its patterns, under the same
    name (so the pipes StoryLens switches on, and the annotation cache's keys, stay as they are).
    False, and ``nlp`` unchanged, when it has no ruler or one this module cannot mirror exactly."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    table = pos_tag_table(list(nlp.get_pipe("attribute_ruler").patterns), has_parser="parser" in nlp.pipe_names)
    if table is None:
        return False
    if not spacy.Language.has_factory(FACTORY):
        spacy.Language.factory(FACTORY)(lambda nlp, name: PosTagRuler())
    component = nlp.replace_pipe("attribute_ruler", FACTORY)
    component.table = table
    return True
