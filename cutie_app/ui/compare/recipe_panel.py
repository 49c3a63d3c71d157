"""The comparator's side panel: one image's recipe, or what differs between two recipes.

Read-only rich text the user can select and copy; "Copy" takes what is shown as plain text,
"Copy JSON" the selected image's whole recipe (to paste into a bug report or a re-run).
"""

from __future__ import annotations

import html
import json
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from cutie_app.core.model.recipe_diff import (
    LINE_BREAK_MARK,
    PRIVACY_SUFFIX,
    RecipeChange,
    diff_lines,
    diff_recipes,
    reference_summary,
)
from cutie_app.core.model.references import MetadataPrivacy, ReferenceRole
from cutie_app.ui.panes.reference_slots import ROLE_LABELS
from cutie_app.ui.theme import section_title

EMPTY = "—"


def format_value(key: str, value: Any) -> str:
    """A recipe value as a person reads it (no Python reprs)."""
    if value is None or value == "" or value == ():
        return EMPTY
    if key == "cost_usd" and isinstance(value, int | float):
        return f"${value:.3f}"
    if key.endswith("_at") and isinstance(value, str):
        return format_time(value)
    if isinstance(value, tuple | list):
        return " › ".join(str(v) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def format_time(stamp: str) -> str:
    """ "2025-01-01T10:00:09.000+00:00" → "2025-01-01 10:00:09 UTC"."""
    if len(stamp) < 19 or stamp[10] != "T":
        return stamp
    zone = stamp[23:] if len(stamp) > 23 and stamp[19] == "." else stamp[19:]
    return f"{stamp[:10]} {stamp[11:19]}" + (" UTC" if zone in ("+00:00", "Z") else f" {zone}".rstrip())


def value_text(key: str, value: Any) -> str:
    """A flattened recipe value as the diff shows it (`format_value`, or the privacy phrase)."""
    if key.endswith(PRIVACY_SUFFIX):
        return privacy_text(value if isinstance(value, MetadataPrivacy) else None)
    return format_value(key, value)


def role_label(value: object) -> str:
    """A recipe's reference role as the slots name it, in the window's language ("identity" ->
    "Front / identity"); a role this version does not know is shown as written."""
    try:
        role = ReferenceRole(str(value))
    except ValueError:
        return str(value) if value is not None else "?"
    return QCoreApplication.translate("ReferenceSlots", str(ROLE_LABELS[role]))


#: What became of a reference's location and camera data, by the kinds removed or sent: whole
#: phrases, so that each language can word them its own way.
_REMOVED = {
    ("location",): QT_TRANSLATE_NOOP("RecipePanel", "location data removed before sending"),
    ("camera",): QT_TRANSLATE_NOOP("RecipePanel", "camera data removed before sending"),
    ("location", "camera"): QT_TRANSLATE_NOOP(
        "RecipePanel", "location and camera data removed before sending"
    ),
}
_SENT = {
    ("location",): QT_TRANSLATE_NOOP("RecipePanel", "location data sent (removal was off)"),
    ("camera",): QT_TRANSLATE_NOOP("RecipePanel", "camera data sent (removal was off)"),
    ("location", "camera"): QT_TRANSLATE_NOOP(
        "RecipePanel", "location and camera data sent (removal was off)"
    ),
}


def privacy_text(privacy: MetadataPrivacy | None) -> str:
    """What a recipe says about a reference's location and camera data, in the window's language."""
    if privacy is None:
        return QCoreApplication.translate(
            "RecipePanel", "not recorded whether location or camera data was removed"
        )
    parts = [
        QCoreApplication.translate("RecipePanel", str(table[kinds]))
        for table, kinds in ((_SENT, privacy.sent), (_REMOVED, privacy.removed))
        if kinds
    ]
    return "; ".join(parts) or QCoreApplication.translate("RecipePanel", "no location or camera data")


class RecipePanel(QWidget):
    """Shows a recipe or a recipe diff as rich text, with copy buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recipePanel")
        self.setAccessibleName(self.tr("Recipe"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        header = QHBoxLayout()
        self.title = section_title(QLabel(self.tr("Recipe")))
        header.addWidget(self.title, 1)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setObjectName("recipeCopy")
        self.copy_button.setAccessibleName(self.tr("Copy the text shown"))
        self.copy_button.setToolTip(self.tr("Copy the text shown"))
        self.copy_button.clicked.connect(self.copy_text)
        header.addWidget(self.copy_button)
        self.copy_json_button = QPushButton(self.tr("Copy JSON"))
        self.copy_json_button.setObjectName("recipeCopyJson")
        self.copy_json_button.setAccessibleName(self.tr("Copy the selected image's recipe as JSON"))
        self.copy_json_button.setToolTip(self.tr("Copy the selected image's recipe as JSON"))
        self.copy_json_button.clicked.connect(self.copy_json)
        header.addWidget(self.copy_json_button)
        layout.addLayout(header)
        self.text = QTextBrowser()
        self.text.setObjectName("recipeText")
        self.text.setAccessibleName(self.tr("Recipe details"))
        self.text.setOpenLinks(False)
        layout.addWidget(self.text, 1)
        self._json = ""
        self.changes: list[RecipeChange] = []

    # -- public ------------------------------------------------------------------------

    def show_recipe(self, title: str, recipe: Mapping[str, Any]) -> None:
        self.title.setText(self.tr("Recipe"))
        self.changes = []
        self._json = json.dumps(dict(recipe), indent=2, ensure_ascii=False) if recipe else ""
        self.copy_json_button.setEnabled(bool(recipe))
        self.text.setHtml(self._recipe_html(title, recipe))

    def show_diff(
        self, a: tuple[str, Mapping[str, Any]], b: tuple[str, Mapping[str, Any]], selected: int = 1
    ) -> None:
        """A vs B: the changed fields, then the full recipe of the selected one (0 = A, 1 = B)."""
        self.title.setText(self.tr("Recipe: A vs B"))
        (title_a, recipe_a), (title_b, recipe_b) = a, b
        self.changes = diff_recipes(recipe_a, recipe_b) if recipe_a and recipe_b else []
        chosen_title, chosen = (a, b)[selected]
        self._json = json.dumps(dict(chosen), indent=2, ensure_ascii=False) if chosen else ""
        self.copy_json_button.setEnabled(bool(chosen))
        parts = [self._diff_html(title_a, recipe_a, title_b, recipe_b)]
        parts.append("<hr>")
        parts.append(self._recipe_html(chosen_title, chosen))
        self.text.setHtml("".join(parts))

    def plain_text(self) -> str:
        return self.text.toPlainText()

    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(self.plain_text())

    def copy_json(self) -> None:
        if self._json:
            QGuiApplication.clipboard().setText(self._json)

    # -- html --------------------------------------------------------------------------

    def _dark(self) -> bool:
        return self.palette().base().color().lightness() < 128

    def _colours(self) -> tuple[str, str, str]:
        """(deleted background, inserted background, muted text) for the current palette."""
        if self._dark():
            return "#6b2b2b", "#24552f", "#9a9aa0"
        return "#fbd3cf", "#cdeed5", "#6d6d73"

    def _labels(self) -> dict[str, str]:
        return {
            "model": self.tr("Model"),
            "model_version": self.tr("Model version"),
            "prompt_text": self.tr("Prompt"),
            "prompt.override": self.tr("Prompt override"),
            "config.aspect_ratio": self.tr("Aspect ratio"),
            "config.image_size": self.tr("Image size"),
            "config.seed_requested": self.tr("Seed asked"),
            "config.seed_sent": self.tr("Seed sent"),
            "scene": self.tr("Scene"),
            "spec_version": self.tr("Character version"),
            "cost_usd": self.tr("Cost"),
            "response_id": self.tr("Response id"),
            "started_at": self.tr("Started"),
            "finished_at": self.tr("Created"),
            "batch_id": self.tr("Batch"),
            "variant_index": self.tr("Variant"),
            "conversation_path": self.tr("Conversation"),
            "app_version": self.tr("App version"),
            "schema_version": self.tr("Recipe format"),
        }

    def label_for(self, key: str) -> str:
        known = self._labels().get(key)
        if known:
            return known
        if key.startswith("references.") and key.endswith(PRIVACY_SUFFIX):
            role = key.removeprefix("references.").removesuffix(PRIVACY_SUFFIX)
            return self.tr("Reference: {role}, location and camera data").format(role=role)
        if key.startswith("references."):
            return self.tr("Reference: {role}").format(role=key.removeprefix("references."))
        if key.startswith("usage."):
            return self.tr("Tokens: {kind}").format(kind=key.removeprefix("usage.").replace("_", " "))
        return key

    def _recipe_html(self, title: str, recipe: Mapping[str, Any]) -> str:
        muted = self._colours()[2]
        head = f"<h3 style='margin:4px 0'>{html.escape(title)}</h3>"
        if not recipe:
            note = self.tr("No recipe recorded for this image (imported, or made outside Cutie).")
            return head + f"<p style='color:{muted}'>{html.escape(note)}</p>"
        config = recipe.get("config") or {}
        usage = recipe.get("usage") or {}
        model = str(recipe.get("model") or EMPTY)
        if recipe.get("model_version"):
            model += f" ({recipe['model_version']})"
        size = (
            " · ".join(str(v) for v in (config.get("image_size"), config.get("aspect_ratio")) if v) or EMPTY
        )
        seed = config.get("seed_sent")
        if seed is None and config.get("seed_requested") is not None:
            seed = self.tr("{seed} (asked; the model has no seed)").format(seed=config["seed_requested"])
        rows: list[tuple[str, str]] = [
            (self.tr("Model"), model),
            (self.tr("Size"), size),
            (self.tr("Scene"), format_value("scene", recipe.get("scene"))),
            (self.tr("Seed"), format_value("seed", seed)),
            (self.tr("Character version"), format_value("spec_version", recipe.get("spec_version"))),
            (self.tr("Cost"), format_value("cost_usd", recipe.get("cost_usd"))),
            (self.tr("Tokens"), format_value("tokens", usage.get("total_tokens") or None)),
            (self.tr("Response id"), format_value("response_id", recipe.get("response_id"))),
            (
                self.tr("Created"),
                format_value("finished_at", recipe.get("finished_at") or recipe.get("started_at")),
            ),
        ]
        body = "".join(
            f"<tr><td style='color:{muted};padding-right:10px'>{html.escape(k)}</td>"
            f"<td>{html.escape(v)}</td></tr>"
            for k, v in rows
        )
        refs = [r for r in recipe.get("references") or [] if isinstance(r, Mapping)]
        # tr() outside the f-strings: lupdate does not look inside them.
        none, references, prompt_title = self.tr("none"), self.tr("References"), self.tr("Prompt")
        ref_html = (
            "".join(
                f"<tr><td style='padding-right:10px'>{html.escape(role_label(r.get('role')))}</td>"
                f"<td><code>{html.escape(reference_summary(r))}</code><br>"
                f"<span style='color:{muted}'>"
                f"{html.escape(privacy_text(MetadataPrivacy.from_dict(r.get('private_metadata'))))}"
                "</span></td></tr>"
                for r in refs
            )
            or f"<tr><td style='color:{muted}'>{html.escape(none)}</td></tr>"
        )
        prompt = str(recipe.get("prompt_text") or (recipe.get("prompt") or {}).get("text") or "")
        return (
            head
            + f"<table cellspacing='0' cellpadding='1'>{body}</table>"
            + f"<p style='margin:8px 0 2px 0'><b>{html.escape(references)}</b></p>"
            + f"<table cellspacing='0' cellpadding='1'>{ref_html}</table>"
            + f"<p style='margin:8px 0 2px 0'><b>{html.escape(prompt_title)}</b></p>"
            + f"<p style='white-space:pre-wrap;margin-top:0'>{html.escape(prompt) or EMPTY}</p>"
        )

    def _diff_html(
        self, title_a: str, recipe_a: Mapping[str, Any], title_b: str, recipe_b: Mapping[str, Any]
    ) -> str:
        deleted, inserted, muted = self._colours()
        head = (
            f"<p style='margin:2px 0'><span style='background:{deleted}'>&nbsp;A&nbsp;</span> "
            f"{html.escape(title_a)}<br>"
            f"<span style='background:{inserted}'>&nbsp;B&nbsp;</span> {html.escape(title_b)}</p>"
        )
        if not recipe_a or not recipe_b:
            note = self.tr("Only one of the two images has a recipe, so there is nothing to compare.")
            return head + f"<p style='color:{muted}'>{html.escape(note)}</p>"
        inputs = [c for c in self.changes if not c.incidental]
        incidental = [c for c in self.changes if c.incidental]
        if not inputs:
            text = self.tr("Same inputs: model, settings, references and prompt are identical.")
            return head + f"<p><b>{html.escape(text)}</b></p>" + self._incidental_html(incidental, muted)
        count = self.tr("{n} input(s) differ").format(n=len(inputs))
        out = [head, f"<p style='margin:6px 0'><b>{html.escape(count)}</b></p>"]
        for change in inputs:
            out.append(f"<p style='margin:6px 0 1px 0'><b>{html.escape(self.label_for(change.key))}</b></p>")
            if change.text_diff:
                out.append(self._text_diff_html(change, deleted, inserted, muted))
            else:
                a = html.escape(value_text(change.key, change.before))
                b = html.escape(value_text(change.key, change.after))
                out.append(
                    f"<p style='margin:0'><span style='background:{deleted}'>{a}</span>"
                    f" → <span style='background:{inserted}'>{b}</span></p>"
                )
        out.append(self._incidental_html(incidental, muted))
        return "".join(out)

    def _incidental_html(self, changes: list[RecipeChange], muted: str) -> str:
        if not changes:
            return ""
        names = ", ".join(dict.fromkeys(self.label_for(c.key) for c in changes))
        text = self.tr("Also differs (run details): {names}").format(names=names)
        return f"<p style='color:{muted};margin-top:8px'>{html.escape(text)}</p>"

    def _text_diff_html(self, change: RecipeChange, deleted: str, inserted: str, muted: str) -> str:
        lines = []
        for line in diff_lines(change.text_diff, context=1):
            if line is None:
                lines.append(f"<span style='color:{muted}'>…</span>")
                continue
            spans = []
            for piece in line:
                text = html.escape(piece.text)
                if piece.op == "delete":
                    spans.append(f"<s style='background:{deleted}'>{text}</s>")
                elif piece.op == "insert":
                    spans.append(f"<span style='background:{inserted}'>{text}</span>")
                else:
                    spans.append(text)
            lines.append("".join(spans) or "&nbsp;")
        body = "<br>".join(lines).replace(LINE_BREAK_MARK, "⏎")
        return f"<p style='margin:0'>{body}</p>"
