"""The gallery's rows: this session's variant tiles on top, then the project's saved images.

A list model over plain values, so 20,000 images cost 20,000 references and nothing more: no
widget item, no decorated pixmap and no decoded picture per image. Thumbnails live in a
`ThumbCache` bounded by bytes and keyed by the image's SHA-256 (the same picture in another
project or under another filter needs no second decode); the view asks for the ones it shows
(see `Gallery`), and `set_thumbs` hands them in. UI thread only.

With stacks (`set_listing`), a collapsed stack is one row, its top image; expanding it inserts
its other members right after the top, collapsing removes them again, so the selection and the
scroll position stay. The grouping itself arrives ready-made from a worker
(`core.services.stacks`): here it is only laid out, stack by stack.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QImage

from cutie_app.core.model.generation import Variant, VariantStatus
from cutie_app.core.model.records import ImageRecord
from cutie_app.core.model.stacks import Stack, StackedListing, StackMode, stack_key
from cutie_app.ui.i18n import show_text
from cutie_app.ui.models.thumbs import ThumbCache

ModelIndex = QModelIndex | QPersistentModelIndex
SessionKey = tuple[object, int]  # (batch key, variant index)

RECORD_ROLE = Qt.ItemDataRole.UserRole  # the saved tile's ImageRecord (None on session tiles)
SESSION_KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # (batch key, variant index) of a session tile
VARIANT_ROLE = Qt.ItemDataRole.UserRole + 2  # the Variant that arrived for a session tile
KIND_ROLE = Qt.ItemDataRole.UserRole + 3  # a TileKind
STATE_ROLE = Qt.ItemDataRole.UserRole + 4  # the saved tile's TileState
THUMB_ROLE = Qt.ItemDataRole.UserRole + 5  # the thumbnail as a QImage (null: not decoded yet)
TITLE_ROLE = Qt.ItemDataRole.UserRole + 6  # the words drawn in a tile that shows no picture
STACK_ROLE = Qt.ItemDataRole.UserRole + 7  # a saved tile's StackTile (None: not in a stack)


class TileKind(enum.Enum):
    SAVED = "saved"  # an image in the project
    GENERATING = "generating"  # a variant still running
    ARRIVED = "arrived"  # delivered, not saved yet
    FAILED = "failed"  # blocked, words only or failed: retry or dismiss
    CANCELLED = "cancelled"  # cancelled by the user: retry or dismiss
    NOT_SAVED = "not_saved"  # delivered (billed) but not saved: the bytes stay, Save as… or Try again
    NOT_RUN = "not_run"  # the batch ended before this variant started
    UNREADABLE = "unreadable"  # a saved image whose thumbnail could not be made


@dataclass(frozen=True)
class TileState:
    """What is drawn over a saved image's thumbnail."""

    flag: str = "none"
    rating: int = 0
    score: float | None = None
    anchor: bool = False  # the image the character's anchor reference came from


class StackPlace(enum.Enum):
    TOP = "top"  # the stack's tile when collapsed, its first tile when expanded
    MEMBER = "member"  # shown only while the stack is expanded
    LAST = "last"  # the last member: where the expanded group ends


@dataclass(frozen=True)
class StackTile:
    """What a saved tile shows of its stack: how many, open or not, and where in the group."""

    key: str
    count: int
    expanded: bool
    place: StackPlace
    chosen: bool  # the top is the one the user chose


@dataclass
class SessionTile:
    """A variant of a batch run in this session, from its request until it is saved."""

    key: SessionKey
    label: str
    variant: Variant | None = None
    thumb: QImage = field(default_factory=QImage)
    not_run: bool = False
    not_saved: str = ""  # why a delivered variant could not be saved ("" while it is not known)


class GalleryModel(QAbstractListModel):
    """Session tiles (rows 0..n-1), then saved images in display order."""

    def __init__(self, cache: ThumbCache | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cache = cache if cache is not None else ThumbCache()
        self._session: list[SessionTile] = []
        self._records: list[ImageRecord] = []
        self._row_of: dict[int, int] | None = None  # image id -> index in _records, built on demand
        self._scores: dict[int, float] = {}
        self._unreadable: set[str] = set()  # SHA-256s whose thumbnail could not be made
        self._order = "time"
        self._anchor: int | None = None
        self._listing: StackedListing | None = None  # None: no stacks
        self._expanded: set[str] = set()  # keys of the stacks shown open
        self._updated: dict[int, ImageRecord] = {}  # images changed since they were listed in stacks
        self._added = 0  # images saved since the listing (shown on their own until the next one)

    # -- Qt model -----------------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self._session) + len(self._records)

    def _valid(self, index: ModelIndex) -> bool:
        # Not checkIndex(): it logs a warning for the invalid indexes views ask about routinely.
        return index.isValid() and index.model() is self and 0 <= index.row() < self.rowCount()

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not self._valid(index):
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        row = index.row()
        if row < len(self._session):
            return self._session_data(self._session[row], role)
        return self._record_data(self._records[row - len(self._session)], role)

    def _record_data(self, record: ImageRecord, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:  # a conversation's turn image is marked
            return self.tr("#%d · chat") % record.id if record.conversation_id else f"#{record.id}"
        if role == RECORD_ROLE:
            return record
        if role in (THUMB_ROLE, Qt.ItemDataRole.DecorationRole):
            image = self.cache.get(record.sha256)
            if role == Qt.ItemDataRole.DecorationRole:
                return image
            return image if image is not None else QImage()
        if role == KIND_ROLE:
            return TileKind.UNREADABLE if record.sha256 in self._unreadable else TileKind.SAVED
        if role == STATE_ROLE:
            return self._state(record)
        if role == STACK_ROLE:
            return self._stack_tile(record.id)
        if role == TITLE_ROLE:
            return self.tr("No preview") if record.sha256 in self._unreadable else self.tr("Loading…")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._record_tooltip(record)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._record_description(record)
        return None

    def _session_data(self, tile: SessionTile, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._session_caption(tile)
        if role == SESSION_KEY_ROLE:
            return tile.key
        if role == VARIANT_ROLE:
            return tile.variant
        if role == KIND_ROLE:
            return self._session_kind(tile)
        if role == THUMB_ROLE:
            return tile.thumb
        if role == TITLE_ROLE:
            return self._session_title(tile)
        if role == Qt.ItemDataRole.DecorationRole:
            return None if tile.thumb.isNull() else tile.thumb
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._session_tooltip(tile)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._session_caption(tile) + " — " + self._session_title(tile)
        return None

    # -- text ---------------------------------------------------------------------------------------

    def status_text(self, status: VariantStatus) -> str:
        return {
            VariantStatus.DELIVERED: "",
            VariantStatus.BLOCKED: self.tr("Blocked"),
            VariantStatus.TEXT_ONLY: self.tr("Words only"),
            VariantStatus.FAILED: self.tr("Failed"),
            VariantStatus.CANCELLED: self.tr("Cancelled"),
        }[status]

    def _session_kind(self, tile: SessionTile) -> TileKind:
        if tile.variant is None:
            return TileKind.NOT_RUN if tile.not_run else TileKind.GENERATING
        if tile.not_saved:
            return TileKind.NOT_SAVED
        if tile.variant.delivered and not tile.thumb.isNull():
            return TileKind.ARRIVED
        return TileKind.CANCELLED if tile.variant.status is VariantStatus.CANCELLED else TileKind.FAILED

    def _session_title(self, tile: SessionTile) -> str:
        """The words drawn inside a tile that has no picture."""
        variant = tile.variant
        if variant is None:
            return self.tr("Not run") if tile.not_run else self.tr("Generating…")
        if tile.not_saved:
            return self.tr("Not saved: %s") % show_text(tile.not_saved)
        if variant.error is not None:
            return show_text(variant.error.title)
        return self.status_text(variant.status) or self.tr("No picture")

    def _session_caption(self, tile: SessionTile) -> str:
        prefix = f"{tile.label} #{tile.key[1] + 1}".strip()
        variant = tile.variant
        if variant is None:
            return prefix + (" · " + self.tr("not run") if tile.not_run else "")
        if tile.not_saved:
            return f"{prefix} · " + self.tr("Not saved")
        if variant.delivered and not tile.thumb.isNull():
            cost = variant.recipe.cost_usd
            return prefix + (f" · ${cost:.3f}" if cost is not None else "")
        status = self.status_text(variant.status) or self.tr("No picture")
        return f"{prefix} · {status}"

    def _session_tooltip(self, tile: SessionTile) -> str:
        variant = tile.variant
        if variant is None:
            return self.tr("Not run") if tile.not_run else self.tr("Right-click to cancel this variant")
        if tile.not_saved:
            return (
                self.tr("Not saved: %s") % show_text(tile.not_saved)
                + "\n"
                + self.tr("Right-click → Save as… or Try again; the image is kept until you do.")
            )
        if variant.delivered and not tile.thumb.isNull():
            return variant.recipe.prompt_text[:400]
        reason = show_text(variant.error) if variant.error else self.status_text(variant.status)
        return reason + "\n" + self.tr("Right-click → Retry, or double-click")

    def _record_tooltip(self, record: ImageRecord) -> str:
        recipe = record.recipe_dict  # parsed only when someone hovers
        lines = [self.tr("Image #%d · %s") % (record.id, record.model)]
        if record.id == self._anchor:
            lines.append(self.tr("The character's anchor reference"))
        stack = self._stack_tile(record.id)
        if stack is not None:
            lines.append(self._stack_words(stack))
        if recipe.get("scene"):
            lines.append(self.tr("Scene: %s") % recipe["scene"])
        if record.conversation_id:
            lines.append(self.tr("Conversation %s, turn %s") % (record.conversation_id, record.turn_id))
        if record.width and record.height:
            lines.append(f"{record.width} × {record.height}")
        if record.sha256 in self._unreadable:
            lines.append(self.tr("No preview: the image file is missing or cannot be read."))
        return "\n".join(lines)

    def _record_description(self, record: ImageRecord) -> str:
        parts = [self.tr("Image #%d") % record.id]
        if record.id == self._anchor:
            parts.append(self.tr("the anchor"))
        stack = self._stack_tile(record.id)
        if stack is not None and stack.place is StackPlace.TOP:
            parts.append(
                self.tr("top of a stack of %d images, open") % stack.count
                if stack.expanded
                else self.tr("top of a stack of %d images, closed") % stack.count
            )
        elif stack is not None:
            parts.append(self.tr("in a stack of %d images") % stack.count)
        if record.flag == "pick":
            parts.append(self.tr("picked"))
        elif record.flag == "reject":
            parts.append(self.tr("rejected"))
        if record.rating:
            parts.append(self.tr("%d stars") % record.rating)
        score = self._scores.get(record.id)
        if score is not None:
            parts.append(self.tr("%d%% consistent") % round(score * 100))
        return ", ".join(parts)

    def _stack_words(self, stack: StackTile) -> str:
        if stack.key.startswith("scene:"):
            text = self.tr("A stack of %d images of one scene") % stack.count
        else:
            text = self.tr("A stack of %d images from one batch") % stack.count
        if stack.place is StackPlace.TOP:
            chosen = self.tr("chosen as its top") if stack.chosen else self.tr("the best image is on top")
            text += " · " + chosen
            text += "\n" + (
                self.tr("S or a click on the number closes it")
                if stack.expanded
                else self.tr("S or a click on the number shows them all")
            )
        return text

    def _state(self, record: ImageRecord) -> TileState:
        return TileState(record.flag, record.rating, self._scores.get(record.id), record.id == self._anchor)

    def set_anchor(self, image_id: int | None) -> None:
        """Mark the image the anchor reference came from (None: the anchor is no gallery image)."""
        if image_id == self._anchor:
            return
        previous, self._anchor = self._anchor, image_id
        for changed in (previous, image_id):
            row = self.row_of(changed) if changed is not None else -1
            if row >= 0:
                index = self.index(row)
                self.dataChanged.emit(index, index, [STATE_ROLE, Qt.ItemDataRole.AccessibleTextRole])

    @property
    def anchor(self) -> int | None:
        return self._anchor

    # -- saved images -------------------------------------------------------------------------------

    @property
    def session_count(self) -> int:
        return len(self._session)

    def set_order(self, order: str) -> None:
        """ "time" and "rating" keep the store's order; "consistency" sorts by score here."""
        self._order = order

    def set_records(self, records: Sequence[ImageRecord]) -> None:
        """Replace the saved images (session tiles stay). A reset: the cheapest way for a view
        to take 20,000 new rows (removing and inserting them row ranges costs more)."""
        self.beginResetModel()
        self._listing = None
        self._updated.clear()
        self._added = 0
        self._records = self._sorted(records)
        self._row_of = None
        self.endResetModel()

    # -- stacks -------------------------------------------------------------------------------------

    def set_listing(self, listing: StackedListing) -> None:
        """Replace the saved images with a grouped listing (one reset, like `set_records`).

        The listing comes in its final order: "Most consistent" was sorted where it was grouped.
        Stacks shown open stay open.
        """
        if listing.mode is StackMode.OFF:
            self.set_records([e for e in listing.entries if isinstance(e, ImageRecord)])
            return
        self.beginResetModel()
        self._listing = listing
        self._updated.clear()
        self._added = 0
        self._records = self._flatten()
        self._row_of = None
        self.endResetModel()

    def _flatten(self) -> list[ImageRecord]:
        """The rows of the listing: each stack's top, then its members when it is open."""
        listing = self._listing
        if listing is None:
            return list(self._records)
        rows: list[ImageRecord] = []
        expanded = self._expanded
        updated = self._updated
        for entry in listing.entries:
            if isinstance(entry, ImageRecord):
                rows.append(updated.get(entry.id, entry))
            elif entry.key in expanded:
                rows.extend(updated.get(r.id, r) for r in entry.members)
            else:
                rows.append(updated.get(entry.top.id, entry.top))
        return rows

    @property
    def stacked(self) -> bool:
        """Images are grouped into stacks (Stack by batch or scene)."""
        return self._listing is not None

    @property
    def listed_count(self) -> int:
        """Every saved image listed, the members of closed stacks included."""
        if self._listing is None:
            return len(self._records)
        return self._listing.images + self._added

    def listed_records(self) -> list[ImageRecord] | None:
        """Every image of the last listing in its order (closed stacks' members included, with
        their latest flags and stars): what a new Stack by groups again. None when images were
        added since, which only a new listing puts in their place."""
        if self._added:
            return None
        if self._listing is None:
            return list(self._records)
        return [self._updated.get(r.id, r) for r in self._listing.records]

    @property
    def stack_count(self) -> int:
        return self._listing.stacks if self._listing is not None else 0

    def stack_of(self, image_id: int) -> Stack | None:
        """The stack an image is listed in (shown or not), or None."""
        return self._listing.stack_of.get(image_id) if self._listing is not None else None

    def stack_at(self, row: int) -> Stack | None:
        record = self.record_at(row)
        return self.stack_of(record.id) if record is not None else None

    def is_expanded(self, key: str) -> bool:
        return key in self._expanded

    def _stack_tile(self, image_id: int) -> StackTile | None:
        stack = self.stack_of(image_id)
        if stack is None:
            return None
        if image_id == stack.top.id:
            place = StackPlace.TOP
        else:
            place = StackPlace.LAST if image_id == stack.last.id else StackPlace.MEMBER
        return StackTile(stack.key, stack.count, stack.key in self._expanded, place, stack.chosen)

    def expand(self, key: str) -> bool:
        """Show a closed stack's other members right after its top; False when it is not shown."""
        stack, row = self._shown_stack(key)
        if stack is None or key in self._expanded:
            return False
        members = [self._updated.get(r.id, r) for r in stack.members[1:]]
        self._expanded.add(key)
        position = row - len(self._session)
        self.beginInsertRows(QModelIndex(), row + 1, row + len(members))
        self._records[position + 1 : position + 1] = members
        self._row_of = None
        self.endInsertRows()
        self._stack_changed(row)
        return True

    def collapse(self, key: str) -> bool:
        """Hide an open stack's members again (its top stays); False when it is not shown open."""
        stack, row = self._shown_stack(key)
        if stack is None or key not in self._expanded:
            return False
        self._expanded.discard(key)
        position = row - len(self._session)
        ids = {r.id for r in stack.members[1:]}
        end = position + 1
        while end < len(self._records) and self._records[end].id in ids:
            end += 1
        if end > position + 1:
            self.beginRemoveRows(QModelIndex(), row + 1, row + end - position - 1)
            del self._records[position + 1 : end]
            self._row_of = None
            self.endRemoveRows()
        self._stack_changed(row)
        return True

    def toggle(self, key: str) -> bool:
        """Open a closed stack or close an open one; True when it is open now."""
        if key in self._expanded:
            self.collapse(key)
            return False
        return self.expand(key)

    def set_all_expanded(self, expanded: bool) -> None:
        """Open (or close) every stack at once: one reset rather than thousands of inserts."""
        if self._listing is None:
            return
        keys = set(self._listing.by_key)
        wanted = self._expanded | keys if expanded else self._expanded - keys
        if wanted == self._expanded:
            return
        self.beginResetModel()
        self._expanded = wanted
        self._records = self._flatten()
        self._row_of = None
        self.endResetModel()

    def forget_open_stacks(self) -> None:
        """Another project: no stack of it was opened yet (the next listing shows them closed)."""
        self._expanded.clear()

    def _shown_stack(self, key: str) -> tuple[Stack | None, int]:
        """The stack with this key and the row of its top, when the top is shown."""
        stack = self._listing.by_key.get(key) if self._listing is not None else None
        row = self.row_of(stack.top.id) if stack is not None else -1
        return (stack, row) if row >= 0 else (None, -1)

    def _stack_changed(self, row: int) -> None:
        index = self.index(row)
        self.dataChanged.emit(
            index,
            index,
            [STACK_ROLE, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole],
        )

    def _sorted(self, records: Sequence[ImageRecord]) -> list[ImageRecord]:
        if self._order != "consistency":
            return list(records)
        scores = self._scores
        return sorted(records, key=lambda r: -scores.get(r.id, -1.0))  # stable: newest first on ties

    def insert_records(self, records: Iterable[ImageRecord], thumb: QImage | None = None) -> None:
        """Newly saved images, shown first among the saved ones whatever the filter.

        With stacks they show on their own until the next listing groups them; a stack they
        start then opens expanded, so nothing the user just watched arrive disappears.
        """
        new = [r for r in records if self.row_of(r.id) < 0 and self.stack_of(r.id) is None]
        if thumb is not None and not thumb.isNull():
            for record in new:
                self.cache.put(record.sha256, _for_painting(thumb))
        if not new:
            return
        listing = self._listing
        self._added += len(new)
        if listing is not None:
            for record in new:
                key = stack_key(record, listing.mode)
                if key is not None and key not in listing.by_key:
                    self._expanded.add(key)
        first = len(self._session)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        self._records[0:0] = new
        self._row_of = None
        self.endInsertRows()

    def update_record(self, record: ImageRecord) -> bool:
        """Show a changed flag or rating; False when the image is not shown (a member of a
        closed stack shows the change once the stack opens)."""
        if self._listing is not None:  # the rows are laid out again from the listing
            self._updated[record.id] = record
        position = self._position(record.id)
        if position < 0:
            return False
        self._records[position] = record
        index = self.index(len(self._session) + position)
        self.dataChanged.emit(index, index)
        return True

    def set_scores(self, scores: Mapping[int, float]) -> None:
        self._scores.update(scores)
        if self._records and scores:
            first = len(self._session)
            self.dataChanged.emit(
                self.index(first),
                self.index(first + len(self._records) - 1),
                [STATE_ROLE, Qt.ItemDataRole.AccessibleTextRole],
            )

    def records(self) -> list[ImageRecord]:
        return list(self._records)

    def record_at(self, row: int) -> ImageRecord | None:
        position = row - len(self._session)
        return self._records[position] if 0 <= position < len(self._records) else None

    def _position(self, image_id: int) -> int:
        if self._row_of is None:
            self._row_of = {r.id: i for i, r in enumerate(self._records)}
        return self._row_of.get(image_id, -1)

    def row_of(self, image_id: int) -> int:
        """The row of a saved image, or -1 when it is not listed."""
        position = self._position(image_id)
        return -1 if position < 0 else len(self._session) + position

    def tile_state(self, image_id: int) -> TileState | None:
        position = self._position(image_id)
        return None if position < 0 else self._state(self._records[position])

    # -- thumbnails ---------------------------------------------------------------------------------

    def thumb(self, image_id: int) -> QImage:
        """The thumbnail of a listed image; null when it is not decoded (or not listed)."""
        position = self._position(image_id)
        if position < 0:
            return QImage()
        image = self.cache.get(self._records[position].sha256)
        return image if image is not None else QImage()

    def has_thumb(self, record: ImageRecord) -> bool:
        """Decoded, or known to be unreadable: either way, nothing more to ask for."""
        return record.sha256 in self.cache or record.sha256 in self._unreadable

    def set_thumbs(self, thumbs: Mapping[int, QImage], shas: Mapping[int, str] | None = None) -> None:
        """Decoded thumbnails by image id (a null image: the thumbnail could not be made).

        `shas` names the picture each id was asked for, so a thumbnail that arrives after the
        list changed still lands under the right picture; otherwise the listed record decides.
        """
        changed: list[int] = []
        for image_id, image in thumbs.items():
            position = self._position(image_id)
            sha = (shas or {}).get(image_id) or (self._records[position].sha256 if position >= 0 else None)
            if sha is None:
                continue
            if image.isNull():
                self._unreadable.add(sha)
            else:
                self._unreadable.discard(sha)
                self.cache.put(sha, _for_painting(image))
            if position >= 0:
                changed.append(len(self._session) + position)
        for row in changed:
            index = self.index(row)
            self.dataChanged.emit(index, index, [THUMB_ROLE, Qt.ItemDataRole.DecorationRole, KIND_ROLE])

    # -- this session's tiles -----------------------------------------------------------------------

    def session_row(self, key: SessionKey) -> int:
        return next((row for row, tile in enumerate(self._session) if tile.key == key), -1)

    def session_tiles(self) -> list[SessionTile]:
        return list(self._session)

    def add_pending(self, batch_key: object, count: int, label: str) -> None:
        """One tile per variant, after the session tiles already shown."""
        if count <= 0:
            return
        first = len(self._session)
        self.beginInsertRows(QModelIndex(), first, first + count - 1)
        self._session.extend(SessionTile((batch_key, index), label) for index in range(count))
        self._row_of = None
        self.endInsertRows()

    def show_variant(self, batch_key: object, variant: Variant, thumb: QImage) -> int:
        """A variant arrived (delivered or not); returns its tile's row."""
        key = (batch_key, variant.index)
        row = self.session_row(key)
        if row < 0:
            row = len(self._session)
            self.beginInsertRows(QModelIndex(), row, row)
            self._session.append(SessionTile(key, ""))
            self.endInsertRows()
        tile = self._session[row]
        tile.variant = variant
        tile.thumb = _for_painting(thumb) if variant.delivered and not thumb.isNull() else QImage()
        index = self.index(row)
        self.dataChanged.emit(index, index)
        return row

    def mark_not_saved(self, key: SessionKey, reason: str) -> bool:
        """A delivered variant could not be saved: its tile keeps the image and says why."""
        row = self.session_row(key)
        if row < 0:
            return False
        self._session[row].not_saved = reason or self.tr("the reason is unknown")
        index = self.index(row)
        self.dataChanged.emit(index, index)
        return True

    def saved_again(self, key: SessionKey) -> None:
        """A Try again is on its way: the tile no longer says it was not saved."""
        row = self.session_row(key)
        if row >= 0:
            self._session[row].not_saved = ""
            index = self.index(row)
            self.dataChanged.emit(index, index)

    def take_session_tile(self, key: SessionKey) -> SessionTile | None:
        row = self.session_row(key)
        if row < 0:
            return None
        self.beginRemoveRows(QModelIndex(), row, row)
        tile = self._session.pop(row)
        self.endRemoveRows()
        return tile

    def mark_not_run(self, batch_key: object) -> None:
        """The batch ended: its tiles that never got a variant say so."""
        for row, tile in enumerate(self._session):
            if tile.key[0] == batch_key and tile.variant is None and not tile.not_run:
                tile.not_run = True
                index = self.index(row)
                self.dataChanged.emit(index, index)


def _for_painting(image: QImage) -> QImage:
    """The pixel format the raster engine blits without converting on every paint."""
    if image.format() == QImage.Format.Format_ARGB32_Premultiplied:
        return image
    return image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
