"""Build Cutie's installers. One command per target, run from the root of a checkout:

    python packaging/build.py bundle    the PyInstaller one-folder app: dist/cutie/ (dist/Cutie.app on macOS)
    python packaging/build.py deb       Linux: dist/cutie_<version>_<arch>.deb (needs dpkg-deb and binutils)
    python packaging/build.py windows   Windows: dist/Cutie-<version>-setup.exe (needs Inno Setup 6)
    python packaging/build.py macos     macOS: dist/Cutie-<version>-<arch>.dmg (needs hdiutil)

Only Python 3.11+ is needed to start: the script makes its own virtualenv in build/venv, builds the
wheel, checks the wheel's file list against what the checkout tracks (hatch's force-include copies
untracked files too), installs that wheel (not editable) plus PyInstaller, and refuses PySide6 6.12
or newer on Python < 3.12 (it aborts the window there). So the bundle holds exactly the dependencies
pyproject.toml allows. Each target then starts the bundled app once, offscreen, before packaging it.

Windows and macOS builds come from .github/workflows/installers.yml (they cannot be built on Linux).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from string import Template

sys.path.insert(0, str(Path(__file__).resolve().parent))
from app_identity import (
    APP_ID,
    APP_NAME,
    DISPLAY_NAME,
    HOMEPAGE,
    MAINTAINER,
    PACK_MIME,
    PROJECT_MIME,
    SCREENSHOTS,
    SUMMARY,
    version_of,
)

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
BUILD = ROOT / "build"
DIST = ROOT / "dist"
VENV = BUILD / "venv"
ICONS = BUILD / "icons"
#: PyInstaller 6 (GPL-2.0-or-later with the bootloader exception: bundles may carry any licence).
PYINSTALLER = "pyinstaller>=6.10,<7"
#: Files of the wheel's .dist-info folder; anything else there (or missing) fails the wheel check.
DIST_INFO_FILES = frozenset({"METADATA", "WHEEL", "RECORD", "entry_points.txt"})
#: The window's translations (cutie_app/ui/i18n.py names them; packaging/i18n.py builds them).
TRANSLATED = ("zh_CN", "zh_TW", "es", "id")
#: The app cannot start without these; checked on top of the tracked-files comparison.
REQUIRED_IN_WHEEL = (
    "cutie_app/__main__.py",
    "cutie_app/core/data/models.json",
    "cutie_app/resources/app/cutie.svg",
    "cutie_app/resources/help/guide.html",
    *(f"cutie_app/resources/help/guide.{language}.html" for language in TRANSLATED),
    *(f"cutie_app/resources/i18n/cutie_{language}.qm" for language in TRANSLATED),
)
#: Wheel path prefix -> checkout folder it comes from (pyproject: packages + force-include).
WHEEL_SOURCES = {"cutie_app/": "cutie_app/", "cutie_app/resources/": "resources/"}
START_SECONDS = 3.0


class BuildError(SystemExit):
    """A build step failed; the message says what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(f"build.py: {message}")


def run(
    command: list[str], *, capture_output: bool = False, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run a command, echoing it; a non-zero exit stops the build.

    Commands run in build/ by default: from the checkout's root, Python would import the source tree's
    cutie_app instead of the installed wheel.
    """
    print("+", " ".join(command), flush=True)
    done = subprocess.run(command, text=True, capture_output=capture_output, cwd=cwd or BUILD, check=False)
    if done.returncode != 0:
        if capture_output:
            print(done.stdout, done.stderr, sep="\n", file=sys.stderr)
        raise BuildError(f"{Path(command[0]).name} exited with {done.returncode}")
    return done


def venv_python() -> Path:
    if sys.platform.startswith("win"):
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


# --- the build venv and the wheel -------------------------------------------------------------------


def venv_stamp() -> str:
    """Changes when pyproject.toml or the Python running this script changes: then the venv is remade."""
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes())
    digest.update(sys.version.encode())
    digest.update(PYINSTALLER.encode())
    return digest.hexdigest()


def make_venv() -> None:
    stamp_file = VENV / "cutie-build-stamp"
    if venv_python().exists() and stamp_file.exists() and stamp_file.read_text() == venv_stamp():
        return
    shutil.rmtree(VENV, ignore_errors=True)
    run([sys.executable, "-m", "venv", str(VENV)])
    run([str(venv_python()), "-m", "pip", "install", "-q", "--upgrade", "pip"])
    stamp_file.write_text(venv_stamp())


def build_wheel() -> Path:
    out = BUILD / "wheel"
    shutil.rmtree(out, ignore_errors=True)
    run([str(venv_python()), "-m", "pip", "wheel", "-q", "--no-deps", "--wheel-dir", str(out), str(ROOT)])
    wheels = sorted(out.glob("cutie-*.whl"))
    if len(wheels) != 1:
        raise BuildError(f"expected one cutie wheel in {out}, found {[w.name for w in wheels]}")
    return wheels[0]


def tracked_files() -> list[str] | None:
    """Files git tracks under the folders the wheel is made of, or None outside a git checkout."""
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        return None
    folders = sorted(set(WHEEL_SOURCES.values()))
    done = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", "-z", "--", *folders], capture_output=True, check=False
    )
    if done.returncode != 0:
        return None
    return [name for name in done.stdout.decode("utf-8").split("\0") if name]


def source_files() -> list[str]:
    """Fallback for a source tree without git: every file but caches."""
    names = []
    for folder in sorted(set(WHEEL_SOURCES.values())):
        for path in (ROOT / folder).rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                names.append(path.relative_to(ROOT).as_posix())
    return names


def expected_wheel_files(sources: list[str], version: str) -> set[str]:
    """What the wheel must hold, given the checkout's files: each mapped to its place in the wheel."""
    expected = set()
    for name in sources:
        if name.startswith("resources/"):
            expected.add("cutie_app/resources/" + name.removeprefix("resources/"))
        elif name.startswith("cutie_app/"):
            expected.add(name)
    expected.update(f"cutie-{version}.dist-info/{name}" for name in DIST_INFO_FILES)
    return expected


def wheel_problems(names: set[str], expected: set[str]) -> list[str]:
    """Differences between a wheel's file list and the expectation, as readable lines."""
    problems = [f"unexpected in the wheel (untracked or generated?): {n}" for n in sorted(names - expected)]
    problems += [f"missing from the wheel: {n}" for n in sorted(expected - names)]
    problems += [f"required file missing: {n}" for n in REQUIRED_IN_WHEEL if n not in names]
    return problems


def check_wheel(wheel: Path, version: str) -> None:
    sources = tracked_files()
    if sources is None:
        print("note: not a git checkout; the wheel is compared with the source tree instead")
        sources = source_files()
    with zipfile.ZipFile(wheel) as archive:
        names = {n for n in archive.namelist() if not n.endswith("/")}
        entry_points = archive.read(f"cutie-{version}.dist-info/entry_points.txt").decode("utf-8")
    problems = wheel_problems(names, expected_wheel_files(sources, version))
    if not re.search(r"^cutie\s*=\s*cutie_app\.__main__:main\s*$", entry_points, re.MULTILINE):
        problems.append("entry_points.txt does not define the `cutie` script")
    if problems:
        raise BuildError("the wheel's contents are not what the checkout tracks:\n  " + "\n  ".join(problems))
    print(f"wheel ok: {wheel.name}, {len(names)} files as expected")


def install_wheel(wheel: Path) -> None:
    python = str(venv_python())
    run([python, "-m", "pip", "install", "-q", "--force-reinstall", "--no-deps", str(wheel)])
    run([python, "-m", "pip", "install", "-q", str(wheel), PYINSTALLER])


def check_qt_version() -> str:
    """PySide6 6.12.0 aborts the window on Python < 3.12 (pyproject.toml says why): refuse to bundle it."""
    probe = "import sys, PySide6; print(PySide6.__version__); print(sys.version_info[0], sys.version_info[1])"
    out = run([str(venv_python()), "-c", probe], capture_output=True).stdout.split()
    qt_version, py_version = out[0], (int(out[1]), int(out[2]))
    qt = tuple(int(part) for part in re.findall(r"\d+", qt_version)[:2])
    if py_version < (3, 12) and qt >= (6, 12):
        raise BuildError(
            f"PySide6 {qt_version} on Python {py_version[0]}.{py_version[1]} aborts the app; "
            "build with PySide6 < 6.12 or Python 3.12+"
        )
    print(f"PySide6 {qt_version} on Python {py_version[0]}.{py_version[1]}: ok")
    return qt_version


def check_translations() -> None:
    """Compile the `.ts` files again with the venv's Qt and refuse committed `.qm` files that differ."""
    out = BUILD / "i18n"
    shutil.rmtree(out, ignore_errors=True)
    run([str(venv_python()), str(PACKAGING / "i18n.py"), "compile", "--out", str(out)])
    stale = [
        qm.name
        for qm in sorted(out.glob("*.qm"))
        if not (ROOT / "resources" / "i18n" / qm.name).is_file()
        or (ROOT / "resources" / "i18n" / qm.name).read_bytes() != qm.read_bytes()
    ]
    if stale:
        raise BuildError(
            f"{', '.join(stale)} differ from their .ts sources: "
            "run `python packaging/i18n.py compile` and commit the .qm files"
        )
    print(f"translations ok: {len(list(out.glob('*.qm')))} .qm files match their .ts sources")


# --- the bundle -------------------------------------------------------------------------------------


def check_tools(tools: dict[str, str]) -> None:
    missing = [f"{tool} ({hint})" for tool, hint in tools.items() if shutil.which(tool) is None]
    if missing:
        raise BuildError("missing tools: " + ", ".join(missing))


def bundle_folder() -> Path:
    """Where PyInstaller leaves the app folder (the executable's folder on macOS)."""
    if sys.platform == "darwin":
        return DIST / f"{DISPLAY_NAME}.app" / "Contents" / "MacOS"
    return DIST / APP_NAME


def bundle_executable(console: bool) -> Path:
    if sys.platform.startswith("win"):
        return bundle_folder() / ("cutie-cli.exe" if console else "cutie.exe")
    return bundle_folder() / APP_NAME


def build_bundle() -> str:
    """Venv, wheel, icons, PyInstaller, then start the bundle once. Returns the version."""
    if sys.version_info < (3, 11):  # noqa: UP036 (the system Python that runs this may be older)
        raise BuildError("Python 3.11 or newer is needed")
    if sys.platform.startswith("linux"):
        check_tools(
            {"objdump": "apt-get install binutils", "objcopy": "apt-get install binutils", "ldd": "libc-bin"}
        )
    version = version_of(ROOT)
    make_venv()
    wheel = build_wheel()
    check_wheel(wheel, version)
    install_wheel(wheel)
    check_qt_version()
    check_translations()
    shutil.rmtree(ICONS, ignore_errors=True)
    run([str(venv_python()), str(PACKAGING / "render_icons.py"), str(ICONS)])
    for old in (DIST / APP_NAME, DIST / f"{DISPLAY_NAME}.app"):
        shutil.rmtree(old, ignore_errors=True)
    run(
        [
            str(venv_python()),
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(BUILD / "pyinstaller"),
            str(PACKAGING / "cutie.spec"),
        ]
    )
    if sys.platform.startswith("linux"):
        check_libraries_resolve(bundle_folder())
    smoke_test(version)
    size = sum(p.stat().st_size for p in bundle_folder().rglob("*") if p.is_file() and not p.is_symlink())
    print(f"bundle ok: {bundle_folder()} ({size / 1e6:.0f} MB)")
    return version


def check_libraries_resolve(folder: Path) -> None:
    """Every library a bundled ELF file needs is in the bundle or on the system (GL, libc: .deb Depends).

    PyInstaller copies libraries from the build machine; one the build machine lacks (Qt's xcb plugin
    needs libxcb-icccm4 and libxcb-keysyms1, which Debian does not install by default) is silently
    left out, and the window would not open under X11 on a desktop that lacks it too.
    """
    env = dict(os.environ, LD_LIBRARY_PATH=str(folder / "_internal"))
    missing: dict[str, set[str]] = {}
    for elf in (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink() and is_elf(p)):
        out = subprocess.run(["ldd", str(elf)], env=env, capture_output=True, text=True, check=False).stdout
        for library in re.findall(r"^\s*(\S+) => not found", out, re.MULTILINE):
            missing.setdefault(library, set()).add(elf.name)
    if missing:
        lines = [
            f"{library} (needed by {', '.join(sorted(users))})" for library, users in sorted(missing.items())
        ]
        raise BuildError(
            "the bundle lacks libraries the build machine does not have:\n  "
            + "\n  ".join(lines)
            + "\ninstall them and build again (Debian/Ubuntu: apt-get install libxcb-icccm4 libxcb-keysyms1)"
        )
    print("libraries ok: every bundled library's dependencies resolve")


def smoke_test(version: str) -> None:
    """`cutie --version`, then an offscreen demo start that must stay up and quit cleanly."""
    shown = run([str(bundle_executable(console=True)), "--version"], capture_output=True).stdout.strip()
    if shown != f"Cutie {version}":
        raise BuildError(f"the bundle says {shown!r}, expected 'Cutie {version}'")
    with tempfile.TemporaryDirectory(prefix="cutie-smoke-") as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        env.update(CUTIE_DATA_DIR=str(Path(home) / "data"), CUTIE_CONFIG_DIR=str(Path(home) / "config"))
        command = [str(bundle_executable(console=False)), "--demo", "--quit-after", str(START_SECONDS)]
        print("+", " ".join(command), flush=True)
        started = dt.datetime.now()
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)
        took = (dt.datetime.now() - started).total_seconds()
        if done.returncode != 0 or took < START_SECONDS:
            raise BuildError(
                f"the bundled app did not start cleanly (exit {done.returncode} after {took:.1f} s):\n"
                + done.stderr[-3000:]
            )
    print(f"bundle started offscreen in demo mode and quit cleanly after {took:.1f} s")


# --- Linux .deb -------------------------------------------------------------------------------------


def deb_architecture() -> str:
    return run(["dpkg", "--print-architecture"], capture_output=True).stdout.strip()


def is_elf(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(4) == b"\x7fELF"


def glibc_needed(folder: Path) -> str:
    """The newest GLIBC_x.y symbol version any ELF file of the bundle asks for (the .deb's libc6 floor)."""
    elves = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink() and is_elf(p)]
    newest = (2, 17)
    for start in range(0, len(elves), 64):
        chunk = [str(p) for p in elves[start : start + 64]]
        out = subprocess.run(["objdump", "-T", *chunk], capture_output=True, text=True, check=False).stdout
        for major, minor in re.findall(r"GLIBC_(\d+)\.(\d+)", out):
            newest = max(newest, (int(major), int(minor)))
    return f"{newest[0]}.{newest[1]}"


def release_date() -> str:
    """The last commit's date (reproducible metadata), or today outside git."""
    if shutil.which("git") and (ROOT / ".git").exists():
        done = subprocess.run(
            ["git", "-C", str(ROOT), "log", "-1", "--format=%cs"], capture_output=True, text=True, check=False
        )
        if done.returncode == 0 and done.stdout.strip():
            return done.stdout.strip()
    return dt.date.today().isoformat()


def metainfo(version: str) -> str:
    shots = []
    for number, (path, caption) in enumerate(SCREENSHOTS):
        kind = ' type="default"' if number == 0 else ""
        shots.append(
            f"    <screenshot{kind}>\n      <caption>{caption}</caption>\n"
            f"      <image>{HOMEPAGE}{path}</image>\n    </screenshot>"
        )
    template = Template((PACKAGING / "linux" / "metainfo.xml.in").read_text("utf-8"))
    return template.substitute(
        app_id=APP_ID,
        summary=SUMMARY,
        homepage=HOMEPAGE,
        screenshots="\n".join(shots),
        version=version,
        date=release_date(),
    )


def normalise_modes(root: Path) -> None:
    """0755 for folders and executables, 0644 for the rest, whatever the builder's umask was."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir() or path.stat().st_mode & 0o111:
            path.chmod(0o755)
        else:
            path.chmod(0o644)


def stage_deb(version: str, arch: str) -> Path:
    root = BUILD / "deb" / "root"
    shutil.rmtree(root.parent, ignore_errors=True)
    share = root / "usr" / "share"
    shutil.copytree(DIST / APP_NAME, root / "opt" / APP_NAME, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / APP_NAME).symlink_to(f"/opt/{APP_NAME}/{APP_NAME}")
    linux = PACKAGING / "linux"
    for source, target in (
        (linux / "cutie.desktop", share / "applications" / f"{APP_NAME}.desktop"),
        (linux / "cutie-mime.xml", share / "mime" / "packages" / f"{APP_NAME}.xml"),
    ):
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    (share / "metainfo").mkdir(parents=True)
    (share / "metainfo" / f"{APP_ID}.metainfo.xml").write_text(metainfo(version), "utf-8")
    shutil.copytree(ICONS / "hicolor", share / "icons" / "hicolor")
    doc = share / "doc" / APP_NAME
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        f"Cutie {version}\nCopyright: Cutie Developers. All rights reserved.\n"
        "The bundle in /opt/cutie includes third-party libraries under their own licences "
        "(Qt and PySide6: LGPL-3.0; Python: PSF), unmodified and dynamically linked.\n",
        "utf-8",
    )
    debian = root / "DEBIAN"
    debian.mkdir()
    for script in ("postinst", "postrm"):
        shutil.copyfile(linux / script, debian / script)
        (debian / script).chmod(0o755)
    normalise_modes(root)
    installed_kib = sum(p.lstat().st_size for p in root.rglob("*") if p.is_file()) // 1024
    control = Template((linux / "control.in").read_text("utf-8")).substitute(
        version=version,
        arch=arch,
        installed_size=installed_kib,
        glibc=glibc_needed(root / "opt" / APP_NAME),
        maintainer=MAINTAINER,
        homepage=HOMEPAGE,
        summary=SUMMARY,
    )
    (debian / "control").write_text(control, "utf-8")
    (debian / "control").chmod(0o644)
    return root


def validate_linux_metadata(root: Path) -> None:
    """desktop-file-validate, appstreamcli and update-mime-database over the staged files, where installed."""
    share = root / "usr" / "share"
    checks = [
        ("desktop-file-validate", [str(share / "applications" / f"{APP_NAME}.desktop")]),
        ("appstreamcli", ["validate", "--no-net", str(share / "metainfo" / f"{APP_ID}.metainfo.xml")]),
    ]
    for tool, args in checks:
        if shutil.which(tool) is None:
            print(f"warning: {tool} is not installed; skipped (apt-get install desktop-file-utils appstream)")
            continue
        run([tool, *args])
    if shutil.which("update-mime-database"):
        with tempfile.TemporaryDirectory(prefix="cutie-mime-") as scratch:
            packages = Path(scratch) / "mime" / "packages"
            packages.mkdir(parents=True)
            shutil.copyfile(share / "mime" / "packages" / f"{APP_NAME}.xml", packages / f"{APP_NAME}.xml")
            print("+ update-mime-database (scratch copy)", flush=True)
            done = subprocess.run(
                ["update-mime-database", str(Path(scratch) / "mime")],
                env=dict(os.environ, XDG_DATA_HOME=scratch),
                capture_output=True,
                text=True,
                check=False,
            )
            types = (
                (Path(scratch) / "mime" / "types").read_text("utf-8").split() if done.returncode == 0 else []
            )
            if done.returncode != 0 or done.stderr.strip() or not {PROJECT_MIME, PACK_MIME} <= set(types):
                raise BuildError(f"the shared-mime-info XML does not load cleanly:\n{done.stderr}")


def build_deb() -> Path:
    if not sys.platform.startswith("linux"):
        raise BuildError("the .deb is built on Linux")
    check_tools({"dpkg-deb": "a Debian or Ubuntu system", "dpkg": "a Debian or Ubuntu system"})
    version = build_bundle()
    arch = deb_architecture()
    root = stage_deb(version, arch)
    validate_linux_metadata(root)
    out = DIST / f"{APP_NAME}_{version}_{arch}.deb"
    out.unlink(missing_ok=True)
    run(["dpkg-deb", "-Zzstd", "--root-owner-group", "--build", str(root), str(out)])
    print(f"deb ok: {out} ({out.stat().st_size / 1e6:.0f} MB)")
    return out


# --- Windows and macOS ------------------------------------------------------------------------------


def inno_compiler() -> str:
    found = shutil.which("iscc")
    if found:
        return found
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        if base and (Path(base) / "Inno Setup 6" / "ISCC.exe").exists():
            return str(Path(base) / "Inno Setup 6" / "ISCC.exe")
    raise BuildError("Inno Setup 6 (ISCC.exe) not found: install it, e.g. `choco install innosetup`")


def inno_defines(version: str) -> dict[str, str]:
    """The `{#Name}` values windows/cutie.iss uses."""
    return {
        "AppVersion": version,
        "AppId": APP_ID,
        "SourceDir": str(DIST / APP_NAME),
        "IconDir": str(ICONS),
        "OutputDir": str(DIST),
    }


def build_windows() -> Path:
    if not sys.platform.startswith("win"):
        raise BuildError("the Windows installer is built on Windows (see .github/workflows/installers.yml)")
    iscc = inno_compiler()
    version = build_bundle()
    defines = [f"/D{name}={value}" for name, value in inno_defines(version).items()]
    run([iscc, *defines, str(PACKAGING / "windows" / "cutie.iss")])
    out = DIST / f"{DISPLAY_NAME}-{version}-setup.exe"
    if not out.exists():
        raise BuildError(f"Inno Setup did not write {out}")
    print(f"installer ok: {out}")
    return out


def build_macos() -> Path:
    if sys.platform != "darwin":
        raise BuildError("the macOS app is built on macOS (see .github/workflows/installers.yml)")
    check_tools({"hdiutil": "part of macOS"})
    version = build_bundle()
    out = DIST / f"{DISPLAY_NAME}-{version}-{platform.machine()}.dmg"
    run(["bash", str(PACKAGING / "macos" / "make_dmg.sh"), str(DIST / f"{DISPLAY_NAME}.app"), str(out)])
    print(f"dmg ok: {out}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python packaging/build.py",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("target", choices=("bundle", "deb", "windows", "macos"))
    args = parser.parse_args(argv)
    BUILD.mkdir(exist_ok=True)
    if args.target == "bundle":
        build_bundle()
    elif args.target == "deb":
        build_deb()
    elif args.target == "windows":
        build_windows()
    else:
        build_macos()
    return 0


if __name__ == "__main__":
    sys.exit(main())
