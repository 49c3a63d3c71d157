"""Parts of the window made the first time they are needed, not while the window starts.

The comparator, the Spending tab and the Conversations tab are not on screen when the window
first appears; making them (and importing what they need) delayed its first paint. `Deferred`
makes a widget on first use; `DeferredTab` also holds its place in a tab bar with an empty page
until the tab is chosen, then puts the real pane in that place, so the tab bar looks the same
from the start and the pane is the tab's page for everyone who asks afterwards. Anything that
must be connected to the widget is registered with `when_made` and runs once it exists.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QTabWidget, QWidget

W = TypeVar("W", bound=QWidget)


class Deferred(Generic[W]):
    """A widget made by `make` the first time `get()` is called, and the same one afterwards."""

    def __init__(self, make: Callable[[], W]) -> None:
        self._make = make
        self._widget: W | None = None
        self._hooks: list[Callable[[W], None]] = []

    @property
    def made(self) -> W | None:
        """The widget, or None while nothing has needed it (asking does not make it)."""
        return self._widget

    def get(self) -> W:
        """The widget, made now (and the `when_made` hooks run) if this is the first use."""
        if self._widget is None:
            widget = self._make()
            self._widget = widget
            self._placed(widget)
            hooks, self._hooks = self._hooks, []
            for hook in hooks:
                hook(widget)
        return self._widget

    def when_made(self, hook: Callable[[W], None]) -> None:
        """Run `hook(widget)` once the widget exists: now if it does, else when it is made."""
        if self._widget is not None:
            hook(self._widget)
        else:
            self._hooks.append(hook)

    def _placed(self, widget: W) -> None:
        """Put the new widget where it belongs (before the hooks run)."""


class DeferredTab(Deferred[W]):
    """A tab whose pane is made when the tab is first chosen, or when code first asks for it.

    Until then the tab holds an empty page under the same label. Connect this object to the
    tab widget's `currentChanged` before anything else does (it is done in the constructor):
    the pane then replaces the empty page before other slots look at `currentWidget()`.
    """

    def __init__(self, tabs: QTabWidget, label: str, make: Callable[[], W]) -> None:
        super().__init__(make)
        self._tabs = tabs
        self._stand_in: QWidget | None = QWidget()
        tabs.addTab(self._stand_in, label)
        tabs.currentChanged.connect(self._tab_chosen)

    def is_current(self) -> bool:
        """The tab is the one shown (without making the pane)."""
        current = self._tabs.currentWidget()
        return current is not None and current in (self._stand_in, self._widget)

    def _tab_chosen(self, index: int) -> None:
        if self._widget is None and self._tabs.widget(index) is self._stand_in:
            self.get()

    def _placed(self, widget: W) -> None:
        tabs, stand_in = self._tabs, self._stand_in
        assert stand_in is not None
        index = tabs.indexOf(stand_in)
        shown = tabs.currentIndex() == index
        # The swap is one change: nobody hears of the pages it passes through on the way.
        with QSignalBlocker(tabs):
            tabs.insertTab(index, widget, tabs.tabText(index))
            tabs.removeTab(index + 1)
            if shown:
                tabs.setCurrentIndex(index)
        self._stand_in = None
        stand_in.deleteLater()
