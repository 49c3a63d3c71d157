"""Every way a request can end badly, as a message an illustrator can act on.

The genai layer reduces SDK exceptions and responses to plain values (HTTP code, status,
server text, finish reason); this module turns those into `UserMessage`s. Nothing here knows
the SDK, so every message is testable without a network, and no traceback ever reaches a user.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from enum import StrEnum

from cutie_app.core.i18n import QT_TRANSLATE_NOOP, Message, Translate, english, joined
from cutie_app.core.model.catalog import ModelCatalog, ModelInfo

SEED_ALTERNATIVES = QT_TRANSLATE_NOOP(
    "core.errors",
    "Gemini image models have no seed. To keep a character consistent, add reference images "
    "(front, side, back), promote your best result to the anchor, and generate several variants "
    "to pick from.",
)


class ErrorKind(StrEnum):
    MISSING_KEY = "missing_key"
    INVALID_KEY = "invalid_key"
    PERMISSION = "permission"
    QUOTA = "quota"
    OVERLOADED = "overloaded"
    SERVER = "server"
    TIMEOUT = "timeout"
    CUT_OFF = "cut_off"
    OFFLINE = "offline"
    MODEL_SHUT_DOWN = "model_shut_down"
    MODEL_NOT_FOUND = "model_not_found"
    TOO_LARGE = "too_large"
    BAD_INPUT_IMAGE = "bad_input_image"
    SEED_REJECTED = "seed_rejected"
    SIGNATURE_MISSING = "signature_missing"
    REGION_BLOCKED = "region_blocked"
    INVALID_REQUEST = "invalid_request"
    SAFETY_BLOCKED = "safety_blocked"
    PROMPT_BLOCKED = "prompt_blocked"
    NO_IMAGE = "no_image"
    TEXT_ONLY = "text_only"
    CANCELLED = "cancelled"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class UserMessage:
    """What happened, in plain words, and what to do about it.

    `title`, `detail` and `action` are English `str`s; those made with `QT_TRANSLATE_NOOP` are
    `Message`s the window shows in its own language (`render`). `technical` (the server's words,
    an OS error) stays as it came.
    """

    kind: ErrorKind
    title: str
    detail: str
    action: str = ""
    technical: str = ""
    retryable: bool = False

    def __str__(self) -> str:
        return self.render()

    def title_sentence(self) -> str:
        """The title with its full stop ("" without a title)."""
        if not self.title:
            return ""
        return QT_TRANSLATE_NOOP("core.errors", "{title}.").format(title=self.title)

    def text(self) -> Message:
        """Title, detail and action as one paragraph (`str(message)`, still translatable)."""
        return sentences(self.title_sentence(), self.detail, self.action)

    def render(self, translate: Translate = english) -> str:
        """Title, detail and action as one paragraph in the language of `translate`."""
        return self.text().render(translate)

    def to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {
            "kind": self.kind.value,
            "title": str(self.title),
            "detail": str(self.detail),
            "action": str(self.action),
            "technical": str(self.technical),
            "retryable": self.retryable,
        }
        texts = {
            name: value.to_dict()
            for name, value in (("title", self.title), ("detail", self.detail), ("action", self.action))
            if isinstance(value, Message)
        }
        if texts:  # so that a saved error is shown translated when it is read back
            data["texts"] = texts
        return data

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> UserMessage:
        texts = data.get("texts")
        texts = texts if isinstance(texts, dict) else {}

        def field(name: str) -> str:
            saved = texts.get(name)
            if isinstance(saved, dict):
                with contextlib.suppress(ValueError):
                    return Message.from_dict(saved)
            return str(data.get(name, ""))

        return cls(
            kind=ErrorKind(str(data.get("kind", "unknown"))),
            title=field("title"),
            detail=field("detail"),
            action=field("action"),
            technical=str(data.get("technical", "")),
            retryable=bool(data.get("retryable", False)),
        )


def sentences(*parts: str) -> Message:
    """Sentences one after another, as each language writes them (a space in English, none in Chinese)."""
    said = [part for part in parts if part]
    if not said:
        return joined([])
    text = said[0] if isinstance(said[0], Message) else joined(said[:1])
    for part in said[1:]:
        text = QT_TRANSLATE_NOOP("core.errors", "{sentence} {next}").format(sentence=text, next=part)
    return text


class CutieError(Exception):
    """An expected failure that carries a user-readable message."""

    def __init__(self, message: UserMessage) -> None:
        super().__init__(str(message))
        self.message = message

    @property
    def user_message(self) -> Message:
        """Title, detail and action as one translatable paragraph (`str(self)` is its English)."""
        return self.message.text()


class InvalidRequestError(CutieError):
    """The request was refused before anything was sent (so nothing was billed)."""


class ServiceError(Exception):
    """The service answered with an HTTP error; plain values only, mapped later.

    `unknown_outcomes` counts earlier attempts of the same call whose answers never arrived
    (see `NetworkError`): the error itself was not billed, but those attempts may have been.
    """

    def __init__(self, code: int, status: str, message: str, *, unknown_outcomes: int = 0) -> None:
        super().__init__(f"{code} {status}: {message}")
        self.code = code
        self.status = status
        self.message = message
        self.unknown_outcomes = unknown_outcomes


class NetworkError(Exception):
    """No complete answer: the connection failed, closed, broke mid-answer, or timed out.

    `reached`: the request got to the service, which may have answered (and billed) it.
    `cut_off`: an answer started to arrive and the connection broke before its end.
    `unknown_outcomes`: attempts of this call that reached the service and whose answer never
    arrived, this last one included; each may have been billed.
    """

    def __init__(
        self,
        timed_out: bool,
        detail: str,
        *,
        reached: bool = False,
        cut_off: bool = False,
        unknown_outcomes: int = 0,
    ) -> None:
        super().__init__(detail)
        self.timed_out = timed_out
        self.detail = detail
        self.reached = reached or cut_off
        self.cut_off = cut_off
        self.unknown_outcomes = unknown_outcomes


class MissingKeyError(CutieError):
    """No API key in the keyring or the environment."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(missing_key_message(detail))


# -- messages ----------------------------------------------------------------------------------


def missing_key_message(detail: str = "") -> UserMessage:
    explanation = QT_TRANSLATE_NOOP("core.errors", "Cutie needs your Gemini API key to generate images.")
    if detail:
        explanation = QT_TRANSLATE_NOOP("core.errors", "{explanation} {detail}").format(
            explanation=explanation, detail=detail
        )
    return UserMessage(
        ErrorKind.MISSING_KEY,
        QT_TRANSLATE_NOOP("core.errors", "No Gemini API key"),
        explanation,
        QT_TRANSLATE_NOOP(
            "core.errors",
            "Add the key in Preferences (it is stored in your system keyring), or set GEMINI_API_KEY. "
            "To try Cutie without a key, use the demo mode (cutie --demo).",
        ),
    )


def cancelled_message() -> UserMessage:
    return UserMessage(
        ErrorKind.CANCELLED,
        QT_TRANSLATE_NOOP("core.errors", "Cancelled"),
        QT_TRANSLATE_NOOP("core.errors", "You cancelled this request."),
        retryable=True,
    )


MAY_BE_BILLED = QT_TRANSLATE_NOOP(
    "core.errors", "Google may still have made and billed it (outcome unknown)."
)


def _maybe_billed(sentence: Message, reached: bool) -> Message:
    """`sentence`, followed by "may still have been billed" when the request reached Google."""
    if not reached:
        return sentence
    return QT_TRANSLATE_NOOP("core.errors", "{sentence} {billed}").format(
        sentence=sentence, billed=MAY_BE_BILLED
    )


def network_message(error: NetworkError, timeout_s: float | None = None) -> UserMessage:
    """No complete answer, in words that say whether Google was reached and may have billed."""
    if error.cut_off:
        return UserMessage(
            ErrorKind.CUT_OFF,
            QT_TRANSLATE_NOOP("core.errors", "The answer was cut off"),
            _maybe_billed(
                QT_TRANSLATE_NOOP(
                    "core.errors",
                    "Google sent an answer, but the connection broke before all of it arrived, even after "
                    "retrying.",
                ),
                error.reached,
            ),
            QT_TRANSLATE_NOOP(
                "core.errors",
                "Try again. If answers keep breaking off, something between you and Google (a proxy, "
                "VPN or unstable link) is ending long downloads; a smaller size helps.",
            ),
            technical=error.detail,
            retryable=True,
        )
    if error.timed_out:
        if timeout_s:
            unfinished = QT_TRANSLATE_NOOP(
                "core.errors",
                "Google did not finish the image within {seconds:.0f} seconds. Large (4K) images can take "
                "minutes.",
            ).format(seconds=timeout_s)
        else:
            unfinished = QT_TRANSLATE_NOOP(
                "core.errors", "Google did not finish the image. Large (4K) images can take minutes."
            )
        return UserMessage(
            ErrorKind.TIMEOUT,
            QT_TRANSLATE_NOOP("core.errors", "The request timed out"),
            _maybe_billed(unfinished, error.reached),
            QT_TRANSLATE_NOOP(
                "core.errors", "Try again, pick a smaller size, or raise the timeout in Preferences."
            ),
            technical=error.detail,
            retryable=True,
        )
    if error.reached:
        return UserMessage(
            ErrorKind.CUT_OFF,
            QT_TRANSLATE_NOOP("core.errors", "The connection closed before the answer arrived"),
            _maybe_billed(
                QT_TRANSLATE_NOOP(
                    "core.errors",
                    "The request reached Google, but the connection closed before any answer came back.",
                ),
                True,
            ),
            QT_TRANSLATE_NOOP(
                "core.errors",
                "Try again. If it keeps happening, a proxy or VPN may be closing the connection.",
            ),
            technical=error.detail,
            retryable=True,
        )
    return UserMessage(
        ErrorKind.OFFLINE,
        QT_TRANSLATE_NOOP("core.errors", "Cannot reach Google"),
        QT_TRANSLATE_NOOP(
            "core.errors",
            "Cutie could not connect to the Gemini service. Your project is safe and works offline.",
        ),
        QT_TRANSLATE_NOOP(
            "core.errors",
            "Check your internet connection (and the endpoint in Preferences, if you changed it), "
            "then retry.",
        ),
        technical=error.detail,
        retryable=True,
    )


_SEED_FIELD = re.compile(r"(?<![A-Za-z0-9_])seed(?![A-Za-z0-9_])", re.IGNORECASE)


def is_seed_rejection(code: int, message: str) -> bool:
    """True for any 400 that names the seed field, whatever its wording.

    Seen: `Unknown name "seed"`, `Invalid value at 'generation_config.seed' (TYPE_INT32)`; other
    wordings ("seed is not supported for this model") count too. Only the whole word counts, so
    "seedream" or "reseeded" in an unrelated message does not.
    """
    return code == 400 and _SEED_FIELD.search(message) is not None


def seed_rejected_message(model: ModelInfo | None, model_id: str) -> UserMessage:
    name = model.label if model else model_id
    return UserMessage(
        ErrorKind.SEED_REJECTED,
        QT_TRANSLATE_NOOP("core.errors", "This model does not take a seed"),
        QT_TRANSLATE_NOOP(
            "core.errors",
            "{model} refused the seed, so Cutie sent the request again without it and will not send "
            "a seed to this model again.",
        ).format(model=name),
        SEED_ALTERNATIVES,
    )


def _replacement_text(catalog: ModelCatalog, model: ModelInfo | None) -> Message:
    if model is None or not model.replacement:
        return QT_TRANSLATE_NOOP("core.errors", "Pick another model from the list.")
    repl = catalog.find(model.replacement)
    return QT_TRANSLATE_NOOP("core.errors", "Switch to {model}.").format(
        model=repl.label if repl else model.replacement
    )


def shut_down_message(catalog: ModelCatalog, model: ModelInfo) -> UserMessage:
    if model.shut_down_on:
        detail = QT_TRANSLATE_NOOP(
            "core.errors", "Google shut down {model} on {date}; it no longer answers requests."
        ).format(model=model.id, date=model.shut_down_on)
    else:
        detail = QT_TRANSLATE_NOOP(
            "core.errors", "Google shut down {model}; it no longer answers requests."
        ).format(model=model.id)
    return UserMessage(
        ErrorKind.MODEL_SHUT_DOWN,
        QT_TRANSLATE_NOOP("core.errors", "{model} is shut down").format(model=model.display_name),
        detail,
        _replacement_text(catalog, model),
    )


def api_error_message(catalog: ModelCatalog, model_id: str, error: ServiceError) -> UserMessage:
    """Map an HTTP error from the service to a message; the server text goes to `technical`."""
    code, status, text = error.code, error.status, error.message
    technical = f"HTTP {code} {status}: {text}"
    model = catalog.find(model_id)
    lowered = text.lower()
    if "api key not valid" in lowered or "api_key_invalid" in lowered:
        return UserMessage(
            ErrorKind.INVALID_KEY,
            QT_TRANSLATE_NOOP("core.errors", "The API key was not accepted"),
            QT_TRANSLATE_NOOP("core.errors", "Google says this API key is not valid."),
            QT_TRANSLATE_NOOP(
                "core.errors",
                "Copy the key again from Google AI Studio and save it in Preferences, then use Test key.",
            ),
            technical,
        )
    if is_seed_rejection(code, text):
        return seed_rejected_message(model, model_id)
    if code == 413 or "payload size exceeds" in lowered:
        return UserMessage(
            ErrorKind.TOO_LARGE,
            QT_TRANSLATE_NOOP("core.errors", "The request was too large"),
            QT_TRANSLATE_NOOP(
                "core.errors",
                "Google refused the request because it was larger than it accepts (100 MB with every "
                "reference image and the conversation so far).",
            ),
            QT_TRANSLATE_NOOP(
                "core.errors",
                "Remove some reference images, or start a new conversation from the latest image.",
            ),
            technical,
        )
    if "unable to process input image" in lowered or "unsupported mime type" in lowered:
        return UserMessage(
            ErrorKind.BAD_INPUT_IMAGE,
            QT_TRANSLATE_NOOP("core.errors", "Google could not read an input image"),
            QT_TRANSLATE_NOOP(
                "core.errors",
                "One of the images sent with the request (a reference or an earlier picture) is damaged "
                "or of a type the model does not take.",
            ),
            QT_TRANSLATE_NOOP(
                "core.errors",
                "Remove the reference and add it again (Cutie converts it), or use a PNG or JPEG.",
            ),
            technical,
        )
    if "thought_signature" in lowered or "thought signature" in lowered:
        return UserMessage(
            ErrorKind.SIGNATURE_MISSING,
            QT_TRANSLATE_NOOP("core.errors", "The conversation could not be continued"),
            QT_TRANSLATE_NOOP(
                "core.errors",
                "Google requires the model's earlier turns to be sent back exactly as they came, and "
                "one of them was missing or altered (its thought signature did not match).",
            ),
            QT_TRANSLATE_NOOP(
                "core.errors", "Start a new conversation from this image, or branch from an earlier turn."
            ),
            technical,
        )
    if status == "FAILED_PRECONDITION" and (
        "country" in lowered or "region" in lowered or "location" in lowered
    ):
        return UserMessage(
            ErrorKind.REGION_BLOCKED,
            QT_TRANSLATE_NOOP("core.errors", "Image generation is not available in your region"),
            QT_TRANSLATE_NOOP(
                "core.errors", "Google does not offer Gemini image generation where this request came from."
            ),
            QT_TRANSLATE_NOOP(
                "core.errors", "This is a restriction of Google's service, not of Cutie or your key."
            ),
            technical,
        )
    if code == 404:
        if model is not None and model.replacement:
            msg = shut_down_message(catalog, model)
            return UserMessage(msg.kind, msg.title, msg.detail, msg.action, technical)
        return UserMessage(
            ErrorKind.MODEL_NOT_FOUND,
            QT_TRANSLATE_NOOP("core.errors", "Model not found"),
            QT_TRANSLATE_NOOP(
                "core.errors", "Google does not offer {model} (it may have been renamed or shut down)."
            ).format(model=model_id),
            QT_TRANSLATE_NOOP("core.errors", "Pick another model from the model list."),
            technical,
        )
    if code == 429:
        return UserMessage(
            ErrorKind.QUOTA,
            QT_TRANSLATE_NOOP("core.errors", "Quota reached"),
            QT_TRANSLATE_NOOP(
                "core.errors",
                "Google is refusing more requests for now: your project hit its rate limit or spending "
                "quota (limits are per Google Cloud project, not per key).",
            ),
            QT_TRANSLATE_NOOP(
                "core.errors",
                "Wait a minute and retry, lower the number of parallel requests, or check billing in "
                "Google AI Studio.",
            ),
            technical,
            retryable=True,
        )
    if code in (401, 403):
        return UserMessage(
            ErrorKind.PERMISSION,
            QT_TRANSLATE_NOOP("core.errors", "Access denied"),
            QT_TRANSLATE_NOOP(
                "core.errors",
                "Google refused this key for image generation (no key sent, the key lacks permission, "
                "or billing is not enabled; image generation is pay-as-you-go).",
            ),
            QT_TRANSLATE_NOOP(
                "core.errors",
                "Check the key and that billing is enabled for its project in Google AI Studio.",
            ),
            technical,
        )
    if code == 503 or status == "UNAVAILABLE":
        return UserMessage(
            ErrorKind.OVERLOADED,
            QT_TRANSLATE_NOOP("core.errors", "Google's image service is overloaded"),
            QT_TRANSLATE_NOOP(
                "core.errors",
                "The model stayed busy after several automatic retries. This happens most with 4K images.",
            ),
            QT_TRANSLATE_NOOP("core.errors", "Try again in a few minutes, or pick a smaller size."),
            technical,
            retryable=True,
        )
    if code == 504 or status == "DEADLINE_EXCEEDED":
        return network_message(NetworkError(True, technical))
    if code >= 500:
        return UserMessage(
            ErrorKind.SERVER,
            QT_TRANSLATE_NOOP("core.errors", "Google had an internal error"),
            QT_TRANSLATE_NOOP(
                "core.errors", "The service failed while making this image, even after automatic retries."
            ),
            QT_TRANSLATE_NOOP(
                "core.errors", "Retry in a moment. If it keeps happening, copy the details for a bug report."
            ),
            technical,
            retryable=True,
        )
    if "multiple candidates" in lowered:
        detail = QT_TRANSLATE_NOOP(
            "core.errors", "This model makes one image per request; Cutie sends one request per variant."
        )
    else:
        detail = QT_TRANSLATE_NOOP("core.errors", "Google refused the request as invalid.")
    return UserMessage(
        ErrorKind.INVALID_REQUEST,
        QT_TRANSLATE_NOOP("core.errors", "The request was refused"),
        detail,
        QT_TRANSLATE_NOOP(
            "core.errors",
            "Check the details; if the settings look right, the model may have changed what it accepts.",
        ),
        technical,
    )


def model_list_message(catalog: ModelCatalog, error: ServiceError) -> UserMessage:
    """Why the model list could not be had; a 404 there means the endpoint is not the Gemini API."""
    if error.code == 404:
        return UserMessage(
            ErrorKind.INVALID_REQUEST,
            QT_TRANSLATE_NOOP("core.errors", "The endpoint did not answer like the Gemini API"),
            QT_TRANSLATE_NOOP("core.errors", "The address answered, but it has no Gemini model list."),
            QT_TRANSLATE_NOOP(
                "core.errors",
                "Check the endpoint override in Preferences, or leave it empty to use Google's.",
            ),
            f"HTTP {error.code} {error.status}: {error.message}",
        )
    return api_error_message(catalog, "", error)


_FINISH_TEXT: dict[str, tuple[ErrorKind, Message, Message]] = {
    "IMAGE_SAFETY": (
        ErrorKind.SAFETY_BLOCKED,
        QT_TRANSLATE_NOOP("core.errors", "Blocked by Google's image safety filter"),
        QT_TRANSLATE_NOOP(
            "core.errors", "The image was made but withheld because it tripped Google's safety filter."
        ),
    ),
    "IMAGE_PROHIBITED_CONTENT": (
        ErrorKind.SAFETY_BLOCKED,
        QT_TRANSLATE_NOOP("core.errors", "Blocked as prohibited content"),
        QT_TRANSLATE_NOOP("core.errors", "Google withheld the image under its prohibited-use policy."),
    ),
    "IMAGE_RECITATION": (
        ErrorKind.SAFETY_BLOCKED,
        QT_TRANSLATE_NOOP("core.errors", "Blocked as too close to existing material"),
        QT_TRANSLATE_NOOP(
            "core.errors", "Google withheld the image because it resembled protected material too closely."
        ),
    ),
    "IMAGE_OTHER": (
        ErrorKind.SAFETY_BLOCKED,
        QT_TRANSLATE_NOOP("core.errors", "The image was withheld"),
        QT_TRANSLATE_NOOP("core.errors", "Google withheld the image for an unspecified reason."),
    ),
    "NO_IMAGE": (
        ErrorKind.NO_IMAGE,
        QT_TRANSLATE_NOOP("core.errors", "No image was made"),
        QT_TRANSLATE_NOOP("core.errors", "The model was expected to draw an image but did not."),
    ),
}
_BLOCK_ACTION = QT_TRANSLATE_NOOP(
    "core.errors",
    "Rephrase the scene (avoid real people, violence or suggestive wording) or change a reference "
    "image. Blocked requests may still be billed.",
)


def finish_message(
    finish_reason: str | None,
    server_text: str | None,
    block_reason: str | None,
    has_image: bool,
    text: str,
) -> UserMessage | None:
    """Why an HTTP 200 answer holds no image; None when an image arrived."""
    if has_image:
        return None
    technical = " · ".join(
        p
        for p in (
            f"finishReason={finish_reason}" if finish_reason else "",
            f"blockReason={block_reason}" if block_reason else "",
            server_text or "",
        )
        if p
    )
    if block_reason:
        return UserMessage(
            ErrorKind.PROMPT_BLOCKED,
            QT_TRANSLATE_NOOP("core.errors", "The prompt was blocked"),
            QT_TRANSLATE_NOOP(
                "core.errors", "Google refused the request before drawing anything ({reason})."
            ).format(reason=block_reason.replace("_", " ").lower()),
            _BLOCK_ACTION,
            technical,
        )
    reason = (finish_reason or "").upper()
    if reason in _FINISH_TEXT:
        kind, title, detail = _FINISH_TEXT[reason]
        action = (
            QT_TRANSLATE_NOOP("core.errors", "Try again or rephrase the scene.")
            if kind is ErrorKind.NO_IMAGE
            else _BLOCK_ACTION
        )
        return UserMessage(kind, title, detail, action, technical, retryable=kind is ErrorKind.NO_IMAGE)
    if reason in ("SAFETY", "PROHIBITED_CONTENT", "BLOCKLIST", "SPII", "RECITATION"):
        return UserMessage(
            ErrorKind.SAFETY_BLOCKED,
            QT_TRANSLATE_NOOP("core.errors", "Blocked by Google's safety filter"),
            QT_TRANSLATE_NOOP("core.errors", "Google stopped the answer ({reason}).").format(
                reason=reason.replace("_", " ").lower()
            ),
            _BLOCK_ACTION,
            technical,
        )
    if text.strip():
        return UserMessage(
            ErrorKind.TEXT_ONLY,
            QT_TRANSLATE_NOOP("core.errors", "The model answered in words only"),
            QT_TRANSLATE_NOOP("core.errors", 'It replied: "{text}"').format(text=_shorten(text)),
            QT_TRANSLATE_NOOP(
                "core.errors",
                "Ask for the picture explicitly (for example start with 'Draw' or 'Generate an image of').",
            ),
            technical,
            retryable=True,
        )
    if finish_reason:
        detail = QT_TRANSLATE_NOOP(
            "core.errors", "The answer held neither an image nor an explanation (finish reason {reason})."
        ).format(reason=finish_reason)
    else:
        detail = QT_TRANSLATE_NOOP("core.errors", "The answer held neither an image nor an explanation.")
    return UserMessage(
        ErrorKind.NO_IMAGE,
        QT_TRANSLATE_NOOP("core.errors", "No image was made"),
        detail,
        QT_TRANSLATE_NOOP("core.errors", "Try again."),
        technical,
        retryable=True,
    )


def _shorten(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
