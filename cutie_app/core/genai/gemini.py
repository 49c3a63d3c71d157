"""The only module that imports google.genai: client set-up, request mapping, error reduction.

google.genai costs about a second to import, so it is imported inside `GeminiBackend.__init__`,
which runs in a worker, never at start-up. SDK exceptions are reduced here to the core's plain
`ServiceError` / `NetworkError`; the core decides what they mean to a user.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from cutie_app.core.catalog import ListedModel
from cutie_app.core.errors import NetworkError, ServiceError
from cutie_app.core.genai.backend import CallConfig, ContentDict, ModelReply
from cutie_app.core.generation import GeneratedImage, Usage

log = logging.getLogger("cutie.genai")

#: The statuses worth retrying: timeouts, quota, and server-side failures. A 400 never is.
RETRY_STATUS_CODES = (408, 429, 500, 502, 503, 504)


@dataclass(frozen=True)
class ClientSettings:
    """How to reach the service. `base_url=None` lets the SDK read GOOGLE_GEMINI_BASE_URL."""

    api_key: str
    base_url: str | None = None
    #: v1beta is where every image example and feature is documented; SDK 3.x defaults to v1.
    api_version: str = "v1beta"
    #: 4K images from Pro can take minutes; the SDK default is no client-side limit at all.
    timeout_s: float = 600.0
    retry_attempts: int = 5
    retry_initial_delay_s: float = 1.0
    retry_max_delay_s: float = 60.0
    retry_jitter_s: float = 1.0

    def __repr__(self) -> str:  # never let the key reach a log line or a traceback
        return f"ClientSettings(base_url={self.base_url!r}, api_version={self.api_version!r}, api_key=***)"


class GeminiBackend:
    """`ImageBackend` over the official SDK's async client."""

    def __init__(self, settings: ClientSettings) -> None:
        from google import genai
        from google.genai import errors, types

        self._types = types
        self._errors = errors
        self.settings = settings
        http_options = types.HttpOptions(
            base_url=settings.base_url,
            api_version=settings.api_version,
            timeout=int(settings.timeout_s * 1000),
            retry_options=types.HttpRetryOptions(
                attempts=settings.retry_attempts,
                initial_delay=settings.retry_initial_delay_s,
                max_delay=settings.retry_max_delay_s,
                jitter=settings.retry_jitter_s,
                http_status_codes=list(RETRY_STATUS_CODES),
            ),
        )
        # Keep the Client referenced for the backend's lifetime: a collected Client closes its
        # transport under in-flight calls ("client has been closed").
        self._client = genai.Client(api_key=settings.api_key, http_options=http_options)

    async def generate(self, model: str, contents: Sequence[ContentDict], config: CallConfig) -> ModelReply:
        types = self._types
        image_config = None
        if config.aspect_ratio or config.image_size:
            image_config = types.ImageConfig(aspect_ratio=config.aspect_ratio, image_size=config.image_size)
        gen_config = types.GenerateContentConfig(
            response_modalities=list(config.response_modalities) or None,
            image_config=image_config,
            seed=config.seed,
            response_mime_type=config.response_mime_type,
            # JSON Schema as is (`response_schema` would convert it to the OpenAPI subset).
            response_json_schema=dict(config.response_json_schema) if config.response_json_schema else None,
        )
        sdk_contents = [types.Content.model_validate(c) for c in contents]
        try:
            response = await self._client.aio.models.generate_content(
                model=model, contents=sdk_contents, config=gen_config
            )
        except Exception as exc:
            raise self._reduce(exc) from exc
        return self._reply(response)

    async def list_models(self) -> list[ListedModel]:
        listed: list[ListedModel] = []
        try:
            pager = await self._client.aio.models.list(config={"page_size": 100})
            async for model in pager:
                listed.append(
                    ListedModel(
                        id=(model.name or "").removeprefix("models/"),
                        display_name=model.display_name or "",
                        description=model.description or "",
                        methods=tuple(model.supported_actions or ()),
                    )
                )
        except Exception as exc:
            raise self._reduce(exc) from exc
        return listed

    async def aclose(self) -> None:
        await self._client.aio.aclose()

    # -- mapping ----------------------------------------------------------------------------

    def _reduce(self, exc: Exception) -> Exception:
        """SDK and transport exceptions as the core's plain errors; anything else is a bug."""
        if isinstance(exc, self._errors.APIError):
            return ServiceError(int(exc.code or 0), str(exc.status or ""), str(exc.message or ""))
        name = type(exc).__name__
        module = type(exc).__module__ or ""
        if module.startswith(("httpx", "httpcore", "aiohttp")) or isinstance(exc, (OSError, TimeoutError)):
            timed_out = "Timeout" in name or isinstance(exc, TimeoutError)
            return NetworkError(timed_out, f"{name}: {exc}")
        return exc

    def _reply(self, response: Any) -> ModelReply:
        candidate = response.candidates[0] if response.candidates else None
        content = candidate.content if candidate is not None else None
        images: list[GeneratedImage] = []
        texts: list[str] = []
        for part in (content.parts or []) if content is not None else []:
            if part.thought:
                continue  # thinking parts, including interim images, are never results
            if part.inline_data is not None and part.inline_data.data:
                images.append(
                    GeneratedImage(
                        part.inline_data.data, part.inline_data.mime_type or "application/octet-stream"
                    )
                )
            elif part.text:
                texts.append(part.text)

        def dump_content() -> ContentDict | None:
            # Only conversation turns ask for it (see ModelReply).
            if content is None or not content.parts:
                return None
            dumped: ContentDict = content.model_dump(mode="json", exclude_none=True)
            return dumped

        feedback = response.prompt_feedback
        headers = dict(response.sdk_http_response.headers or {}) if response.sdk_http_response else {}
        return ModelReply(
            images=tuple(images),
            text="\n".join(texts).strip(),
            dump_content=dump_content,
            finish_reason=_enum_name(candidate.finish_reason) if candidate is not None else None,
            finish_message=candidate.finish_message if candidate is not None else None,
            block_reason=_enum_name(feedback.block_reason) if feedback is not None else None,
            usage=_usage(response.usage_metadata),
            response_id=response.response_id or "",
            model_version=response.model_version or "",
            headers=headers,
        )


def _enum_name(value: Any) -> str | None:
    if value is None:
        return None
    return str(getattr(value, "value", value))


def _usage(meta: Any) -> Usage:
    if meta is None:
        return Usage()
    image_out = sum(
        d.token_count or 0
        for d in (meta.candidates_tokens_details or [])
        if _enum_name(d.modality) == "IMAGE"
    )
    return Usage(
        prompt_tokens=meta.prompt_token_count or 0,
        output_tokens=meta.candidates_token_count or 0,
        thoughts_tokens=meta.thoughts_token_count or 0,
        total_tokens=meta.total_token_count or 0,
        image_output_tokens=image_out,
    )
