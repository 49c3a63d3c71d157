"""Files shipped with the app: icons, translations, the user guide (the checkout's `resources/`).

The wheel and the frozen bundles carry that folder as `cutie_app/resources`, found through
`importlib.resources`. An editable install (a developer's checkout, the tests) has no such
folder inside the package, so the checkout's own `resources/` stands in for it there.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["resource_path", "resources_dir"]


def resources_dir() -> Path | None:
    """The folder holding the shipped resources, or None when the install lacks it."""
    packaged = Path(str(resources.files("cutie_app").joinpath("resources")))
    if packaged.is_dir():
        return packaged
    checkout = Path(str(resources.files("cutie_app"))).parent / "resources"
    if (checkout / "app" / "cutie.svg").is_file():  # the checkout of an editable install
        return checkout
    return None


def resource_path(*parts: str) -> Path | None:
    """`resources/<parts...>` as a real file or folder, or None when it is not shipped."""
    base = resources_dir()
    if base is None:
        return None
    path = base.joinpath(*parts)
    return path if path.exists() else None
