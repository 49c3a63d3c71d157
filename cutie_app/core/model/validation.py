"""Check a request against the model catalogue before anything is sent (or billed).

The SDK copies ratio and size strings verbatim and leaves all checking to the server, which
answers with terse 400s. Here every problem is found up front, all at once, in plain words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from cutie_app.core.model.catalog import SEED_MAX, SEED_MIN, ModelCatalog, ModelInfo, ModelStatus, SeedSupport
from cutie_app.core.model.errors import (
    SEED_ALTERNATIVES,
    ErrorKind,
    InvalidRequestError,
    UserMessage,
    shut_down_message,
)
from cutie_app.core.model.references import ReferenceImage, ReferenceKind

ACCEPTED_INPUT_MIME = frozenset({"image/png", "image/jpeg", "image/webp", "image/heic", "image/heif"})
MAX_VARIANTS = 16

_SIZE_ALIASES = {
    "512": "512", "0.5k": "512", "512px": "512", "1k": "1K", "1024": "1K", "2k": "2K", "2048": "2K",
    "4k": "4K", "4096": "4K",
}  # fmt: skip


def normalise_image_size(value: str) -> str:
    """'1k', '1024' and '1K' all mean "1K": the API wants an upper-case K (and "512", not 0.5K)."""
    return _SIZE_ALIASES.get(value.strip().lower().replace(" ", ""), value.strip())


def normalise_aspect_ratio(value: str) -> str:
    """Accept 16x9, 16/9 and 16:9; the API wants "W:H"."""
    match = re.fullmatch(r"\s*(\d+)\s*[:x×/]\s*(\d+)\s*", value)
    return f"{match.group(1)}:{match.group(2)}" if match else value.strip()


@dataclass(frozen=True)
class CheckedRequest:
    """What will actually be sent, and what the user should be told about it."""

    model: ModelInfo
    aspect_ratio: str | None
    image_size: str | None
    seed: int | None
    notices: tuple[UserMessage, ...]


def _invalid(title: str, problems: Sequence[str], action: str = "") -> InvalidRequestError:
    detail = problems[0] if len(problems) == 1 else " ".join(f"({i}) {p}" for i, p in enumerate(problems, 1))
    return InvalidRequestError(UserMessage(ErrorKind.INVALID_REQUEST, title, detail, action))


def check_model(catalog: ModelCatalog, model_id: str) -> ModelInfo:
    """The model's facts, or a refusal naming the replacement when it is shut down or unknown."""
    info = catalog.find(model_id)
    if info is None:
        known = ", ".join(m.id for m in catalog.selectable())
        raise _invalid(
            "Unknown model",
            [f"Cutie does not know the model {model_id!r}."],
            f"Pick one of: {known}. When online, Cutie also offers new image models the API lists.",
        )
    if info.status is ModelStatus.SHUT_DOWN:
        raise InvalidRequestError(shut_down_message(catalog, info))
    return info


def check_request(
    catalog: ModelCatalog,
    model_id: str,
    references: Sequence[ReferenceImage],
    aspect_ratio: str | None,
    image_size: str | None,
    seed: int | None,
    *,
    history_images: int = 0,
) -> CheckedRequest:
    """Validate everything the model constrains; raise InvalidRequestError listing every problem."""
    info = check_model(catalog, model_id)
    problems: list[str] = []
    notices: list[UserMessage] = []

    ratio = normalise_aspect_ratio(aspect_ratio) if aspect_ratio else None
    if ratio is not None and ratio not in info.aspect_ratios:
        problems.append(
            f"{info.display_name} cannot make {ratio} images; it offers {', '.join(info.aspect_ratios)}."
        )

    size = normalise_image_size(image_size) if image_size else None
    if size is not None:
        if not info.image_sizes:
            problems.append(
                f"{info.display_name} makes images at a fixed size ({info.fixed_size_note or 'about 1K'}); "
                "leave the size unset."
            )
        elif size not in info.image_sizes:
            problems.append(
                f"{info.display_name} offers the sizes {', '.join(info.image_sizes)}, not {size}."
            )

    problems.extend(_reference_problems(info, references, history_images))

    seed_sent: int | None = None
    if seed is not None:
        if not SEED_MIN <= seed <= SEED_MAX:
            problems.append(
                f"A seed must be a whole number from {SEED_MIN} to {SEED_MAX:,}; {seed:,} is not."
            )
        elif info.seed is SeedSupport.NO:
            notices.append(
                UserMessage(
                    ErrorKind.SEED_REJECTED,
                    "Seed not sent",
                    f"{info.label} does not take a seed, so Cutie left it out.",
                    SEED_ALTERNATIVES,
                )
            )
        else:
            seed_sent = seed

    if problems:
        raise _invalid(
            "This request cannot be sent",
            problems,
            "Change the settings above; nothing was sent and nothing was billed.",
        )

    if info.status is ModelStatus.DEPRECATED:
        repl = catalog.find(info.replacement or "")
        notices.append(
            UserMessage(
                ErrorKind.MODEL_SHUT_DOWN,
                f"{info.display_name} is deprecated",
                "Google may shut it down soon.",
                f"Consider {repl.label if repl else info.replacement}." if info.replacement else "",
            )
        )
    elif info.status is ModelStatus.RESTRICTED:
        notices.append(
            UserMessage(
                ErrorKind.PERMISSION,
                f"{info.display_name} is restricted",
                "Google only serves it to projects that used it before; a new key may be refused.",
                info.note,
            )
        )
    elif info.status is ModelStatus.UNVERIFIED:
        notices.append(
            UserMessage(
                ErrorKind.UNKNOWN,
                f"{info.display_name} is not verified",
                "Google lists this model but Cutie has not checked its limits; Google may refuse settings.",
            )
        )
    return CheckedRequest(info, ratio, size, seed_sent, tuple(notices))


def _reference_problems(info: ModelInfo, refs: Sequence[ReferenceImage], history_images: int) -> list[str]:
    problems: list[str] = []
    total = len(refs) + history_images
    if total > info.max_input_images:
        problems.append(
            f"{info.display_name} accepts at most {info.max_input_images} input images; this request has "
            f"{total}. Remove some references (or combine several into one collage)."
        )
    people = sum(1 for r in refs if r.kind is ReferenceKind.PERSON)
    objects = len(refs) - people
    if info.max_person_images is not None and people > info.max_person_images:
        problems.append(
            f"{info.display_name} keeps at most {info.max_person_images} character images consistent; "
            f"{people} are marked as character. Mark some as object or remove them."
        )
    if info.max_object_images is not None and objects > info.max_object_images:
        problems.append(
            f"{info.display_name} accepts at most {info.max_object_images} object images; {objects} are "
            "marked as object."
        )
    for number, ref in enumerate(refs, 1):
        name = ref.label or f"Reference {number}"
        if ref.mime_type not in ACCEPTED_INPUT_MIME:
            problems.append(f"{name} is {ref.mime_type}; the model takes PNG, JPEG, WebP or HEIC.")
        if len(ref.data) > info.max_inline_image_bytes:
            problems.append(
                f"{name} is {len(ref.data) / 1e6:.1f} MB; the limit is "
                f"{info.max_inline_image_bytes / 1e6:.0f} MB per image. Save it smaller or as JPEG."
            )
    return problems
