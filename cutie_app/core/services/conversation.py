"""Conversations in a project: fix one image by talking to the model, branch, go back.

The window's conversation pane and `cutie chat --project` share this service. A conversation
is a tree of turns (`model.conversation`); nothing in it is ever overwritten: a new message,
an edited earlier message, a retry and each of N parallel tries all add exchanges.

The character stays in: the first request carries the composed character sheet and the
reference images with their roles (the same composer and reference rules as Generate), plus
the starting image when the conversation edits one. Later requests carry the edit text after
the branch's history, which the SDK serialised and the project stored byte for byte, thought
signatures included. A model turn whose stored content changed since it arrived is refused
before sending (its signatures would be rejected). Blocked turns stay in the tree with their
reason and are never sent back.

Every delivered image is saved as a project image through `ProjectService.save_variant` (so a
billed image is rescued if it cannot be saved), with a recipe naming the conversation, the turn
path, the spec version and the reference hashes, and is scored against the anchor and the
conversation's first image so a drifting edit can be pointed out.

Blocking and thread-safe: call it from workers. Requests run in parallel on the engine.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import dataclasses
import logging
import secrets
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cutie_app.core.genai.backend import ContentDict, user_content
from cutie_app.core.i18n import QT_TRANSLATE_NOOP, Message
from cutie_app.core.imaging.reference_import import privacy_of
from cutie_app.core.model.conversation import Conversation, ConversationError, Turn
from cutie_app.core.model.errors import CutieError, ErrorKind, InvalidRequestError, UserMessage
from cutie_app.core.model.generation import (
    GenerationRequest,
    Recipe,
    ReferenceRecord,
    Variant,
    VariantStatus,
    reference_records,
    utc_now,
)
from cutie_app.core.model.prompt import PromptParts, compose
from cutie_app.core.model.references import DEFAULT_KIND, ReferenceImage, ReferenceRole
from cutie_app.core.model.turn_limits import TurnBudget, measure
from cutie_app.core.model.validation import MAX_VARIANTS
from cutie_app.core.services.character import Character
from cutie_app.core.services.engines import error_message, new_cancel_token

if TYPE_CHECKING:
    from cutie_app.core.genai.engine import TurnReply
    from cutie_app.core.imaging.consistency import ImageFeatures
    from cutie_app.core.services.engines import CancelToken, ImageEngine
    from cutie_app.core.services.previews import PreviewFile
    from cutie_app.core.services.projects import ProjectService

log = logging.getLogger("cutie.services")

__all__ = [
    "DRIFT_DROP",
    "ConversationLimitError",
    "ConversationService",
    "ConversationSummary",
    "DriftReport",
    "SendResult",
    "TurnCancel",
    "TurnOutcome",
]

#: An edit whose consistency score falls this much below its parent's is pointed out.
DRIFT_DROP = 0.08
#: The label the starting image carries in the first request (and its recipe).
START_LABEL = "picture to edit"


class ConversationLimitError(CutieError):
    """The next turn would exceed the model's input-image limit or the request-size limit.

    `restart_from` is the model turn (or None: the starting image) whose image a fresh
    conversation can start from instead; `budget` is the measured request.
    """

    def __init__(self, message: UserMessage, budget: TurnBudget, restart_from: str | None) -> None:
        super().__init__(message)
        self.budget = budget
        self.restart_from = restart_from


@dataclass(frozen=True)
class ConversationSummary:
    """One row of the conversations list."""

    id: str
    title: str
    name: str
    model: str
    created_at: str
    updated_at: str
    exchanges: int
    spend_usd: float


@dataclass(frozen=True)
class DriftReport:
    """How far a turn's image is from the character and from the conversation's first image.

    `score` is the consistency score against the anchor and the palette (None when the project
    has neither); `palette` and `similarity` are its parts; `first` the similarity to the first
    image. `warning` is a plain sentence when this edit fell noticeably below its parent.
    """

    score: float | None
    palette: float | None
    similarity: float | None
    first: float | None
    parent_score: float | None = None
    warning: str = ""

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["warning"] = str(self.warning)
        if isinstance(self.warning, Message):  # so that it reads in the window's language later
            data["warning_text"] = self.warning.to_dict()
        return data

    @classmethod
    def from_dict(cls, data: Any) -> DriftReport | None:
        if not isinstance(data, dict):
            return None
        names = {f.name for f in dataclasses.fields(cls)}
        values = {k: v for k, v in data.items() if k in names}
        saved = data.get("warning_text")
        if isinstance(saved, dict):
            with contextlib.suppress(ValueError):
                values["warning"] = Message.from_dict(saved)
        return cls(**values)


@dataclass(frozen=True)
class TurnOutcome:
    """One exchange as it ended. `model_turn` is None for a cancelled try (nothing recorded).

    `lost` says why a delivered (billed) image is not in the project ("" when it is).
    """

    user_turn: Turn | None
    model_turn: Turn | None
    variant: Variant
    lost: str = ""
    rescued: tuple[str, ...] = ()

    @property
    def drift(self) -> DriftReport | None:
        return DriftReport.from_dict(self.model_turn.drift) if self.model_turn else None


@dataclass(frozen=True)
class SendResult:
    """Every try of one send, in the order they finished, and the conversation afterwards."""

    conversation: Conversation
    outcomes: tuple[TurnOutcome, ...]
    notices: tuple[UserMessage, ...] = ()

    @property
    def delivered(self) -> tuple[TurnOutcome, ...]:
        return tuple(o for o in self.outcomes if o.variant.delivered and not o.lost)


class TurnCancel:
    """Cancel the turn (or all N tries) in flight, from any thread, before or during the call."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._tokens: list[CancelToken] = []
        self._cancelled = False

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True
            tokens = list(self._tokens)
        for token in tokens:
            token.cancel()

    @property
    def cancelled(self) -> bool:
        with self._lock:
            return self._cancelled

    def token(self) -> CancelToken:
        """A token for one more try (one token per try: a token follows one task)."""
        token = new_cancel_token()
        with self._lock:
            self._tokens.append(token)
            if self._cancelled:
                token.cancel()
        return token


@dataclass(frozen=True)
class _Plan:
    request: GenerationRequest
    history: list[ContentDict]
    parent: str | None
    path_ids: tuple[str, ...]
    first: bool
    keep_reminder: bool


class _Scorer:
    """Scores turn images against the anchor + palette and against the first image (decodes once)."""

    def __init__(
        self, anchor: bytes | None, palette: Sequence[str], first: bytes | None, *, started_from: bool
    ) -> None:
        from cutie_app.core.imaging.consistency import features, hex_to_lab

        self._anchor = _features_or_none(anchor, "the anchor")
        self._palette = hex_to_lab(palette) if palette else None
        self._first = _features_or_none(first, "the first image")
        self._features = features
        self._start = first if started_from else None
        self._baseline: DriftReport | None = None

    def baseline(self) -> DriftReport | None:
        """The score of the picture the conversation started from (what its first edit changed)."""
        if self._start is not None and self._baseline is None:
            self._baseline = self.score(self._start)
        return self._baseline

    def score(self, image: bytes) -> DriftReport | None:
        from cutie_app.core.imaging.consistency import ConsistencyError, score_features, similarity

        try:
            found = self._features(image)
        except ConsistencyError as exc:
            log.info("no drift score for a turn image: %s", exc)
            return None
        score = palette = similar = None
        if self._anchor is not None or self._palette is not None:
            value = score_features(
                found,
                palette=self._palette if self._palette is not None else (),
                anchor=self._anchor,
                references=(),
            )
            score, palette, similar = value.overall, value.palette, value.similarity
        first = similarity(found, self._first) if self._first is not None else None
        return DriftReport(score, palette, similar, first)


def _features_or_none(data: bytes | None, label: str) -> ImageFeatures | None:
    if data is None:
        return None
    from cutie_app.core.imaging.consistency import ConsistencyError, features

    try:
        return features(data, label=label)
    except ConsistencyError as exc:
        log.info("%s cannot be scored against: %s", label, exc)
        return None


def drift_warning(report: DriftReport, parent: DriftReport | None) -> DriftReport:
    """`report` with its parent's score and, when it dropped by `DRIFT_DROP` or more, a warning."""
    if parent is None:
        return report
    if report.score is not None and parent.score is not None:
        drop = parent.score - report.score
        if drop < DRIFT_DROP:
            return dataclasses.replace(report, parent_score=parent.score)
        palette_drop = (parent.palette or 0.0) - (report.palette or 0.0)
        shape_drop = (parent.similarity or 0.0) - (report.similarity or 0.0)
        why = (
            QT_TRANSLATE_NOOP("core.conversation", "palette further from the spec")
            if report.palette is not None and palette_drop >= shape_drop
            else QT_TRANSLATE_NOOP("core.conversation", "shapes and colours further from the anchor")
        )
        text = QT_TRANSLATE_NOOP(
            "core.conversation",
            "This edit drifted from the character: {why} (consistency {before} % → {after} %).",
        ).format(why=why, before=round(parent.score * 100), after=round(report.score * 100))
        return dataclasses.replace(report, parent_score=parent.score, warning=text)
    if report.first is not None and parent.first is not None and parent.first - report.first >= DRIFT_DROP:
        text = QT_TRANSLATE_NOOP(
            "core.conversation",
            "This edit drifted from where the conversation started: it looks less like the first "
            "image ({before} % → {after} % similar).",
        ).format(before=round(parent.first * 100), after=round(report.first * 100))
        return dataclasses.replace(report, warning=text)
    return report


class ConversationService:
    """The conversations of one open project. Every method may be called from any thread.

    `engine` is called (once, when a request or the catalogue is first needed) to get the
    engine; the window passes its bridge's lazily built engine, the CLI an open one.
    """

    def __init__(self, project: ProjectService, engine: Callable[[], ImageEngine]) -> None:
        self._project = project
        self._engine_source = engine
        self._lock = threading.RLock()
        self._cache: dict[str, Conversation] = {}

    @property
    def engine(self) -> ImageEngine:
        return self._engine_source()

    # -- the list ---------------------------------------------------------------------------------

    def summaries(self) -> list[ConversationSummary]:
        """Every conversation of the project, newest activity first."""
        out = []
        for conv_id, _model, _created in self._project.conversations():
            try:
                conv = self._load(conv_id)
            except CutieError as exc:
                log.warning("conversation %s cannot be read: %s", conv_id, exc)
                continue
            out.append(
                ConversationSummary(
                    conv.id,
                    conv.title,
                    conv.name,
                    conv.model,
                    conv.created_at,
                    conv.updated_at,
                    conv.exchanges,
                    conv.spend_usd,
                )
            )
        return sorted(out, key=lambda s: s.updated_at, reverse=True)

    def get(self, conv_id: str) -> Conversation:
        """A snapshot of one conversation (safe to read while it grows)."""
        with self._lock:
            return self._load(conv_id).copy()

    def find(self, prefix: str) -> Conversation:
        """The conversation whose id starts with `prefix` (as typed on a command line)."""
        ids = [cid for cid, _, _ in self._project.conversations()]
        matches = [cid for cid in ids if cid.startswith(prefix)]
        if len(matches) != 1:
            raise ConversationError(
                QT_TRANSLATE_NOOP(
                    "core.conversation", "No single conversation {prefix!r} in this project (it has: {ids})."
                ).format(prefix=prefix, ids=", ".join(ids) or QT_TRANSLATE_NOOP("core.conversation", "none"))
            )
        return self.get(matches[0])

    def latest(self) -> Conversation | None:
        ids = [cid for cid, _, _ in self._project.conversations()]
        return self.get(ids[-1]) if ids else None

    def rename(self, conv_id: str, name: str) -> Conversation:
        with self._lock:
            conv = self._load(conv_id)
            conv.name = " ".join(name.split())[:120]
            self._project.save_conversation(conv)
            return conv.copy()

    def delete(self, conv_id: str) -> None:
        """Forget a conversation; its images stay in the project (they were paid for)."""
        with self._lock:
            self._project.delete_conversation(conv_id)
            self._cache.pop(conv_id, None)

    def image_bytes(self, image_id: int) -> tuple[bytes, str]:
        """A turn image's bytes and MIME type (for thumbnails and before/after views)."""
        return self._project.image_bytes(image_id)

    def image_path(self, image_id: int) -> Path:
        return self._project.image_path(self._project.image(image_id))

    def image_preview(self, image_id: int) -> PreviewFile | None:
        """Where a turn image's screen-size preview is kept (the before/after view reads it)."""
        return self._project.preview_file(self._project.image(image_id).sha256)

    def path(self, conv_id: str, turn_id: str | None) -> list[Turn]:
        """The turns from the root to `turn_id`, oldest first."""
        return self.get(conv_id).path(turn_id)

    # -- starting ---------------------------------------------------------------------------------

    def start(
        self,
        *,
        image_id: int | None = None,
        with_character: bool = True,
        model: str | None = None,
        name: str = "",
        aspect_ratio: str | None = None,
        image_size: str | None = None,
        from_anchor: bool = False,
    ) -> Conversation:
        """A new, empty conversation (saved): from the character, editing project image
        `image_id`, or editing the anchor (`from_anchor`).

        The first message decides what is drawn; the character sheet and references are read
        then, so slot changes made before it are included.
        """
        if image_id is not None:
            self._project.image(image_id)  # raises ProjectError when there is no such image
        if from_anchor and self._project.anchor() is None:
            raise ConversationError(
                QT_TRANSLATE_NOOP("core.conversation", "This project has no anchor yet; set one first.")
            )
        chosen = model or self.engine.catalog.default_model
        conv = Conversation(model=chosen, name=" ".join(name.split())[:120])
        conv.origin = {
            "image_id": image_id,
            "anchor": from_anchor and image_id is None,
            "character": with_character,
            "aspect_ratio": aspect_ratio,
            "image_size": image_size,
        }
        with self._lock:
            self._project.save_conversation(conv)
            self._cache[conv.id] = conv
            return conv.copy()

    def restart_from(self, conv_id: str, turn_id: str | None) -> Conversation:
        """A fresh conversation starting from a turn's image (or this one's starting image)."""
        conv = self.get(conv_id)
        if turn_id is None:
            image_id = conv.origin.get("image_id")
        else:
            turn = conv.get(turn_id)
            if turn.role == "user":
                turn = next((c for c in conv.children(turn.id)), turn)
            image_id = turn.image_ids[0] if turn.image_ids else None
        if image_id is None:
            raise ConversationError(
                QT_TRANSLATE_NOOP(
                    "core.conversation",
                    "That turn has no saved image to restart from; pick a turn with a picture.",
                )
            )
        return self.start(
            image_id=int(image_id),
            with_character=bool(conv.origin.get("character", True)),
            model=conv.model,
            name=f"{conv.title} (restart)",
            aspect_ratio=conv.origin.get("aspect_ratio"),
            image_size=conv.origin.get("image_size"),
        )

    # -- sending ----------------------------------------------------------------------------------

    def budget(self, conv_id: str, parent_id: str | None, message: str = "") -> TurnBudget:
        """How big the next request from `parent_id` would be, against the model's limits."""
        conv = self.get(conv_id)
        plan = self._plan(conv, parent_id, message or "x", keep_reminder=True)
        info = self.engine.catalog.find(conv.model)
        limit = info.max_input_images if info is not None else 14
        return measure(plan.history, plan.request.prompt.text, plan.request.references, limit)

    def send(
        self,
        conv_id: str,
        message: str,
        *,
        parent_id: str | None = None,
        tries: int = 1,
        keep_reminder: bool = True,
        cancel: TurnCancel | None = None,
        on_turn: Callable[[TurnOutcome], None] | None = None,
    ) -> SendResult:
        """Send `message` after `parent_id` (default: the head), `tries` times in parallel.

        Each try is its own request and, when answered, its own branch. `on_turn` is called
        (on this thread) as each try is recorded. Raises InvalidRequestError (nothing sent)
        for a refused request, ConversationLimitError when the history has grown too large.
        """
        if not message.strip():
            raise InvalidRequestError(
                UserMessage(
                    ErrorKind.INVALID_REQUEST,
                    QT_TRANSLATE_NOOP("core.conversation", "Nothing to send"),
                    QT_TRANSLATE_NOOP("core.conversation", "Type what to change first."),
                )
            )
        if not 1 <= tries <= MAX_VARIANTS:
            raise InvalidRequestError(
                UserMessage(
                    ErrorKind.INVALID_REQUEST,
                    QT_TRANSLATE_NOOP("core.conversation", "Too many or too few tries"),
                    QT_TRANSLATE_NOOP(
                        "core.conversation", "Send between 1 and {limit} tries at once, not {tries}."
                    ).format(limit=MAX_VARIANTS, tries=tries),
                    QT_TRANSLATE_NOOP("core.conversation", "Each try is one request, billed on its own."),
                )
            )
        conv = self.get(conv_id)
        if parent_id is None and conv.head is not None:
            parent_id = conv.head
        plan = self._plan(conv, parent_id, message, keep_reminder=keep_reminder)
        self._check_limits(conv, plan)
        engine = self.engine
        cancel = cancel or TurnCancel()
        futures: dict[concurrent.futures.Future[TurnReply], int] = {}
        for index in range(tries):
            future = engine.submit_turn(
                plan.request, plan.history, conversation_path=plan.path_ids, token=cancel.token()
            )
            futures[future] = index
        scorer = self._scorer(conv, plan)
        outcomes: list[TurnOutcome] = []
        notices: list[UserMessage] = []
        for future in concurrent.futures.as_completed(futures):
            try:
                reply = future.result()
            except Exception as exc:  # the engine settles errors into variants; this is a bug
                log.error("a conversation turn failed unexpectedly", exc_info=exc)
                reply = _failed_reply(plan, error_message(exc))  # the other tries still count
            for notice in reply.notices:
                if notice not in notices:
                    notices.append(notice)
            outcome = self._record(conv_id, plan, message, reply, scorer)
            outcomes.append(outcome)
            if on_turn is not None:
                on_turn(outcome)
        return SendResult(self.get(conv_id), tuple(outcomes), tuple(notices))

    def edit_message(
        self,
        conv_id: str,
        user_turn_id: str,
        message: str,
        *,
        keep_reminder: bool = True,
        cancel: TurnCancel | None = None,
    ) -> SendResult:
        """Send a changed version of an earlier message as a new branch beside it."""
        turn = self.get(conv_id).get(user_turn_id)
        if turn.role != "user":
            raise ConversationError(
                QT_TRANSLATE_NOOP("core.conversation", "Only your own messages can be edited.")
            )
        return self.send(
            conv_id,
            message,
            parent_id=turn.parent_id if turn.parent_id is not None else _ROOT,
            keep_reminder=keep_reminder,
            cancel=cancel,
        )

    def retry(self, conv_id: str, model_turn_id: str, *, cancel: TurnCancel | None = None) -> SendResult:
        """Send a failed turn's message again from the same place.

        A failed call that never reached the service (no response id, nothing billed) is
        replaced by the retry; one that was answered stays in the tree beside it.
        """
        conv = self.get(conv_id)
        failed = conv.get(model_turn_id)
        if failed.role != "model" or failed.parent_id is None:
            raise ConversationError(QT_TRANSLATE_NOOP("core.conversation", "Pick a model turn to retry."))
        user = conv.turns[failed.parent_id]
        keep = bool((failed.recipe or {}).get("keep_reminder", True))
        result = self.send(
            conv_id,
            user.text,
            parent_id=user.parent_id if user.parent_id is not None else _ROOT,
            keep_reminder=keep,
            cancel=cancel,
        )
        billed = bool((failed.recipe or {}).get("response_id"))
        if failed.status == VariantStatus.FAILED.value and not billed and result.delivered:
            with self._lock:
                current = self._load(conv_id)
                if failed.id in current.turns and not current.children(failed.id):
                    current.remove_exchange(failed.id)
                    self._project.save_conversation(current)
            result = dataclasses.replace(result, conversation=self.get(conv_id))
        return result

    # -- internals --------------------------------------------------------------------------------

    def _load(self, conv_id: str) -> Conversation:
        with self._lock:
            conv = self._cache.get(conv_id)
            if conv is None:
                conv = self._project.load_conversation(conv_id)
                self._cache[conv_id] = conv
            return conv

    def _character(self, conv: Conversation) -> Character:
        if not conv.origin.get("character", False):
            return Character(None, None, ())
        return self._project.character()

    def _anchor_bytes(self) -> tuple[bytes, str] | None:
        view = self._project.anchor()
        if view is None:
            return None
        slot = next((s for s in self._project.references() if s.id == view.slot_id), None)
        return view.path.read_bytes(), slot.mime_type if slot is not None else "image/png"

    def _start_image(self, conv: Conversation) -> ReferenceImage | None:
        image_id = conv.origin.get("image_id")
        if image_id is None:
            found = self._anchor_bytes() if conv.origin.get("anchor") else None
            if found is None:
                return None
            data, mime = found
        else:
            data, mime = self._project.image_bytes(int(image_id))
        role = ReferenceRole.IDENTITY
        return ReferenceImage(data, mime, role, DEFAULT_KIND[role], START_LABEL, privacy_of(data))

    def _plan(self, conv: Conversation, parent_id: str | None, message: str, *, keep_reminder: bool) -> _Plan:
        parent = None if parent_id in (None, _ROOT) else conv.branch_point(parent_id)
        changed = conv.changed_turns(parent)
        if changed:
            raise ConversationError(
                QT_TRANSLATE_NOOP(
                    "core.conversation",
                    "This conversation could not be continued: a model turn was changed "
                    "after it was saved, so its thought signatures would be refused. "
                    "Branch from an earlier turn, or restart from its image.",
                )
            )
        history = conv.history(parent)
        path_ids = tuple(t.id for t in conv.path(parent))
        if history:
            prompt = compose(None, "", (), edit=message) if keep_reminder else compose(None, message)
            request = GenerationRequest(
                model=conv.model,
                prompt=prompt,
                aspect_ratio=conv.origin.get("aspect_ratio"),
                image_size=conv.origin.get("image_size"),
                spec_version=conv.origin.get("spec_version"),
            )
            return _Plan(request, history, parent, path_ids, first=False, keep_reminder=keep_reminder)
        character = self._character(conv)
        start = self._start_image(conv)
        refs = character.references
        anchor = character.anchor
        if conv.origin.get("anchor") and anchor is not None:  # the anchor is already sent: name it
            scene = f"Image {refs.index(anchor) + 1} (the anchor) is the {START_LABEL}."
            prompt = compose(character.spec, scene, refs, edit=message if keep_reminder else "")
            if not keep_reminder:
                prompt = _with_scene_line(prompt, message)
        elif start is not None:
            scene = f"Image {len(refs) + 1} is the {START_LABEL}."
            prompt = compose(character.spec, scene, refs, edit=message if keep_reminder else "")
            if not keep_reminder:
                prompt = _with_scene_line(prompt, message)
            refs = (*refs, start)
        else:
            prompt = compose(character.spec, message, refs)
        request = GenerationRequest(
            model=conv.model,
            prompt=prompt,
            references=refs,
            aspect_ratio=conv.origin.get("aspect_ratio"),
            image_size=conv.origin.get("image_size"),
            spec_version=character.spec_version,
        )
        return _Plan(request, [], parent, path_ids, first=True, keep_reminder=keep_reminder)

    def _check_limits(self, conv: Conversation, plan: _Plan) -> None:
        info = self.engine.catalog.find(conv.model)
        limit = info.max_input_images if info is not None else 14
        budget = measure(plan.history, plan.request.prompt.text, plan.request.references, limit)
        if not budget.over:
            return
        restart = plan.parent
        raise ConversationLimitError(
            UserMessage(
                ErrorKind.INVALID_REQUEST,
                QT_TRANSLATE_NOOP("core.conversation", "This conversation has grown too large"),
                QT_TRANSLATE_NOOP("core.conversation", "{budget} The model would refuse it.").format(
                    budget=budget.describe()
                ),
                QT_TRANSLATE_NOOP(
                    "core.conversation",
                    "Restart from this image: a fresh conversation with this picture as its starting point.",
                ),
            ),
            budget,
            restart,
        )

    def _scorer(self, conv: Conversation, plan: _Plan) -> _Scorer | None:
        try:
            anchor_view = self._project.anchor()
            anchor = anchor_view.path.read_bytes() if anchor_view is not None else None
            spec = self._project.spec()
            palette = [c.hex for c in spec[1].palette] if spec is not None else []
            first = self._first_image(conv, plan)
            if anchor is None and not palette and first is None:
                return None
            started_from = conv.origin.get("image_id") is not None or bool(conv.origin.get("anchor"))
            return _Scorer(anchor, palette, first, started_from=started_from)
        except Exception as exc:  # scoring is a hint; a missing anchor file must not stop a turn
            log.info("turn images will not be scored: %s", exc)
            return None

    @staticmethod
    def _parent_report(conv: Conversation, plan: _Plan, scorer: _Scorer) -> DriftReport | None:
        """What this turn's image edited, scored: the nearest earlier image on the branch, else
        the starting picture (a blocked or failed turn in between has no image to compare)."""
        for turn in reversed(conv.path(plan.parent)):
            report = DriftReport.from_dict(turn.drift) if turn.role == "model" else None
            if report is not None:
                return report
        return scorer.baseline()

    def _first_image(self, conv: Conversation, plan: _Plan) -> bytes | None:
        start = self._start_image(conv)
        if start is not None:
            return start.data
        for turn in conv.path(plan.parent):
            if turn.role == "model" and turn.image_ids:
                return self._project.image_bytes(turn.image_ids[0])[0]
        return None

    def _record(
        self, conv_id: str, plan: _Plan, message: str, reply: TurnReply, scorer: _Scorer | None
    ) -> TurnOutcome:
        variant = reply.variant
        if variant.status is VariantStatus.CANCELLED and not variant.recipe.response_id:
            return TurnOutcome(None, None, variant)
        user_id, model_id = secrets.token_hex(4), secrets.token_hex(4)
        with self._lock:
            conv = self._load(conv_id)
            references = variant.recipe.references
            if plan.first:
                conv.origin = {
                    **conv.origin,
                    "spec_version": plan.request.spec_version,
                    "references": [r.to_dict() for r in references],
                }
            elif conv.origin.get("references"):
                references = tuple(ReferenceRecord.from_dict(r) for r in conv.origin["references"])
            recipe = dataclasses.replace(
                variant.recipe,
                conversation_id=conv.id,
                conversation_path=(*plan.path_ids, user_id, model_id),
                references=references,
            )
            variant = dataclasses.replace(variant, recipe=recipe)
            saved = self._project.save_variant(variant, conversation_id=conv.id, turn_id=model_id)
            drift = None
            if scorer is not None and variant.images and saved.saved:
                report = scorer.score(variant.images[0].data)
                if report is not None:
                    drift = drift_warning(report, self._parent_report(conv, plan, scorer)).to_dict()
            recipe_dict = recipe.to_dict()
            recipe_dict["keep_reminder"] = plan.keep_reminder
            _, model_turn = conv.add_exchange(
                plan.parent,
                reply.user_content,
                message,
                reply.model_content,
                variant.status,
                model_text=variant.text,
                images=tuple(f.name for f in saved.files),
                recipe=recipe_dict,
                error=variant.error,
                model_turn_id=model_id,
                user_turn_id=user_id,
                image_ids=saved.image_ids,
                drift=drift,
            )
            self._project.save_conversation(conv)
            user_turn = conv.turns[user_id]
        return TurnOutcome(
            user_turn,
            model_turn,
            variant,
            lost=saved.reason if saved.lost else "",
            rescued=tuple(str(p) for p in saved.rescued),
        )


def _failed_reply(plan: _Plan, message: UserMessage) -> TurnReply:
    """A try that ended in an unexpected error, as a failed turn the user can retry."""
    from cutie_app.core.genai.engine import TurnReply

    request = plan.request
    recipe = Recipe(
        model=request.model,
        prompt=request.prompt,
        aspect_ratio=request.aspect_ratio,
        image_size=request.image_size,
        seed_requested=None,
        seed_sent=None,
        references=reference_records(request.references),
        spec_version=request.spec_version,
        finished_at=utc_now(),
        prompt_text=request.prompt.text,
    )
    sent = user_content(request.prompt.text, request.references)
    return TurnReply(sent, None, Variant(0, VariantStatus.FAILED, recipe, error=message))


#: `parent_id` meaning "from the very beginning" (a sibling of the first message).
_ROOT = "\x00root"


def _with_scene_line(prompt: PromptParts, message: str) -> PromptParts:
    """The composed prompt with `message` added to its scene section, without the edit framing."""
    sections = tuple(
        dataclasses.replace(s, text=f"{s.text}\n{message.strip()}") if s.key == "scene" else s
        for s in prompt.sections
    )
    return dataclasses.replace(prompt, sections=sections)
