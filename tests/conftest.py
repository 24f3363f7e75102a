"""Shared fixtures: the repository root, the built site, a server, a browser."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
