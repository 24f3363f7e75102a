#!/usr/bin/env python3
"""The one entry point of the project.

    python3 build.py build          build the site into site/
    python3 build.py serve          build, then serve site/ on http://127.0.0.1:8000
    python3 build.py test [ARGS]    run every test (ARGS are passed to pytest)
    python3 build.py bench          measure the built site on a simulated phone
    python3 build.py translated LANG KEY [KEY ...]
                                    after redoing those keys' translations in
                                    pyapp/texts_LANG.py, record the English they
                                    translate (the build fails until then)

Each command first installs what it needs and is missing: the pinned Python
packages into .venv, the pinned npm packages into node_modules, and for the
tests the system Chromium.
"""

import argparse
import logging
import os
import subprocess
import sys

from buildsite import install

PYTHON_EXTRAS = {"build": (), "serve": (), "test": ("test",), "bench": ("test",), "translated": ()}
NEEDS_NPM_DEV = ("test", "bench")


def parse(argv):
    parser = argparse.ArgumentParser(prog="build.py", description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=sorted(PYTHON_EXTRAS), nargs="?", default="build")
    parser.add_argument("--port", type=int, default=8000, help="serve: the port (default 8000)")
    parser.add_argument("--runs", type=int, default=3, help="bench: runs per page and visit (default 3)")
    parser.add_argument("--no-lighthouse", dest="lighthouse", action="store_false",
                        help="bench: skip Lighthouse (quicker, for development)")
    parser.add_argument("--report-only", "--readme-only", dest="report_only", action="store_true",
                        help="bench: rewrite BENCHMARKS.md from .bench/results.json, without measuring")
    parser.add_argument("--site-url", help="build: the address the site is published at "
                        "(default: site_url in mkdocs.yml), e.g. https://user.github.io/repo/")
    return parser.parse_known_args(argv)


def run_tests(pytest_args):
    install.ensure_java()
    env = dict(os.environ, CHROME_PATH=install.chromium_path())
    return subprocess.run([sys.executable, "-m", "pytest", *pytest_args], cwd=install.ROOT, env=env).returncode


def main(argv):
    args, rest = parse(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    if rest and args.command not in ("test", "translated"):
        print("build.py: error: unknown arguments: " + " ".join(rest), file=sys.stderr)
        return 2
    try:
        install.reexec_in_venv(PYTHON_EXTRAS[args.command])
        if args.command == "translated":
            from buildsite import translations

            return translations.translated(rest)
        install.ensure_node_packages(dev=args.command in NEEDS_NPM_DEV)
        if args.command == "test":
            return run_tests(rest)
        if args.command == "bench" and args.report_only:
            import bench

            return bench.report_only()
        from buildsite import site

        site.build(site_url=args.site_url)
        if args.command == "serve":
            from buildsite import serve

            serve.serve_forever(site.SITE_DIR, args.port)
        elif args.command == "bench":
            import bench

            return bench.main(runs=args.runs, lighthouse=args.lighthouse)
    except (install.SetupError, RuntimeError) as error:
        print("build.py: error: {}".format(error), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
