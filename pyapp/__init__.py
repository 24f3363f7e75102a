"""The triage engine: "can I run with upper back pain?"

Pure Python that runs unchanged in CPython 3.11+ and in MicroPython (the
browser, through PyScript). The single definition of every question, rule
and outcome text.
"""

from pyapp.engine import assess, assess_partial
from pyapp.validate import validate

__all__ = ["assess", "assess_partial", "validate"]
