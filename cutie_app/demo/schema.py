"""What the demo server refuses before it draws anything, as strictly as Google's service does.

The real service parses request JSON against its protobuf schema: a field it does not know is a
400 ("Unknown name"), in lowerCamel or snake_case alike, at any depth. It refuses input images of
types the model does not take and bytes that are not the image they claim to be, response
modalities it does not know or the model cannot produce, and requests over 100 MB (API_FACTS
§1.2-1.5, §8, Appendix W). Cutie's tests run against the demo server, so anything the service
would refuse must fail them here too. Nothing here knows Cutie: the demo never imports its core.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator, Mapping
from typing import Any

from PIL import Image, UnidentifiedImageError

#: "The file size limit has also increased from 20MB to 100MB" (Gemini API changelog, 2026-01-08).
MAX_REQUEST_BYTES = 100_000_000
MSG_TOO_LARGE = "Request payload size exceeds the limit: {limit} bytes."
MSG_BAD_IMAGE = (
    "Unable to process input image. Please retry or report in "
    "https://developers.generativeai.google/guide/troubleshooting"
)
MSG_MIME = "Unsupported MIME type: {mime}"
MSG_MODALITIES = "Model does not support the requested response modalities: {names}"
_MODALITY_ENUM = "type.googleapis.com/google.ai.generativelanguage.v1beta.GenerationConfig.Modality"

#: Input image types the image models take (Vertex model cards, API_FACTS §1.4).
IMAGE_INPUT_MIME = frozenset({"image/png", "image/jpeg", "image/webp", "image/heic", "image/heif"})
#: Text models read documents and media as well.
TEXT_INPUT_MIME = IMAGE_INPUT_MIME | {"application/pdf", "text/plain", "audio/wav", "audio/mp3", "video/mp4"}
MODALITIES = frozenset({"TEXT", "IMAGE", "AUDIO"})
#: HEIF files sniff as HEIC: one family.
_FAMILY = {"image/heif": "image/heic"}

_ANY = "*"  # a message whose inside the demo does not check (tools, schemas, speech...)

#: The request messages Cutie and the SDK can send, by their lowerCamel JSON names: each field
#: maps to the message it holds (a name in this table, `_ANY`, or None for a scalar or list of
#: scalars). A trailing "[]" marks a repeated message.
MESSAGES: dict[str, dict[str, str | None]] = {
    "GenerateContentRequest": {
        "model": None,
        "contents": "Content[]",
        "systemInstruction": "Content",
        "tools": _ANY,
        "toolConfig": _ANY,
        "safetySettings": "SafetySetting[]",
        "generationConfig": "GenerationConfig",
        "cachedContent": None,
        "labels": _ANY,
        "serviceTier": None,
        "store": None,
    },
    "CountTokensRequest": {"contents": "Content[]", "generateContentRequest": "GenerateContentRequest"},
    "GenerationConfig": {
        "stopSequences": None,
        "responseMimeType": None,
        "responseSchema": _ANY,
        "responseJsonSchema": _ANY,
        "candidateCount": None,
        "maxOutputTokens": None,
        "temperature": None,
        "topP": None,
        "topK": None,
        "seed": None,
        "presencePenalty": None,
        "frequencyPenalty": None,
        "responseLogprobs": None,
        "logprobs": None,
        "enableEnhancedCivicAnswers": None,
        "responseModalities": None,
        "speechConfig": _ANY,
        "thinkingConfig": "ThinkingConfig",
        "imageConfig": "ImageConfig",
        "mediaResolution": None,
        "audioTranscriptionConfig": _ANY,
    },
    # The Developer API takes only these two; the SDK refuses the Vertex-only ones client-side.
    "ImageConfig": {"aspectRatio": None, "imageSize": None},
    "ThinkingConfig": {"includeThoughts": None, "thinkingBudget": None, "thinkingLevel": None},
    "SafetySetting": {"category": None, "threshold": None, "method": None},
    "Content": {"role": None, "parts": "Part[]"},
    "Part": {
        "text": None,
        "inlineData": "Blob",
        "fileData": "FileData",
        "functionCall": _ANY,
        "functionResponse": _ANY,
        "executableCode": _ANY,
        "codeExecutionResult": _ANY,
        "videoMetadata": _ANY,
        "thought": None,
        "thoughtSignature": None,
        "partMetadata": _ANY,
        "mediaResolution": _ANY,
    },
    "Blob": {"mimeType": None, "data": None},
    "FileData": {"mimeType": None, "fileUri": None},
}


class RefusedError(Exception):
    """A request the service would refuse; `str()` is Google's text for it."""

    def __init__(self, message: str, code: int = 400, status: str = "INVALID_ARGUMENT") -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.status = status


def snake(name: str) -> str:
    """The proto field name for a JSON name: `imageConfig` -> `image_config`."""
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def camel(name: str) -> str:
    """The lowerCamel JSON name for a proto name: `image_config` -> `imageConfig`."""
    head, *rest = name.split("_")
    return head + "".join(word[:1].upper() + word[1:] for word in rest)


def check_fields(body: Mapping[str, Any], message: str = "GenerateContentRequest") -> None:
    """Refuse every field the service's schema does not have, all named in one answer."""
    unknown = list(_unknown_fields(body, message, ""))
    if unknown:
        raise RefusedError(
            "\n".join(
                f'Invalid JSON payload received. Unknown name "{name}"'
                + (f" at '{path}'" if path else "")
                + ": Cannot find field."
                for path, name in unknown
            )
        )


def _unknown_fields(obj: Any, message: str, path: str) -> Iterator[tuple[str, str]]:
    fields = MESSAGES[message]
    if not isinstance(obj, dict):
        return
    for key, value in obj.items():
        name = camel(key) if "_" in key else key
        if name not in fields:
            yield path, key
            continue
        inner = fields[name]
        if inner is None or inner == _ANY:
            continue
        child = f"{path}.{snake(name)}" if path else snake(name)
        if inner.endswith("[]"):
            items = value if isinstance(value, list) else [value]
            for index, item in enumerate(items):
                yield from _unknown_fields(item, inner[:-2], f"{child}[{index}]")
        else:
            yield from _unknown_fields(value, inner, child)


def check_modalities(config: Mapping[str, Any], produces: frozenset[str]) -> list[str]:
    """The requested response modalities, upper-cased (the service takes "Image" too)."""
    raw = config.get("responseModalities", config.get("response_modalities"))
    if raw is None:
        return []
    values = raw if isinstance(raw, list) else [raw]
    wanted: list[str] = []
    for index, value in enumerate(values):
        if not isinstance(value, str) or value.upper() not in MODALITIES:
            shown = value if isinstance(value, str) else repr(value)
            raise RefusedError(
                f"Invalid value at 'generation_config.response_modalities[{index}]' ({_MODALITY_ENUM}), "
                f'"{shown}"'
            )
        wanted.append(value.upper())
    unsupported = [m for m in wanted if m not in produces]
    if unsupported:
        raise RefusedError(MSG_MODALITIES.format(names=", ".join(m.lower() for m in unsupported)))
    return wanted


def check_inline_image(mime: Any, data: bytes, accepted: frozenset[str], where: str) -> None:
    """Refuse a MIME type the model does not take, and bytes that are not that kind of image."""
    if not isinstance(mime, str) or not mime:
        raise RefusedError(f"* GenerateContentRequest.{where}.mime_type: mime_type must not be empty.\n")
    mime = mime.lower()
    if mime not in accepted:
        raise RefusedError(MSG_MIME.format(mime=mime))
    if not mime.startswith("image/"):
        return
    if sniff_image(data) != _FAMILY.get(mime, mime) or not _decodes(data, mime):
        raise RefusedError(MSG_BAD_IMAGE)


def sniff_image(data: bytes) -> str | None:
    """The image type from its first bytes (what the service reads, whatever the name says)."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[4:8] == b"ftyp" and data[8:12] in (b"heic", b"heix", b"mif1", b"msf1", b"heim", b"heis"):
        return "image/heic"
    return None


def _decodes(data: bytes, mime: str) -> bool:
    """True when Pillow reads the header and the chunk structure (HEIC: Pillow lacks a decoder)."""
    if mime in ("image/heic", "image/heif"):
        return True
    try:
        with Image.open(io.BytesIO(data)) as img:
            img.verify()  # structure and checksums only: cheap even for a 4K PNG
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return False
    return True


def too_large(limit: int = MAX_REQUEST_BYTES) -> RefusedError:
    """The service's answer to a body over `limit` bytes."""
    return RefusedError(MSG_TOO_LARGE.format(limit=limit))
