"""Cached consistency scores, keyed by what they were computed against (the "basis")."""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from cutie_app.core.i18n import QT_TRANSLATE_NOOP
from cutie_app.core.model.generation import utc_now
from cutie_app.core.model.records import ProjectError, ReferenceSlot, UnsafePathError
from cutie_app.core.model.references import ReferenceRole
from cutie_app.core.model.score import SCORE_VERSION, ConsistencyError, ConsistencyScore
from cutie_app.core.store.db import Database
from cutie_app.core.store.files import dump
from cutie_app.core.store.images import Images
from cutie_app.core.store.layout import IMAGES_DIR, REFERENCES_DIR
from cutie_app.core.store.references import References
from cutie_app.core.store.rows import exists, not_found
from cutie_app.core.store.specs import SpecVersions

if TYPE_CHECKING:
    from cutie_app.core.imaging.consistency import ImageFeatures

log = logging.getLogger("cutie.store")

#: References that show the character, so a variant is expected to look like them. Style,
#: palette, background and prop references are not: they would only drag every score down.
SCORED_ROLES = frozenset(
    {
        ReferenceRole.IDENTITY,
        ReferenceRole.FACE,
        ReferenceRole.SIDE,
        ReferenceRole.BACK,
        ReferenceRole.EXPRESSION,
        ReferenceRole.OUTFIT,
        ReferenceRole.POSE,
    }
)


def score_basis_of(anchor_sha: str | None, reference_shas: Iterable[str], palette: Iterable[str]) -> str:
    """The hash that names what scores were computed against (see `Project.score_basis`).

    Order doesn't enter the score (references are combined by best and mean, the palette by
    mean), so it doesn't enter the basis either: moving a slot keeps the cached scores.
    """
    payload = {
        "anchor": anchor_sha,
        "references": sorted(reference_shas),
        "palette": sorted(c.upper() for c in palette),
    }
    return hashlib.sha256(dump(payload).encode("utf-8")).hexdigest()


class Scores:
    """The `image_scores` table, and scoring the images that have no fresh score."""

    def __init__(
        self,
        db: Database,
        images: Images,
        references: References,
        specs: SpecVersions,
        *,
        read_only: bool = False,
    ) -> None:
        self._read_only = read_only  # compute, but cache nothing
        self._db = db
        self._images = images
        self._references = references
        self._specs = specs

    def save(self, image_id: int, score: ConsistencyScore, basis: str) -> None:
        """Cache an image's consistency score, computed against `basis` (replaces the old one)."""

        def write(conn: sqlite3.Connection) -> None:
            if not exists(conn, "images", image_id):
                raise not_found("image", image_id)
            conn.execute(
                "INSERT INTO image_scores (image_id, version, basis, palette, similarity, overall,"
                " computed_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (image_id) DO UPDATE SET"
                " version = excluded.version, basis = excluded.basis, palette = excluded.palette,"
                " similarity = excluded.similarity, overall = excluded.overall,"
                " computed_at = excluded.computed_at",
                (
                    image_id,
                    score.version,
                    basis,
                    score.palette,
                    score.similarity,
                    score.overall,
                    utc_now(),
                ),
            )

        self._db.transaction(write)

    def cached(self, basis: str) -> dict[int, ConsistencyScore]:
        """Cached scores by image id: only those computed against `basis` by the current formula."""
        return self._db.call(
            lambda conn: {
                int(image_id): ConsistencyScore(palette, similarity, overall, int(version))
                for image_id, version, palette, similarity, overall in conn.execute(
                    "SELECT image_id, version, palette, similarity, overall FROM image_scores"
                    " WHERE basis = ? AND version = ?",
                    (basis, SCORE_VERSION),
                )
            }
        )

    def basis(self) -> str:
        """A hash of what scores are computed against now (see `Project.score_basis`)."""
        slots, palette = self._inputs()
        return _basis_for(slots, palette)

    def _inputs(self) -> tuple[list[ReferenceSlot], list[str]]:
        """The slots a score compares with (anchor and SCORED_ROLES) and the latest palette."""
        slots = [s for s in self._references.all() if s.is_anchor or s.role in SCORED_ROLES]
        latest = self._specs.get()
        palette = [c.hex for c in latest[1].palette] if latest else []
        return slots, palette

    def score(self, image_ids: Sequence[int] | None = None) -> dict[int, ConsistencyScore]:
        """Fresh consistency scores, computing the missing (see `Project.score_images`)."""
        slots, palette = self._inputs()
        if not slots and not palette:
            return {}
        basis = _basis_for(slots, palette)
        cached = self.cached(basis)
        wanted = self._images.query(basis=basis) if image_ids is None else self._images.by_ids(image_ids)
        todo = [record for record in wanted if record.id not in cached]
        if not todo:
            return {record.id: cached[record.id] for record in wanted}

        from cutie_app.core.imaging.consistency import (  # numpy: only when scoring
            features,
            hex_to_lab,
            score_features,
        )

        anchor: ImageFeatures | None = None
        references: list[ImageFeatures] = []
        for slot in slots:
            prepared = self._reference_features(slot)
            if slot.is_anchor:
                anchor = prepared
            else:
                references.append(prepared)
        palette_lab = hex_to_lab(palette)

        fresh: dict[int, ConsistencyScore] = {}
        for record in todo:
            try:
                image = features(self._images.path(record).read_bytes(), label=record.file)
            except (OSError, ConsistencyError, UnsafePathError) as exc:
                log.warning("no consistency score for %s/%r: %s", IMAGES_DIR, record.file, exc)
                continue
            score = score_features(image, palette=palette_lab, anchor=anchor, references=references)
            if not self._read_only:
                self.save(record.id, score, basis)
            fresh[record.id] = score
        found = {**cached, **fresh}
        return {record.id: found[record.id] for record in wanted if record.id in found}

    def _reference_features(self, slot: ReferenceSlot) -> ImageFeatures:
        from cutie_app.core.imaging.consistency import features

        what = (
            QT_TRANSLATE_NOOP("core.store", "The anchor image")
            if slot.is_anchor
            else QT_TRANSLATE_NOOP("core.store", "Reference image {number}").format(number=slot.position + 1)
        )
        path = f"{REFERENCES_DIR}/{slot.file}"
        try:
            data = self._references.path(slot).read_bytes()
        except OSError as exc:
            raise ProjectError(
                QT_TRANSLATE_NOOP("core.store", "{what} is missing").format(what=what),
                QT_TRANSLATE_NOOP(
                    "core.store", "{path} could not be read, so consistency scores cannot be computed."
                ).format(path=path),
                QT_TRANSLATE_NOOP("core.store", "Remove the slot or put the file back."),
                str(exc),
            ) from exc
        try:
            return features(data, label=path)
        except ConsistencyError as exc:
            raise ProjectError(
                QT_TRANSLATE_NOOP("core.store", "{what} cannot be read").format(what=what),
                QT_TRANSLATE_NOOP(
                    "core.store", "{path} is damaged, so consistency scores cannot be computed."
                ).format(path=path),
                QT_TRANSLATE_NOOP("core.store", "Replace the reference image."),
                str(exc),
            ) from exc


def _basis_for(slots: Sequence[ReferenceSlot], palette: Sequence[str]) -> str:
    anchor = next((s.sha256 for s in slots if s.is_anchor), None)
    return score_basis_of(anchor, [s.sha256 for s in slots if not s.is_anchor], palette)
