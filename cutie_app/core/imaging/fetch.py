"""Download an image dragged in from a web browser (a worker-thread job).

Browsers often drop only the image's address. Cutie fetches it once, with a size cap and a
timeout, and then treats the bytes exactly like a dropped file (`imaging.import_reference`).
Only http and https are fetched; nothing is sent but a plain GET.
"""

from __future__ import annotations

import urllib.parse

from cutie_app import __version__
from cutie_app.core.i18n import QT_TRANSLATE_NOOP
from cutie_app.core.imaging.reference_import import MAX_FILE_BYTES, ImageImportError

TIMEOUT_S = 20.0


def url_file_name(url: str) -> str:
    """A readable name for messages and slot labels: the last path segment, else the host."""
    parts = urllib.parse.urlsplit(url)
    name = urllib.parse.unquote(parts.path.rstrip("/").rsplit("/", 1)[-1])
    return name or parts.hostname or "web image"


def fetch_image(url: str, *, max_bytes: int = MAX_FILE_BYTES, timeout_s: float = TIMEOUT_S) -> bytes:
    """The bytes at `url`.

    Raises:
        ImageImportError: the address is not a web address, the server refused, the network
            failed or timed out, or the file is larger than `max_bytes`; the message says which.
    """
    import urllib.error  # with http.client, ~30 ms: only when a web address is dropped
    import urllib.request

    name = url_file_name(url)
    scheme = urllib.parse.urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise ImageImportError(
            QT_TRANSLATE_NOOP(
                "core.import", "“{name}” is not a web address Cutie can download ({scheme} link)."
            ).format(name=name, scheme=scheme or "no")
        )
    request = urllib.request.Request(url, headers={"User-Agent": f"Cutie/{__version__}"})
    try:
        with urllib.request.urlopen(request, timeout=timeout_s) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise ImageImportError(_too_large(name, int(length)))
            data = bytes(response.read(max_bytes + 1))
    except urllib.error.HTTPError as exc:
        raise ImageImportError(
            QT_TRANSLATE_NOOP(
                "core.import",
                "The website refused to send “{name}” (HTTP {code}). Save the image "
                "from the browser and drop the file instead.",
            ).format(name=name, code=exc.code)
        ) from None
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise ImageImportError(
            QT_TRANSLATE_NOOP(
                "core.import",
                "“{name}” could not be downloaded ({reason}). Check the connection, or "
                "save the image from the browser and drop the file instead.",
            ).format(name=name, reason=reason)
        ) from None
    if len(data) > max_bytes:
        raise ImageImportError(_too_large(name, len(data)))
    return data


def _too_large(name: str, size: int) -> str:
    limit = MAX_FILE_BYTES // 1_000_000
    return QT_TRANSLATE_NOOP(
        "core.import", "“{name}” is {size:.0f} MB, too large to import. Use an image under {limit} MB."
    ).format(name=name, size=size / 1e6, limit=limit)
