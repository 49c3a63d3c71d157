"""Run the demo Gemini server standalone: `python -m cutie_app.demo [--port N] [--latency S]`.

Useful for manual demos and for pointing any google-genai client at it via GOOGLE_GEMINI_BASE_URL.
"""

from __future__ import annotations

import argparse
import logging
import threading
from pathlib import Path

from cutie_app.demo.server import DemoServer


def main(argv: list[str] | None = None) -> int:
    """Serve until Ctrl+C; prints the base URL so it can be pasted into the app or the environment."""
    parser = argparse.ArgumentParser(prog="python -m cutie_app.demo", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="interface to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="TCP port (default: a free one)")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds to wait before each answer")
    parser.add_argument("--image-scale", type=float, default=0.25, help="drawn size / nominal size")
    parser.add_argument(
        "--image-file", help="answer every image request with this PNG or JPEG instead of a drawn placeholder"
    )
    parser.add_argument("--verbose", action="store_true", help="log every request")
    args = parser.parse_args(argv)

    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING)
    payload = Path(args.image_file).read_bytes() if args.image_file else None
    server = DemoServer(
        host=args.host,
        port=args.port,
        latency_s=args.latency,
        image_scale=args.image_scale,
        image_payload=payload,
    )
    server.start()
    try:  # Ctrl+C may come as soon as the first line is out
        print(f"Cutie demo Gemini server at {server.base_url}", flush=True)
        print(
            f"  GOOGLE_GEMINI_BASE_URL={server.base_url} GEMINI_API_KEY=demo (api_version v1beta or v1)",
            flush=True,
        )
        print("Press Ctrl+C to stop.", flush=True)
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    print("stopped", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
