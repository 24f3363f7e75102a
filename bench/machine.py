"""The machine a bench ran on and how busy it was, so its results can be judged and reproduced."""

import json
import os
import platform
import subprocess
from pathlib import Path

from bench.paths import ROOT
from buildsite import install

CPUINFO = Path("/proc/cpuinfo")
MEMINFO = Path("/proc/meminfo")
OS_RELEASE = Path("/etc/os-release")


def field(path, name, separator):
    """The value of the first line of path that starts with name, or None."""
    try:
        lines = path.read_text().splitlines()
    except OSError:
        return None
    for line in lines:
        key, _, value = line.partition(separator)
        if key.strip() == name:
            return value.strip().strip('"')
    return None


def memory_gb():
    """Total memory in GB, or None where /proc/meminfo is missing."""
    total = field(MEMINFO, "MemTotal", ":")
    return round(int(total.split()[0]) / 1024 ** 2, 1) if total else None


def chromium_version():
    """The version the system Chromium reports, e.g. "Chromium 156.0.8078.108"."""
    try:
        done = subprocess.run([install.chromium_path(), "--version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError, install.SetupError):
        return None
    return done.stdout.split(" built on ")[0].strip() or None


def lighthouse_version():
    """The installed Lighthouse's version, or None."""
    try:
        return json.loads((ROOT / "node_modules" / "lighthouse" / "package.json").read_text())["version"]
    except (OSError, ValueError, KeyError):
        return None


def describe():
    """CPU model, cores, memory, OS, Chromium and Lighthouse of this machine."""
    return {"cpu": field(CPUINFO, "model name", ":") or platform.processor() or platform.machine(),
            "cores": os.cpu_count(), "memory_gb": memory_gb(),
            "os": "{} (Linux {})".format(field(OS_RELEASE, "PRETTY_NAME", "="), platform.release())
            if OS_RELEASE.exists() else platform.platform(),
            "chromium": chromium_version(), "lighthouse": lighthouse_version()}


def load():
    """The load average over 1, 5 and 15 minutes."""
    return [round(value, 2) for value in os.getloadavg()]
