"""Add the Traditional-script forms of every word of ``src/storylens/text/data/zh.json`` beside its Simplified one.

Chinese news is written in both scripts (Taiwan, Hong Kong, Macau and much of the diaspora write Traditional), and
every word list of zh.json is matched against the text as written: "未来" of "not_negation" missed "預計未來三天"
(fielddates78: a false "polarity d1 denies" conflict). Each string of a list gets its forms converted by OpenCC's
s2t, s2tw and s2hk phrase tables (a converter that knows "周四" -> "週四" but "周" the surname stays, "头发" ->
"頭髮" but "发表" -> "發表"), inserted right after it when they differ and the list lacks them; a "*_chars" string
(a set of characters) gets the converted characters appended. Regular expressions convert alike (OpenCC changes
only Han characters). Keys of objects are left as they are (their lists hold both forms where needed).

Run once after adding Simplified words (idempotent: a second run changes nothing; a word written in Traditional already is
not converted again). Needs the ``opencc`` command
(Debian/Ubuntu package opencc); the shipped file needs nothing at run time.

Run: .venv/bin/python scripts/build_zh_traditional.py
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

PATH = Path(__file__).resolve().parents[1] / "src" / "storylens" / "text" / "data" / "zh.json"
CONFIGS = ("s2t.json", "s2tw.json", "s2hk.json")
_HAN = re.compile("[\u3400-\u9fff]")
_LITERAL = re.compile(r'"(?:[^"\\]|\\.)*"')


def _convert(words: list[str], config: str) -> list[str]:
    """``words`` through OpenCC's ``config``, one a line (none holds a line break)."""
    out = subprocess.run(["opencc", "-c", config], input="\n".join(words) + "\n", capture_output=True, text=True,
                         check=True).stdout
    got = out.split("\n")[: len(words)]
    assert len(got) == len(words), (config, len(got), len(words))
    return got


def _literals(text: str) -> list[tuple[int, int, str, str, int]]:
    """Every string literal of the JSON ``text``: (start, end, value, role, array start), role "item" for an element of
    an array, "chars" for the value of a "*_chars" key, "" otherwise; the array start is the offset of its "["."""
    out: list[tuple[int, int, str, str, int]] = []
    stack: list[int] = []
    pos, last_key = 0, ""
    while pos < len(text):
        ch = text[pos]
        if ch == '"':
            m = _LITERAL.match(text, pos)
            assert m
            value = json.loads(m.group())
            after = text[m.end():].lstrip()
            before = text[:pos].rstrip()[-1:]
            if after.startswith(":"):
                role, last_key = "", value
            elif stack and text[stack[-1]] == "[" and before in "[,":
                role = "item"
            else:
                role = "chars" if before == ":" and last_key.endswith("_chars") else ""
            out.append((m.start(), m.end(), value, role, stack[-1] if stack else -1))
            pos = m.end()
            continue
        if ch in "[{":
            stack.append(pos)
        elif ch in "]}":
            stack.pop()
        pos += 1
    return out


def main() -> None:
    text = PATH.read_text(encoding="utf-8")
    lits = [lit for lit in _literals(text) if lit[3] and _HAN.search(lit[2])]
    words = [lit[2] for lit in lits]
    forms = [_convert(words, c) for c in CONFIGS]
    simplified = _convert(words, "t2s.json")  # a word written (partly) in Traditional already is a form, not a source
    members: dict[int, set[str]] = {}
    for _s, _e, value, role, array in _literals(text):
        if role == "item":
            members.setdefault(array, set()).add(value)
    inserts: list[tuple[int, int, str]] = []
    added = 0
    for i, (start, end, value, role, array) in enumerate(lits):
        if simplified[i] != value:
            continue
        variants = [f[i] for f in forms]
        if role == "chars":
            extra = "".join(dict.fromkeys(c for v in variants for c in v if c not in value))
            if extra:
                inserts.append((start, end, json.dumps(value + extra, ensure_ascii=False)))
                added += len(extra)
            continue
        new = [v for v in dict.fromkeys(variants) if v != value and v not in members[array]]
        members[array].update(new)
        if new:
            inserts.append((start, end, text[start:end] + "".join(", " + json.dumps(v, ensure_ascii=False) for v in new)))
            added += len(new)
    for start, end, replacement in sorted(inserts, reverse=True):
        text = text[:start] + replacement + text[end:]
    json.loads(text)  # still valid JSON
    PATH.write_text(text, encoding="utf-8")
    print(f"{PATH}: {added} Traditional forms added")


if __name__ == "__main__":
    main()
