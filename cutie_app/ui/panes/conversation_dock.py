"""Puts the conversation pane into the main window: one call from `MainWindow`, nothing more.

The pane gets the open project from the window's session (on its store worker, then kept:
the conversation service is thread-safe), the engine from the window's bridge, and reports
back through the window's own entry points (the comparator, the gallery's refresh).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from cutie_app.ui.window.deferred import DeferredTab

if TYPE_CHECKING:
    from cutie_app.ui.compare.comparator import Comparator
    from cutie_app.ui.mainwindow import MainWindow
    from cutie_app.ui.panes.conversation_pane import ConversationPane

PROJECT_TAG = "conversation-project"


def install_conversation_pane(window: MainWindow) -> DeferredTab[ConversationPane]:
    """The Conversations tab beside the gallery, wired to the window.

    The pane (and the conversation service under it) is made when the tab is first chosen or
    a conversation is first asked for, not while the window starts.
    """
    tab: DeferredTab[ConversationPane] = DeferredTab(
        window.results_tabs,
        QCoreApplication.translate("MainWindow", "Conversations"),
        lambda: _make_pane(window),
    )
    # A thread needs height: while it is shown, the Generate panel above it steps aside.
    window.results_tabs.currentChanged.connect(
        lambda _index: window.generate_panel.setVisible(not tab.is_current())
    )

    def edit_in_conversation(image_id: int) -> None:
        pane = tab.get()
        window.results_tabs.setCurrentWidget(pane)
        pane.start_from_image(image_id)

    window.gallery.conversation_requested.connect(edit_in_conversation)

    def edit_from_comparator(image_id: int) -> None:
        window.show_workspace()
        if image_id > 0:
            edit_in_conversation(image_id)
        else:  # the anchor as the references hold it, not a project image
            pane = tab.get()
            window.results_tabs.setCurrentWidget(pane)
            pane.model.start(from_anchor=True)
            pane.message.setFocus()

    def comparator_made(comparator: Comparator) -> None:
        comparator.conversation_requested.connect(edit_from_comparator)

    window.deferred_comparator.when_made(comparator_made)
    return tab


def _make_pane(window: MainWindow) -> ConversationPane:
    from cutie_app.ui.models.conversation_model import ConversationModel
    from cutie_app.ui.panes.conversation_pane import ConversationPane

    model = ConversationModel(lambda: window.bridge.engine, demo=window.demo)
    pane = ConversationPane(model)
    window.closing.connect(model.shutdown)  # before the window closes the engine and the project

    def project_ready(tag: object, project: object) -> None:
        if tag == PROJECT_TAG:
            model.demo = window.demo
            model.attach(project)  # type: ignore[arg-type]

    def ask_for_project() -> None:
        window.session.run(PROJECT_TAG, lambda project: project)

    window.session.opened.connect(lambda _opened: ask_for_project())
    window.session.result_ready.connect(project_ready)
    window.session.closed.connect(lambda: model.attach(None))
    if window.session.is_open:  # made after the project opened: fetch it now
        ask_for_project()
    pane.exact_available = True
    pane.exact_requested.connect(lambda image_id, steps: window.adjust.open([image_id], steps))
    pane.compare_requested.connect(window.compare)
    pane.spent.connect(lambda cost: window.status.add_spend(cost, demo=window.demo))
    pane.images_added.connect(lambda: window.gallery.query_changed.emit(window.gallery.query()))
    return pane
