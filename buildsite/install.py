"""Install what the build and the tests need, where it is missing.

This runs on the plain python3 a newcomer has, before any package is
installed: standard library only.
"""

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
VENV_PYTHON = VENV / "bin" / "python"
LOCK = ROOT / "requirements.lock"
NODE_MODULES = ROOT / "node_modules"
DEFAULT_CHROMIUM = "/usr/bin/chromium"
# How tests and the benchmark start Chromium. Without the last three it keeps
# calling Google's hosts, which a closed network refuses.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


class SetupError(Exception):
    """Something a person has to fix; the message says what and how."""


def digest(*texts):
    return hashlib.sha256("\n".join(texts).encode()).hexdigest()[:16]


def requirements(extras):
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = list(project["dependencies"])
    for extra in extras:
        wanted += project["optional-dependencies"][extra]
    return wanted


def run(command, what):
    """Run a set-up command; on failure say which step failed."""
    print("setup:", what, flush=True)
    if subprocess.run(command, cwd=ROOT).returncode != 0:
        raise SetupError("{} failed: {}".format(what, " ".join(map(str, command))))


def read_stamp(path):
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return {}


def ensure_venv(extras):
    """.venv with the pinned packages; reinstalls only when the pins change."""
    wanted = requirements(extras)
    stamp_path = VENV / "installed.json"
    stamp = read_stamp(stamp_path)
    lock = digest(LOCK.read_text())
    if stamp.get("lock") == lock and set(wanted) <= set(stamp.get("packages", [])):
        return
    if not VENV_PYTHON.exists():
        run([sys.executable, "-m", "venv", str(VENV)], "create .venv")
    kept = stamp.get("packages", []) if stamp.get("lock") == lock else []
    packages = sorted(set(wanted) | set(kept))
    run([str(VENV_PYTHON), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
         "-c", str(LOCK), *packages], "install Python packages into .venv")
    stamp_path.write_text(json.dumps({"lock": lock, "packages": packages}))


def reexec_in_venv(extras):
    """Continue this very command inside .venv (after installing what is missing)."""
    ensure_venv(extras)
    if Path(sys.prefix).resolve() != VENV.resolve():
        os.execv(str(VENV_PYTHON), [str(VENV_PYTHON), *sys.argv])


def ensure_node_packages(dev):
    """node_modules as package-lock.json says; dev adds the benchmark and audit tools."""
    if not shutil.which("node") or not shutil.which("npm"):
        raise SetupError("Node.js 20 and npm are needed: install them (Debian: apt-get install nodejs npm) and run this again")
    stamp_path = NODE_MODULES / ".installed.json"
    stamp = read_stamp(stamp_path)
    lock = digest((ROOT / "package-lock.json").read_text())
    if stamp.get("lock") == lock and (stamp.get("dev") or not dev):
        return
    command = ["npm", "ci", "--no-audit", "--no-fund"] + ([] if dev else ["--omit=dev"])
    run(command, "install npm packages")
    stamp_path.write_text(json.dumps({"lock": lock, "dev": dev}))


def apt_install(package):
    """Install a Debian package where we may (root with apt-get); False where we may not."""
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        return False
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    for command, what in ((["apt-get", "update", "-qq"], "apt-get update"),
                          (["apt-get", "install", "-y", "-qq", package], "install " + package)):
        print("setup:", what, flush=True)
        if subprocess.run(command, env=env, stdin=subprocess.DEVNULL).returncode != 0:
            raise SetupError(what + " failed")
    return True


def chromium_path():
    """The system Chromium the browser tests drive, installed with apt where we may."""
    path = os.environ.get("CHROME_PATH") or DEFAULT_CHROMIUM
    if Path(path).exists():
        return path
    if os.environ.get("CHROME_PATH"):
        raise SetupError("CHROME_PATH is {}, but there is no such file".format(path))
    if apt_install("chromium"):
        return path
    raise SetupError(
        "Chromium is needed for the browser tests and is not at {}. Install it "
        "(Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to a "
        "Chromium or Chrome binary, then run this again".format(DEFAULT_CHROMIUM)
    )


def ensure_java():
    """Java for the Nu Html Checker the tests run, installed with apt where we may."""
    if shutil.which("java") or apt_install("default-jre-headless"):
        return
    raise SetupError("Java is needed for the HTML validation tests (the Nu Html Checker). "
                     "Install it (Debian/Ubuntu: sudo apt-get install default-jre-headless) "
                     "and run this again")
