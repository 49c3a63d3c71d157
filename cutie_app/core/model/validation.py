"""Check a request against the model catalogue before anything is sent (or billed).

The SDK copies ratio and size strings verbatim and leaves all checking to the server, which
answers with terse 400s. Here every problem is found up front, all at once, in plain words.

The window, the CLI and conversations all come through `check_request`, so its rules (ratios,
sizes, reference limits, the seed, and the whole request's size) hold for all three.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cutie_app.core.i18n import QT_TRANSLATE_NOOP, Message, joined
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

#: Google refuses a request body over 100 MB (API_FACTS §8). Images travel in it as base64, a
#: third larger than their files, together with the conversation so far and the prompt.
MAX_REQUEST_BYTES = 100_000_000
#: The JSON around one inline image: {"inlineData": {"mimeType": "image/jpeg", "data": "..."}}.
IMAGE_PART_BYTES = 96
#: Everything else in a request (generationConfig, roles, brackets), rounded well up.
REQUEST_OVERHEAD_BYTES = 4_096
#: The smallest a reference is re-encoded to before Cutie asks for some to be removed instead:
#: a character sheet still reads well as a 1500 px JPEG of this size.
MIN_REFERENCE_BYTES = 400_000

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
    """What will actually be sent, and what the user should be told about it.

    `reference_budget`: when set, the references together would make the request too large,
    and each one over this many bytes must be re-encoded to fit it before sending (the engine
    does that off the caller's thread; the user's files are not changed).
    """

    model: ModelInfo
    aspect_ratio: str | None
    image_size: str | None
    seed: int | None
    notices: tuple[UserMessage, ...]
    reference_budget: int | None = None


def base64_length(size: int) -> int:
    """Characters of base64 for `size` bytes (padded, as the SDK sends it)."""
    return 4 * ((size + 2) // 3)


def json_size(value: Any) -> int:
    """Bytes `value` takes as JSON, closely and without building the text.

    Conversation history is held as the SDK's JSON dicts, whose images are already base64
    strings: measuring them is a walk over the dict, cheap enough for the caller's thread.
    """
    if isinstance(value, str):
        if value.isascii() and value.isprintable() and '"' not in value and "\\" not in value:
            return len(value) + 2  # base64 and plain text need no escaping
        return len(json.dumps(value))  # \uXXXX and other escapes, exactly
    if isinstance(value, Mapping):
        return 2 + sum(json_size(str(k)) + 2 + json_size(v) for k, v in value.items())
    if isinstance(value, list | tuple):
        return 2 + sum(json_size(v) + 2 for v in value)
    return len(json.dumps(value))


def request_size(text: str, references: Sequence[ReferenceImage], history_bytes: int = 0) -> int:
    """An upper estimate of the request body for this prompt, these references and history."""
    images = sum(base64_length(len(ref.data)) + IMAGE_PART_BYTES for ref in references)
    return REQUEST_OVERHEAD_BYTES + history_bytes + json_size(text) + images


def _invalid(title: str, problems: Sequence[str], action: str = "") -> InvalidRequestError:
    if len(problems) == 1:
        detail = problems[0]
    else:
        numbered = QT_TRANSLATE_NOOP("core.generate", "({number}) {problem}")
        detail = joined([numbered.format(number=i, problem=p) for i, p in enumerate(problems, 1)], " ")
    return InvalidRequestError(UserMessage(ErrorKind.INVALID_REQUEST, title, detail, action))


def check_model(catalog: ModelCatalog, model_id: str) -> ModelInfo:
    """The model's facts, or a refusal naming the replacement when it is shut down or unknown."""
    info = catalog.find(model_id)
    if info is None:
        known = ", ".join(m.id for m in catalog.selectable())
        raise _invalid(
            QT_TRANSLATE_NOOP("core.generate", "Unknown model"),
            [
                QT_TRANSLATE_NOOP("core.generate", "Cutie does not know the model {model!r}.").format(
                    model=model_id
                )
            ],
            QT_TRANSLATE_NOOP(
                "core.generate",
                "Pick one of: {known}. When online, Cutie also offers new image models the API lists.",
            ).format(known=known),
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
    history_bytes: int = 0,
    text: str = "",
) -> CheckedRequest:
    """Validate everything the model constrains; raise InvalidRequestError listing every problem.

    `history_bytes` is the JSON size of the conversation sent before this turn (`json_size`),
    `text` the prompt: with the references they must fit Google's request limit.
    """
    info = check_model(catalog, model_id)
    problems: list[str] = []
    notices: list[UserMessage] = []
    name = info.display_name

    ratio = normalise_aspect_ratio(aspect_ratio) if aspect_ratio else None
    if ratio is not None and ratio not in info.aspect_ratios:
        problems.append(
            QT_TRANSLATE_NOOP(
                "core.generate", "{model} cannot make {ratio} images; it offers {ratios}."
            ).format(model=name, ratio=ratio, ratios=", ".join(info.aspect_ratios))
        )

    size = normalise_image_size(image_size) if image_size else None
    if size is not None:
        if not info.image_sizes:
            problems.append(
                QT_TRANSLATE_NOOP(
                    "core.generate", "{model} makes images at a fixed size ({size}); leave the size unset."
                ).format(
                    model=name, size=info.fixed_size_note or QT_TRANSLATE_NOOP("core.generate", "about 1K")
                )
            )
        elif size not in info.image_sizes:
            problems.append(
                QT_TRANSLATE_NOOP("core.generate", "{model} offers the sizes {sizes}, not {size}.").format(
                    model=name, sizes=", ".join(info.image_sizes), size=size
                )
            )

    problems.extend(_reference_problems(info, references, history_images))
    budget, size_problem, size_notice = _fit_request(references, history_bytes, text)
    if size_problem:
        problems.append(size_problem)
    if size_notice is not None:
        notices.append(size_notice)

    seed_sent: int | None = None
    if seed is not None:
        if not SEED_MIN <= seed <= SEED_MAX:
            problems.append(
                QT_TRANSLATE_NOOP(
                    "core.generate", "A seed must be a whole number from {low} to {high:,}; {seed:,} is not."
                ).format(low=SEED_MIN, high=SEED_MAX, seed=seed)
            )
        elif info.seed is SeedSupport.NO:
            notices.append(
                UserMessage(
                    ErrorKind.SEED_REJECTED,
                    QT_TRANSLATE_NOOP("core.generate", "Seed not sent"),
                    QT_TRANSLATE_NOOP(
                        "core.generate", "{name} does not take a seed, so Cutie left it out."
                    ).format(name=info.label),
                    SEED_ALTERNATIVES,
                )
            )
        else:
            seed_sent = seed

    if problems:
        raise _invalid(
            QT_TRANSLATE_NOOP("core.generate", "This request cannot be sent"),
            problems,
            QT_TRANSLATE_NOOP(
                "core.generate", "Change the settings above; nothing was sent and nothing was billed."
            ),
        )

    if info.status is ModelStatus.DEPRECATED:
        repl = catalog.find(info.replacement or "")
        notices.append(
            UserMessage(
                ErrorKind.MODEL_SHUT_DOWN,
                QT_TRANSLATE_NOOP("core.generate", "{display_name} is deprecated").format(
                    display_name=info.display_name
                ),
                QT_TRANSLATE_NOOP("core.generate", "Google may shut it down soon."),
                QT_TRANSLATE_NOOP("core.generate", "Consider {model}.").format(
                    model=repl.label if repl else info.replacement
                )
                if info.replacement
                else "",
            )
        )
    elif info.status is ModelStatus.RESTRICTED:
        notices.append(
            UserMessage(
                ErrorKind.PERMISSION,
                QT_TRANSLATE_NOOP("core.generate", "{display_name} is restricted").format(
                    display_name=info.display_name
                ),
                QT_TRANSLATE_NOOP(
                    "core.generate",
                    "Google only serves it to projects that used it before; a new key may be refused.",
                ),
                info.note,
            )
        )
    elif info.status is ModelStatus.UNVERIFIED:
        notices.append(
            UserMessage(
                ErrorKind.UNKNOWN,
                QT_TRANSLATE_NOOP("core.generate", "{display_name} is not verified").format(
                    display_name=info.display_name
                ),
                QT_TRANSLATE_NOOP(
                    "core.generate",
                    "Google lists this model but Cutie has not checked its limits; Google "
                    "may refuse settings.",
                ),
            )
        )
    return CheckedRequest(info, ratio, size, seed_sent, tuple(notices), budget)


def _fit_request(
    refs: Sequence[ReferenceImage], history_bytes: int, text: str
) -> tuple[int | None, str, UserMessage | None]:
    """(per-reference budget, problem, notice) for Google's request-size limit.

    Within the limit: nothing to do. Over it: the references share what the history and the
    text leave, small ones kept as they are and the rest re-encoded to an equal budget; if that
    budget is below what a reference can usefully shrink to, the request is refused with what
    to remove instead.
    """
    total = request_size(text, refs, history_bytes)
    if total <= MAX_REQUEST_BYTES:
        return None, "", None
    fixed = REQUEST_OVERHEAD_BYTES + history_bytes + json_size(text) + IMAGE_PART_BYTES * len(refs)
    room = MAX_REQUEST_BYTES - fixed  # base64 characters left for all references together
    budget = 0
    left = len(refs)
    for size in sorted(len(ref.data) for ref in refs):
        share = room // left
        if base64_length(size) > share:
            budget = share * 3 // 4 - 3  # raw bytes whose base64 fits the share
            break
        room -= base64_length(size)
        left -= 1
    over = QT_TRANSLATE_NOOP(
        "core.generate", "This request would be {size:.0f} MB, over Google's limit of {limit:.0f} MB"
    ).format(size=total / 1e6, limit=MAX_REQUEST_BYTES / 1e6)
    if refs and budget >= MIN_REFERENCE_BYTES:
        bigger = sum(1 for ref in refs if len(ref.data) > budget)
        if bigger == 1:
            which = (
                QT_TRANSLATE_NOOP("core.generate", "the largest reference")
                if len(refs) > 1
                else QT_TRANSLATE_NOOP("core.generate", "the reference")
            )
        elif bigger == len(refs):
            which = QT_TRANSLATE_NOOP("core.generate", "all {count} references").format(count=bigger)
        else:
            which = QT_TRANSLATE_NOOP("core.generate", "the {count} largest references").format(count=bigger)
        notice = UserMessage(
            ErrorKind.TOO_LARGE,
            QT_TRANSLATE_NOOP("core.generate", "References made smaller to fit"),
            QT_TRANSLATE_NOOP(
                "core.generate",
                "{over}, so Cutie sends {which} re-encoded to at most {budget:.1f} MB "
                "each. Your reference files are not changed.",
            ).format(over=over, which=which, budget=budget / 1e6),
            QT_TRANSLATE_NOOP("core.generate", "To send them at full size, use fewer references."),
        )
        return budget, "", notice
    # Even at their smallest the references do not fit beside the conversation: say what to drop.
    room_all = MAX_REQUEST_BYTES - (REQUEST_OVERHEAD_BYTES + history_bytes + json_size(text))
    keep = max(0, room_all // (base64_length(MIN_REFERENCE_BYTES) + IMAGE_PART_BYTES))
    remedies: list[Message] = []
    if refs and keep >= 1:
        remove = max(1, len(refs) - keep)
        largest = sorted(refs, key=lambda r: len(r.data), reverse=True)[:3]
        named = joined(
            (
                QT_TRANSLATE_NOOP("core.generate", "{name} ({size:.1f} MB)").format(
                    name=r.label or QT_TRANSLATE_NOOP("core.generate", "a reference"), size=len(r.data) / 1e6
                )
                for r in largest
            ),
            ", ",
        )
        remedies.append(
            QT_TRANSLATE_NOOP(
                "core.generate", "remove at least {remove} of the {count} references (the largest: {named})"
            ).format(remove=remove, count=len(refs), named=named)
        )
    if history_bytes:
        remedies.append(
            QT_TRANSLATE_NOOP(
                "core.generate",
                "start a new conversation from the latest image (or branch from an earlier turn) to leave "
                "the earlier pictures out",
            )
        )
    if len(remedies) == 2:
        todo = QT_TRANSLATE_NOOP("core.generate", "{first} or {second}").format(
            first=remedies[0], second=remedies[1]
        )
    else:
        todo = remedies[0] if remedies else QT_TRANSLATE_NOOP("core.generate", "shorten the prompt")
    if history_bytes:
        problem = QT_TRANSLATE_NOOP(
            "core.generate",
            "{over}. The conversation so far is {history:.0f} MB of earlier pictures. To send it, {todo}.",
        ).format(over=over, history=history_bytes / 1e6, todo=todo)
    else:
        problem = QT_TRANSLATE_NOOP("core.generate", "{over}. To send it, {todo}.").format(
            over=over, todo=todo
        )
    return None, problem, None


def _reference_problems(info: ModelInfo, refs: Sequence[ReferenceImage], history_images: int) -> list[str]:
    problems: list[str] = []
    total = len(refs) + history_images
    if total > info.max_input_images:
        problems.append(
            QT_TRANSLATE_NOOP(
                "core.generate",
                "{model} accepts at most {limit} input images; this request has {count}. Remove some "
                "references (or combine several into one collage).",
            ).format(model=info.display_name, limit=info.max_input_images, count=total)
        )
    people = sum(1 for r in refs if r.kind is ReferenceKind.PERSON)
    objects = len(refs) - people
    if info.max_person_images is not None and people > info.max_person_images:
        problems.append(
            QT_TRANSLATE_NOOP(
                "core.generate",
                "{model} keeps at most {limit} character images consistent; {count} are marked as "
                "character. Mark some as object or remove them.",
            ).format(model=info.display_name, limit=info.max_person_images, count=people)
        )
    if info.max_object_images is not None and objects > info.max_object_images:
        problems.append(
            QT_TRANSLATE_NOOP(
                "core.generate",
                "{model} accepts at most {limit} object images; {count} are marked as object.",
            ).format(model=info.display_name, limit=info.max_object_images, count=objects)
        )
    for number, ref in enumerate(refs, 1):
        name = ref.label or QT_TRANSLATE_NOOP("core.generate", "Reference {number}").format(number=number)
        if ref.mime_type not in ACCEPTED_INPUT_MIME:
            problems.append(
                QT_TRANSLATE_NOOP(
                    "core.generate", "{name} is {type}; the model takes PNG, JPEG, WebP or HEIC."
                ).format(name=name, type=ref.mime_type)
            )
        if len(ref.data) > info.max_inline_image_bytes:
            problems.append(
                QT_TRANSLATE_NOOP(
                    "core.generate",
                    "{name} is {size:.1f} MB; the limit is {limit:.0f} MB per image. "
                    "Save it smaller or as JPEG.",
                ).format(name=name, size=len(ref.data) / 1e6, limit=info.max_inline_image_bytes / 1e6)
            )
    return problems
