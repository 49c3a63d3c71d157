"""What each Gemini image model accepts, so only valid requests are ever sent.

The facts ship as `core/data/models.json` (checked against Google's docs on its `as_of` date).
What Cutie learns at run time (a model refused a seed, image models the API lists that the file
does not know) is kept in a small "learned" JSON file beside the settings, so it survives restarts
without editing the shipped data.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import Any

from cutie_app.core.formats.fileio import atomic_write_text
from cutie_app.core.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger("cutie.catalog")

#: Text models that can stand in for the check model: "gemini-3-flash", "gemini-3.6-flash"...
#: How long the API's model list counts as fresh. Listing is free and Google adds image models
#: every few months, so the window asks again after a day (see `list_is_stale`).
LIST_MAX_AGE = timedelta(days=1)
_FLASH_TEXT_ID = re.compile(r"^gemini-(\d+(?:\.\d+)*)-flash$")

#: Every aspect ratio the API spec knows.
ALL_ASPECT_RATIOS: tuple[str, ...] = (
    "1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9", "21:9", "1:4", "4:1", "1:8", "8:1",
)  # fmt: skip
ALL_IMAGE_SIZES: tuple[str, ...] = ("512", "1K", "2K", "4K")
#: The ratios every Gemini image model takes (the extreme 1:4 ... 8:1 came with Nano Banana 2); a
#: model the catalogue has not verified is offered only these, plus any its description names.
COMMON_ASPECT_RATIOS: tuple[str, ...] = ALL_ASPECT_RATIOS[:10]
#: A display name that says "image model": "Nano Banana Pro", "Gemini 3 Pro Image".
_IMAGE_NAME = re.compile(r"\bimage\b|\bnano[ -]?banana\b", re.IGNORECASE)
#: A description that says the model makes pictures (not merely that it reads them).
_IMAGE_DESCRIPTION = re.compile(
    r"\bnano[ -]?banana\b|\bimage (?:generation|editing|creation|output)\b"
    r"|\b(?:generat|creat|edit|mak)(?:es|e|ing|ion of) (?:and \w+ )?(?:new )?images\b",
    re.IGNORECASE,
)
#: A model's name inside a description: "Gemini 3 Pro Image Preview" (capital I: a name).
_IMAGE_MODEL_NAME = re.compile(r"\b(?:Flash|Pro|Lite)\b(?: [\w.-]+)* Image\b")
_SIZE_WORD = re.compile(r"(?<![\w.])(512|[124]K)(?![\w])", re.IGNORECASE)
_RATIO_WORD = re.compile(r"(?<![\w:])(\d{1,2}:\d{1,2})(?![\w:])")
#: Seeds travel as int32 on the wire; anything larger is a 400 (TYPE_INT32).
SEED_MIN, SEED_MAX = 0, 2**31 - 1


class ModelStatus(StrEnum):
    LIVE = "live"
    DEPRECATED = "deprecated"
    RESTRICTED = "restricted"
    SHUT_DOWN = "shut_down"
    UNVERIFIED = "unverified"


class SeedSupport(StrEnum):
    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class ModelInfo:
    """Capabilities of one model id."""

    id: str
    display_name: str
    status: ModelStatus
    aspect_ratios: tuple[str, ...] = ()
    image_sizes: tuple[str, ...] = ()
    default_image_size: str | None = None
    fixed_size_note: str = ""
    max_input_images: int = 14
    max_person_images: int | None = None
    max_object_images: int | None = None
    max_inline_image_bytes: int = 7_000_000
    thought_signatures: bool = False
    seed: SeedSupport = SeedSupport.UNKNOWN
    price_per_image_usd: Mapping[str, float] = field(default_factory=dict)
    input_usd_per_million_tokens: float | None = None
    replacement: str | None = None
    shut_down_on: str | None = None
    note: str = ""

    @property
    def label(self) -> str:
        """A name people recognise, with the id that the API uses."""
        return f"{self.display_name} ({self.id})"

    @property
    def usable(self) -> bool:
        return self.status is not ModelStatus.SHUT_DOWN

    def price_for(self, image_size: str | None) -> float | None:
        """Estimated price of one delivered image at this size, or None when unknown."""
        prices = self.price_per_image_usd
        if not self.image_sizes:
            return prices.get("fixed")
        return prices.get(image_size or self.default_image_size or "1K")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ModelInfo:
        return cls(
            id=str(data["id"]),
            display_name=str(data.get("display_name") or data["id"]),
            status=ModelStatus(data.get("status", "live")),
            aspect_ratios=tuple(data.get("aspect_ratios", ())),
            image_sizes=tuple(data.get("image_sizes", ())),
            default_image_size=data.get("default_image_size"),
            fixed_size_note=str(data.get("fixed_size_note", "")),
            max_input_images=int(data.get("max_input_images", 14)),
            max_person_images=data.get("max_person_images"),
            max_object_images=data.get("max_object_images"),
            max_inline_image_bytes=int(data.get("max_inline_image_bytes", 7_000_000)),
            thought_signatures=bool(data.get("thought_signatures", False)),
            seed=SeedSupport(data.get("seed", "unknown")),
            price_per_image_usd=dict(data.get("price_per_image_usd", {})),
            input_usd_per_million_tokens=data.get("input_usd_per_million_tokens"),
            replacement=data.get("replacement"),
            shut_down_on=data.get("shut_down_on"),
            note=str(data.get("note", "")),
        )


@dataclass(frozen=True)
class ListedModel:
    """One entry of the API's model list, reduced to what the catalogue needs."""

    id: str
    display_name: str = ""
    description: str = ""
    methods: tuple[str, ...] = ()

    @property
    def looks_like_image_model(self) -> bool:
        """True when the list presents this as a Gemini image model, whatever its id says.

        The list has no output-modality field (the API's `Model` has name, display name,
        description, token limits, supported methods and sampling defaults), so this reads the
        words Google uses: a display name with "Image" or "Nano Banana" in it ("Nano Banana 2.1",
        "Gemini 3 Pro Image"), or a description that says it generates or edits images. The model
        must answer generateContent: Imagen (`predict`, shut down) and embedding models never do.
        """
        if "generateContent" not in self.methods or self.id.startswith("imagen"):
            return False
        return bool(
            _IMAGE_NAME.search(self.display_name)
            or _IMAGE_DESCRIPTION.search(self.description)
            or _IMAGE_MODEL_NAME.search(self.description)
        )


@dataclass(frozen=True)
class TextModel:
    """The text model Cutie uses for checks that read an image and answer in words (JSON).

    Kept apart from the image models so it never shows up where a user picks an image model.
    """

    id: str
    display_name: str = ""
    input_usd_per_million_tokens: float | None = None
    output_usd_per_million_tokens: float | None = None
    note: str = ""

    @property
    def label(self) -> str:
        return f"{self.display_name or self.id} ({self.id})"

    def cost_for(self, prompt_tokens: int, output_tokens: int) -> float | None:
        """Input plus output (thinking included) tokens at list price; None when prices are unknown."""
        price_in, price_out = self.input_usd_per_million_tokens, self.output_usd_per_million_tokens
        if price_in is None or price_out is None:
            return None
        return round((prompt_tokens * price_in + output_tokens * price_out) / 1_000_000, 6)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TextModel:
        return cls(
            id=str(data["id"]),
            display_name=str(data.get("display_name") or data["id"]),
            input_usd_per_million_tokens=data.get("input_usd_per_million_tokens"),
            output_usd_per_million_tokens=data.get("output_usd_per_million_tokens"),
            note=str(data.get("note", "")),
        )


def unverified_model(listed: ListedModel) -> ModelInfo:
    """A model the API offers but the catalogue does not know: clearly marked, and cautious.

    It gets only what every image model takes (the ten common ratios, no size: the model's own)
    until its listing shows otherwise: ratios and sizes its description names ("1:8", "up to
    4K", "512 to 4K") are offered too, sizes filled in between the smallest and largest named.
    """
    named_ratios = {m for m in _RATIO_WORD.findall(listed.description) if m in ALL_ASPECT_RATIOS}
    ratios = tuple(r for r in ALL_ASPECT_RATIOS if r in COMMON_ASPECT_RATIOS or r in named_ratios)
    return ModelInfo(
        id=listed.id,
        display_name=listed.display_name or listed.id,
        status=ModelStatus.UNVERIFIED,
        aspect_ratios=ratios,
        image_sizes=(sizes := _sizes_named(listed.description)),
        default_image_size="1K" if sizes else None,
        fixed_size_note="" if sizes else QT_TRANSLATE_NOOP("core.generate", "its own default size"),
        thought_signatures=True,
        note=QT_TRANSLATE_NOOP(
            "core.generate", "Listed by the API but not yet verified by Cutie: limits and prices are unknown."
        ),
    )


def _sizes_named(text: str) -> tuple[str, ...]:
    """The image sizes a model description names, with those in between ("512 to 4K")."""
    named = {word.upper() for word in _SIZE_WORD.findall(text)}
    if not named or re.search(r"\bfixed\b", text, re.IGNORECASE):  # "at a fixed 1K": sends no size
        return ()
    index = [ALL_IMAGE_SIZES.index(size) for size in named]
    low, high = min(index), max(index)
    if low == high and high > ALL_IMAGE_SIZES.index("1K"):  # "up to 4K": 1K is every model's default
        low = ALL_IMAGE_SIZES.index("1K")
    return ALL_IMAGE_SIZES[low : high + 1]


def _standin_text_model(listed: ListedModel) -> TextModel:
    return TextModel(
        id=listed.id,
        display_name=listed.display_name or listed.id,
        note=QT_TRANSLATE_NOOP(
            "core.generate",
            "Chosen from Google's model list because the shipped check model is not offered; "
            "prices not verified, so no cost is shown.",
        ),
    )


class ModelCatalog:
    """The shipped model facts plus what was learned at run time."""

    def __init__(
        self,
        models: Iterable[ModelInfo],
        default_model: str,
        shut_down_prefixes: Iterable[Mapping[str, Any]] = (),
        learned_path: Path | None = None,
        text_model: TextModel | None = None,
    ) -> None:
        self._models: dict[str, ModelInfo] = {m.id: m for m in models}
        self._shipped_ids = frozenset(self._models)
        self.default_model = default_model
        #: The model for text answers about images (the spec check); None if the data names none.
        self.text_model = text_model
        self._prefixes = tuple(dict(p) for p in shut_down_prefixes)
        self._learned_path = learned_path
        self._learned: dict[str, Any] = {"schema_version": 1, "seed": {}, "listed": []}
        if learned_path is not None:
            self._load_learned(learned_path)

    @classmethod
    def load(cls, learned_path: Path | None = None) -> ModelCatalog:
        """The catalogue shipped with this version of Cutie."""
        text = resources.files("cutie_app.core").joinpath("data/models.json").read_text("utf-8")
        data = json.loads(text)
        text_model = data.get("text_model")
        return cls(
            (ModelInfo.from_dict(m) for m in data["models"]),
            data["default_model"],
            data.get("shut_down_prefixes", ()),
            learned_path,
            TextModel.from_dict(text_model) if text_model else None,
        )

    # -- lookup -----------------------------------------------------------------------------

    def find(self, model_id: str) -> ModelInfo | None:
        """The model's facts; shut-down families match by prefix; None when unknown."""
        model_id = model_id.strip().removeprefix("models/")
        if model_id in self._models:
            return self._models[model_id]
        for p in self._prefixes:
            if model_id.startswith(p["prefix"]):
                return ModelInfo(
                    id=model_id,
                    display_name=str(p.get("display_name", model_id)),
                    status=ModelStatus.SHUT_DOWN,
                    replacement=p.get("replacement"),
                    shut_down_on=p.get("shut_down_on"),
                )
        return None

    def selectable(self) -> list[ModelInfo]:
        """Models a user may pick, best first: live, then the rest, shut-down ones excluded."""
        order = {
            ModelStatus.LIVE: 0,
            ModelStatus.UNVERIFIED: 1,
            ModelStatus.DEPRECATED: 2,
            ModelStatus.RESTRICTED: 3,
        }
        # A snapshot (one C call): the network thread may add listed models meanwhile.
        usable = [m for m in list(self._models.values()) if m.usable]
        return sorted(usable, key=lambda m: (m.id != self.default_model, order[m.status]))

    def is_shipped(self, model_id: str) -> bool:
        return model_id in self._shipped_ids

    # -- learning ---------------------------------------------------------------------------

    def remember_seed(self, model_id: str, support: SeedSupport) -> None:
        """Record what the service said about seeds for this model, and keep it."""
        info = self.find(model_id)
        if info is None or info.seed is support:
            return
        self._models[info.id] = replace(info, seed=support)
        self._learned["seed"][info.id] = support.value
        self._save_learned()

    def stop_saving(self) -> None:
        """Keep what is learned from now on in memory only: the demo server's refusals are made up."""
        self._learned_path = None

    def list_is_stale(self, now: datetime | None = None) -> bool:
        """True when the API's model list was never merged here, or last more than a day ago."""
        try:
            listed_at = datetime.fromisoformat(str(self._learned["listed_at"]))
        except (KeyError, ValueError):
            return True
        if listed_at.tzinfo is None:
            return True
        age = (now or datetime.now(UTC)) - listed_at
        return not timedelta(0) <= age <= LIST_MAX_AGE  # a clock set back counts as stale too

    def merge_listed(self, listed: Iterable[ListedModel], now: datetime | None = None) -> list[ModelInfo]:
        """Add image models the API lists that the catalogue does not know; returns the new ones."""
        added: list[ModelInfo] = []
        for entry in listed:
            if entry.looks_like_image_model and self.find(entry.id) is None:
                info = unverified_model(entry)
                self._models[info.id] = info
                added.append(info)
                self._learned["listed"].append(
                    {"id": entry.id, "display_name": entry.display_name, "description": entry.description}
                )
        self._learned["listed_at"] = (now or datetime.now(UTC)).isoformat(timespec="seconds")
        self._save_learned()
        return added

    def replacement_text_model(self, listed: Iterable[ListedModel]) -> TextModel | None:
        """The newest Gemini Flash text model in `listed` other than ours; None if there is none."""
        current = self.text_model.id if self.text_model is not None else ""
        usable = [m for m in listed if "generateContent" in m.methods and m.id != current]
        versions = [
            (tuple(int(n) for n in match.group(1).split(".")), m)
            for m in usable
            if (match := _FLASH_TEXT_ID.match(m.id))
        ]
        if not versions:
            return None
        return _standin_text_model(max(versions, key=lambda v: v[0])[1])

    def use_text_model(self, model: TextModel) -> None:
        """Check with `model` from now on, and remember it for the shipped model it replaces."""
        if self.text_model is not None and self.text_model.id != model.id:
            shipped = self._learned.get("text_model", {}).get("replaces") or self.text_model.id
            self._learned["text_model"] = {
                "replaces": shipped,
                "id": model.id,
                "display_name": model.display_name,
            }
            self._save_learned()
        self.text_model = model

    def _load_learned(self, path: Path) -> None:
        try:
            data = json.loads(path.read_text("utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError) as exc:
            log.warning("ignoring unreadable learned catalogue %s: %s", path.name, exc)
            return
        if not isinstance(data, dict) or data.get("schema_version") != 1:
            log.warning("ignoring learned catalogue %s with an unknown schema", path.name)
            return
        for item in data.get("listed", []):
            listed = ListedModel(
                id=str(item.get("id", "")),
                display_name=str(item.get("display_name", "")),
                description=str(item.get("description", "")),
                methods=("generateContent",),
            )
            if listed.id and self.find(listed.id) is None:
                self._models[listed.id] = unverified_model(listed)
                self._learned["listed"].append(item)
        for model_id, value in dict(data.get("seed", {})).items():
            info = self.find(model_id)
            if info is not None and value in {s.value for s in SeedSupport}:
                self._models[info.id] = replace(info, seed=SeedSupport(value))
                self._learned["seed"][info.id] = value
        if isinstance(data.get("listed_at"), str):
            self._learned["listed_at"] = data["listed_at"]
        swap = data.get("text_model")
        shipped = self.text_model.id if self.text_model is not None else None
        # Applies only while this version ships the model it replaced: a newer Cutie's choice wins.
        if isinstance(swap, dict) and shipped is not None and swap.get("replaces") == shipped:
            chosen = ListedModel(str(swap.get("id", "")), str(swap.get("display_name", "")))
            if _FLASH_TEXT_ID.match(chosen.id):
                self.text_model = _standin_text_model(chosen)
                self._learned["text_model"] = swap

    def _save_learned(self) -> None:
        path = self._learned_path
        if path is None:
            return
        try:
            atomic_write_text(path, json.dumps(self._learned, indent=2, sort_keys=True))
        except OSError as exc:
            # Learning is an optimisation: failing to save it must never fail a generation.
            log.warning("could not save learned catalogue %s: %s", path.name, exc)
