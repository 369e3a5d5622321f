"""``python -m storylens.cli``: the same as the ``storylens`` command."""

from . import main

main()
