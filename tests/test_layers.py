"""Packages in the order data flows: a lower layer never imports a higher one (the guide's layout)."""

import dis
import opcode
from collections.abc import Iterator
from pathlib import Path
from types import CodeType

import storylens

PKG = Path(storylens.__file__).parent
# Lowest first. Modules shared by every layer (models, errors, settings, _imports) are not listed.
LAYERS = ["text", "ingest", "prepare", "embed", "analysis", "similarity", "report", "cluster", "store", "stream",
          "web", "batch", "cli"]
TOP = {"web", "batch"}  # side by side on the stream, under the CLI that starts them: neither imports the other


IMPORT_NAME = opcode.opmap["IMPORT_NAME"]


def _layer(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "storylens" and parts[1] in LAYERS else None


def _code_objects(code: CodeType) -> Iterator[CodeType]:
    yield code
    for const in code.co_consts:
        if isinstance(const, CodeType):
            yield from _code_objects(const)


def _imports(path: Path) -> set[str]:
    """Absolute names of the storylens modules one file imports (at any depth, lazily or not).

    Read from the file's bytecode (``compile``: each import statement is an IMPORT_NAME after its level and
    names), not its syntax tree: ``ast.parse`` built Python objects for all ~4.7 MB of src/ (2.6 CPU-s, and
    0.5 to walk them) where compiling is 0.65 (stop 57, suite57); the same 2,497 imports."""
    own = "storylens." + ".".join(path.relative_to(PKG).with_suffix("").parts)
    package = own if path.name == "__init__.py" else own.rsplit(".", 1)[0]
    package = package.removesuffix(".__init__")
    found = set()
    for code in _code_objects(compile(path.read_bytes(), str(path), "exec", dont_inherit=True)):
        if IMPORT_NAME not in code.co_code[::2]:  # (opcodes at even offsets; most functions import nothing)
            continue
        ops = list(dis.get_instructions(code))
        for at, op in enumerate(ops):
            if op.opname != "IMPORT_NAME":
                continue
            level, names = ops[at - 2], ops[at - 1]  # LOAD_CONST level, LOAD_CONST names (None for `import x`)
            assert level.opname == names.opname == "LOAD_CONST", (path, op)
            if level.argval:
                base = package.split(".")[: len(package.split(".")) - level.argval + 1]
                mod = ".".join(base + ([op.argval] if op.argval else []))
            else:
                mod = op.argval
            found.add(mod)
            found.update(f"{mod}.{name}" for name in names.argval or ())
    return {m for m in found if m.startswith("storylens")}


def test_no_layer_imports_a_higher_one():
    wrong = []
    for path in sorted(PKG.rglob("*.py")):
        mine = _layer("storylens." + ".".join(path.relative_to(PKG).parts))
        if mine is None:
            continue
        for mod in _imports(path):
            theirs = _layer(mod)
            if theirs is None or theirs == mine:
                continue
            if LAYERS.index(theirs) > LAYERS.index(mine) or (mine in TOP and theirs in TOP):
                wrong.append(f"{path.relative_to(PKG)} ({mine}) imports {mod} ({theirs})")
    assert not wrong, "\n".join(wrong)


def test_every_layer_exists():
    assert all((PKG / name / "__init__.py").exists() for name in LAYERS)
