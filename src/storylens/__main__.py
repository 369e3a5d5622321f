"""``python -m storylens``: the same as the ``storylens`` command (trial50: only ``python -m storylens.cli``
worked, and "No module named storylens.__main__" is what a user who tries the package name reads)."""

from .cli import main

main()
