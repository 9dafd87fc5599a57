"""Runs Ralph's LRS (ralph-malph, tools/ralph-requirements.txt) with its file backend for the
browser tests (tests/e2e/lrs.mjs): `python tools/ralph-lrs.py <host> <port>`, configured by
Ralph's own RALPH_* environment variables.

One change to Ralph as shipped: its file backend writes with the `create` operation unless
told otherwise (ralph/backends/data/fs.py), and the statements router tells it nothing, so
the first request's statements create the file and every later one is refused (500,
"Statements bulk indexation failed"). An LRS must take statements more than once, so the
backend appends here, which that backend already supports (`append`); the xAPI routes,
validation, id checks (204 for a statement it holds, 409 for a different one with the same
id) and authentication are Ralph's unchanged.
"""

import sys

import uvicorn
from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend

FSLRSBackend.default_operation_type = BaseOperationType.APPEND

if __name__ == "__main__":
    host, port = sys.argv[1], int(sys.argv[2])
    uvicorn.run("ralph.api:app", host=host, port=port, log_level="warning")
