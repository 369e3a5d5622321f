"""Packages in the order data flows: a lower layer never imports a higher one (the guide's layout)."""

import ast
from pathlib import Path

import storylens

PKG = Path(storylens.__file__).parent
# Lowest first. Modules shared by every layer (models, errors, settings, _imports) are not listed.
LAYERS = ["text", "ingest", "prepare", "embed", "analysis", "similarity", "report", "cluster", "store", "stream",
          "web", "batch", "cli"]
TOP = {"web", "batch"}  # side by side on the stream, under the CLI that starts them: neither imports the other


def _layer(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "storylens" and parts[1] in LAYERS else None


def _imports(path: Path) -> set[str]:
    """Absolute names of the storylens modules one file imports (at any depth, lazily or not)."""
    own = "storylens." + ".".join(path.relative_to(PKG).with_suffix("").parts)
    package = own if path.name == "__init__.py" else own.rsplit(".", 1)[0]
    package = package.removesuffix(".__init__")
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            found.add(mod)
            found.update(f"{mod}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
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
