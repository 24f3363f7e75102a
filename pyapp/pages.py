"""The pages whose logic is Python, and the core that decides what each shows: the one map
that the worker (web/worker.py) and the build (each page's shell data) read."""

from pyapp import check_page, log_page

CORES = {"check": check_page, "log": log_page}


def shell_data(lang):
    """{page: its (data attribute, value) pairs}: what web/shell.js says on each page, in lang."""
    return dict((page, core.shell_data(lang)) for page, core in CORES.items())
