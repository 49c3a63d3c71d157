"""The comparator's recipe panel says what became of each reference's location and camera data."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from helpers.builders import recipe
from pytestqt.qtbot import QtBot

from cutie_app.core.model.generation import ReferenceRecord
from cutie_app.core.model.references import MetadataPrivacy
from cutie_app.ui import i18n
from cutie_app.ui.compare.recipe_panel import RecipePanel

REMOVED = MetadataPrivacy(removed=("location", "camera"))
SENT = MetadataPrivacy(sent=("location",))


def with_front(privacy: MetadataPrivacy | None) -> dict:
    front = ReferenceRecord("a" * 64, "identity", "person", "image/jpeg", "phone.jpg", privacy)
    return recipe(references=(front,)).to_dict()


@pytest.fixture
def panel(qtbot: QtBot) -> RecipePanel:
    widget = RecipePanel()
    qtbot.addWidget(widget)
    return widget


def test_one_recipe_names_what_was_removed_or_sent_or_that_it_is_not_known(panel: RecipePanel) -> None:
    panel.show_recipe("#1", with_front(REMOVED))
    assert "location and camera data removed before sending" in panel.plain_text()
    panel.show_recipe("#2", with_front(SENT))
    assert "location data sent (removal was off)" in panel.plain_text()
    panel.show_recipe("#3", with_front(MetadataPrivacy()))
    assert "no location or camera data" in panel.plain_text()
    panel.show_recipe("#4", with_front(None))  # a recipe from before Cutie recorded it
    assert "not recorded whether location or camera data was removed" in panel.plain_text()


def test_the_diff_lists_a_changed_removal_as_an_input(panel: RecipePanel) -> None:
    panel.show_diff(("#1", with_front(REMOVED)), ("#2", with_front(SENT)))
    text = panel.plain_text()
    assert "1 input(s) differ" in text
    assert "Reference: identity, location and camera data" in text
    assert "location and camera data removed before sending → location data sent (removal was off)" in text

    panel.show_diff(("#0", with_front(None)), ("#1", with_front(REMOVED)))
    text = panel.plain_text()
    assert "Same inputs" in text  # an older recipe that does not say is not a changed input
    assert "Also differs (run details): Reference: identity, location and camera data" in text


@pytest.fixture
def spanish() -> Iterator[None]:
    installed = i18n.install_language("es")
    yield
    installed.remove()


def test_the_phrases_are_in_the_windows_language(panel: RecipePanel, spanish: None) -> None:
    panel.show_recipe("#1", with_front(REMOVED))
    assert "datos de ubicación y cámara quitados antes del envío" in panel.plain_text()
