"""The installers' inputs agree with each other and with the app: names, MIME types, icons, the wheel check.

The full build (`packaging/build.py deb`) and its install test (`packaging/ci_deb.sh`) take minutes;
these are the fast checks of the pieces they are made of.
"""

from __future__ import annotations

import configparser
import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image

from cutie_app import __version__
from cutie_app.core.store import PROJECT_FILE, Project
from cutie_app.core.store.migrations import APPLICATION_ID

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
MIME_NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}


def load(name: str) -> ModuleType:
    """A module of packaging/ (not a package: build.py runs before any venv exists)."""
    saved = list(sys.path)
    try:
        spec = importlib.util.spec_from_file_location(f"cutie_packaging_{name}", PACKAGING / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path[:] = saved


build = load("build")
identity = load("app_identity")


def child(node: ET.Element, path: str) -> ET.Element:
    found = node.find(path, MIME_NS)
    assert found is not None, path
    return found


def attr(node: ET.Element, name: str) -> str:
    value = node.get(name)
    assert value is not None, name
    return value


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(PACKAGING / "linux" / "cutie.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_version_is_read_without_importing_the_app() -> None:
    assert identity.version_of(ROOT) == __version__


def test_wheel_check_catches_untracked_missing_and_required_files() -> None:
    tracked = [
        "cutie_app/__init__.py",
        "cutie_app/__main__.py",
        "cutie_app/core/data/models.json",
        "resources/README.txt",
        "resources/app/cutie.svg",
        "resources/help/guide.html",
        *(f"resources/help/guide.{code}.html" for code in ("zh_CN", "zh_TW", "es", "id")),
        *(
            f"resources/i18n/cutie_{code}.{ext}"
            for code in ("zh_CN", "zh_TW", "es", "id")
            for ext in ("ts", "qm")
        ),
    ]
    expected = build.expected_wheel_files(tracked, "9.9")
    assert "cutie_app/resources/app/cutie.svg" in expected  # force-include's mapping
    assert "cutie-9.9.dist-info/RECORD" in expected
    assert build.wheel_problems(set(expected), expected) == []

    with_stray = set(expected) | {"cutie_app/resources/app/scratch.psd"}
    assert build.wheel_problems(with_stray, expected) == [
        "unexpected in the wheel (untracked or generated?): cutie_app/resources/app/scratch.psd"
    ]
    without_catalogue = set(expected) - {"cutie_app/core/data/models.json"}
    assert build.wheel_problems(without_catalogue, expected) == [
        "missing from the wheel: cutie_app/core/data/models.json",
        "required file missing: cutie_app/core/data/models.json",
    ]
    without_spanish = set(expected) - {"cutie_app/resources/i18n/cutie_es.qm"}
    assert "required file missing: cutie_app/resources/i18n/cutie_es.qm" in build.wheel_problems(
        without_spanish, expected
    )
    without_spanish_guide = set(expected) - {"cutie_app/resources/help/guide.es.html"}
    assert "required file missing: cutie_app/resources/help/guide.es.html" in build.wheel_problems(
        without_spanish_guide, expected
    )


def test_desktop_entry_opens_both_file_types() -> None:
    entry = desktop_entry()
    assert entry["Exec"] == f"{identity.APP_NAME} %F"
    assert entry["Icon"] == identity.APP_NAME
    assert entry["StartupWMClass"] == identity.APP_NAME
    assert set(filter(None, entry["MimeType"].split(";"))) == {identity.PROJECT_MIME, identity.PACK_MIME}
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(
            ["desktop-file-validate", str(PACKAGING / "linux" / "cutie.desktop")],
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0 and done.stdout == "", done.stdout


def test_mime_types_match_the_app_and_its_database_header() -> None:
    tree = ET.parse(PACKAGING / "linux" / "cutie-mime.xml")
    types = {t.get("type"): t for t in tree.getroot().findall("m:mime-type", MIME_NS)}
    assert set(types) == {identity.PROJECT_MIME, identity.PACK_MIME}
    project, pack = types[identity.PROJECT_MIME], types[identity.PACK_MIME]
    assert [g.get("pattern") for g in project.findall("m:glob", MIME_NS)] == [PROJECT_FILE]
    assert [g.get("pattern") for g in pack.findall("m:glob", MIME_NS)] == ["*" + identity.PACK_SUFFIX]
    for mime, node in types.items():
        assert attr(child(node, "m:icon"), "name") == identity.mime_icon_name(mime)
    outer = child(project, "m:magic/m:match")
    inner = child(outer, "m:match")
    assert (outer.get("offset"), outer.get("value")) == ("0", "SQLite format 3\\000")
    assert (inner.get("type"), inner.get("offset")) == ("big32", "68")
    assert int(attr(inner, "value"), 16) == APPLICATION_ID  # the store's PRAGMA application_id


@pytest.mark.skipif(
    not (shutil.which("update-mime-database") and shutil.which("mimetype")),
    reason="needs shared-mime-info and mimetype (libfile-mimeinfo-perl)",
)
def test_a_real_project_is_recognised_by_name_and_by_content(tmp_path: Path) -> None:
    mime = tmp_path / "share" / "mime"
    (mime / "packages").mkdir(parents=True)
    shutil.copyfile(PACKAGING / "linux" / "cutie-mime.xml", mime / "packages" / "cutie.xml")
    shutil.copyfile("/usr/share/mime/packages/freedesktop.org.xml", mime / "packages" / "freedesktop.org.xml")
    env = {
        "XDG_DATA_HOME": str(tmp_path / "share"),
        "XDG_DATA_DIRS": str(tmp_path / "share"),
        "PATH": "/usr/bin:/bin",
    }
    subprocess.run(["update-mime-database", str(mime)], check=True, env=env, capture_output=True)
    Project.create(tmp_path / "Little Orange", "Little Orange").close()
    database = tmp_path / "Little Orange" / PROJECT_FILE
    renamed = tmp_path / "copy-of-project.db"
    shutil.copyfile(database, renamed)
    other = tmp_path / "other.db"
    other.write_bytes(b"SQLite format 3\x00" + bytes(84))  # a SQLite header without Cutie's id

    def kind(path: Path) -> str:
        return subprocess.run(
            ["mimetype", "-b", str(path)], env=env, capture_output=True, text=True
        ).stdout.strip()

    assert kind(database) == identity.PROJECT_MIME
    assert kind(renamed) == identity.PROJECT_MIME
    assert kind(other) == "application/vnd.sqlite3"


def test_metainfo_names_this_release_and_the_desktop_entry() -> None:
    root = ET.fromstring(build.metainfo("1.2.3"))
    assert root.findtext("id") == identity.APP_ID
    assert child(root, "launchable").text == f"{identity.APP_NAME}.desktop"
    assert {m.text for m in root.findall("provides/mediatype")} == {identity.PROJECT_MIME, identity.PACK_MIME}
    assert attr(child(root, "releases/release"), "version") == "1.2.3"
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", attr(child(root, "releases/release"), "date"))
    images = [i.text for i in root.findall("screenshots/screenshot/image")]
    assert images == [identity.HOMEPAGE + path for path, _caption in identity.SCREENSHOTS]
    assert [s.get("type") for s in root.findall("screenshots/screenshot")] == ["default"] + [None] * (
        len(images) - 1
    )


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="needs appstreamcli (Debian package appstream)")
def test_metainfo_passes_appstream_validation(tmp_path: Path) -> None:
    path = tmp_path / f"{identity.APP_ID}.metainfo.xml"
    path.write_text(build.metainfo(__version__), "utf-8")
    done = subprocess.run(["appstreamcli", "validate", "--no-net", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_windows_script_gets_every_define_it_uses() -> None:
    script = (PACKAGING / "windows" / "cutie.iss").read_text("utf-8")
    used = set(re.findall(r"\{#(\w+)\}", script))
    assert used == set(build.inno_defines("1.0"))
    for extension in (".cutie", ".cutiepack"):
        assert f'Subkey: "Software\\Classes\\{extension}\\OpenWithProgids"' in script


def test_icons_render_at_every_size(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(PACKAGING / "render_icons.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    icon_names = {
        "apps": identity.APP_NAME,
        "mimetypes": identity.mime_icon_name(identity.PROJECT_MIME),
    }
    for context, name in icon_names.items():
        assert (tmp_path / "hicolor" / "scalable" / context / f"{name}.svg").is_file()
        for size in (16, 24, 32, 48, 64, 128, 256, 512):
            with Image.open(tmp_path / "hicolor" / f"{size}x{size}" / context / f"{name}.png") as png:
                assert png.size == (size, size)
                assert png.mode == "RGBA"
                alpha = png.getchannel("A")
                assert alpha.getextrema() == (0, 255)  # transparent corners, an opaque drawing
    with Image.open(tmp_path / "cutie.ico") as ico:
        assert (256, 256) in ico.info["sizes"] and (16, 16) in ico.info["sizes"]
    with Image.open(tmp_path / "cutie-pack.icns") as icns:
        assert icns.size == (1024, 1024)


def test_the_workflow_builds_all_three_installers() -> None:
    yaml = pytest.importorskip("yaml")
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "installers.yml").read_text("utf-8"))
    commands = {
        name: " ".join(step.get("run", "") for step in job["steps"]) for name, job in workflow["jobs"].items()
    }
    assert "bash packaging/ci_deb.sh" in commands["linux"]
    assert "python packaging/build.py windows" in commands["windows"]
    assert "python packaging/build.py macos" in commands["macos"]
    assert workflow["jobs"]["windows"]["runs-on"].startswith("windows")
    assert workflow["jobs"]["macos"]["runs-on"].startswith("macos")
