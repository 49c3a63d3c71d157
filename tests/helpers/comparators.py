"""A shown comparator for the compare tests, and a wait for its panes to have their pictures."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtGui import QCursor

from cutie_app.ui.compare.comparator import Comparator
from cutie_app.ui.compare.image_view import DecodeCache


@contextmanager
def shown_comparator(qtbot: Any) -> Iterator[Comparator]:
    """A 1000×600 comparator on screen with its own decode cache; its workers stop afterwards."""
    # The pointer where an earlier test left it would sit over a pane and draw there (the loupe,
    # pixel checks that grab the pane): park it far to the bottom right, away from the panes.
    QCursor.setPos(10_000, 10_000)
    widget = Comparator(cache=DecodeCache())
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    try:
        yield widget
    finally:
        widget.shutdown()


def loaded(qtbot: Any, comparator: Comparator) -> None:
    """Wait until every visible pane shows its picture."""
    qtbot.waitUntil(lambda: all(p.has_image() for p in comparator.visible_panes()), timeout=15000)
