"""The process's streams and signals: output that cannot be written ends in one line and status 3.

A full disk, a file-size limit, a closed or read-only standard output and a reader that stops reading
(`cmhroadmap list | head -1`) all surface as OSError at whatever write meets them, or at the last
flush; here they become one line on stderr instead of a traceback, or a silently short file with
status 0. Output under any locale or PYTHONIOENCODING shows what the encoding cannot as escapes.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import select
import signal
import sys
from collections.abc import Callable
from types import FrameType

from cmhroadmap.problems.problem import CmhRoadmapError, ExitCode

# The errors a write to an output can meet; any other OSError is not about the output.
_OUTPUT_ERRORS = {
    errno.EPIPE: "the program reading the output stopped reading (a closed pipe)",
    errno.ENOSPC: "the disk is full",
    errno.EFBIG: "the output is over the file-size limit (ulimit -f)",
    errno.EBADF: "standard output is closed or not open for writing",
    errno.EIO: "the output device failed (input/output error)",
    errno.EDQUOT: "the disk quota is used up",
}


class OutputStreamFailed(CmhRoadmapError):
    """A write to an output failed; raised in place of the OSError, which click would half-handle."""

    def __init__(self, error: OSError | ValueError) -> None:
        super().__init__(str(error))
        self.error = error


def stream_failure(error: BaseException) -> OutputStreamFailed | None:
    """`error` as a failed write to an output, or None if it is something else."""
    if isinstance(error, OutputStreamFailed):
        return error
    if isinstance(error, OSError) and error.errno in _OUTPUT_ERRORS:
        return OutputStreamFailed(error)
    if isinstance(error, ValueError) and "closed file" in str(error):
        return OutputStreamFailed(error)
    return None


class _ClosedStream(io.TextIOBase):
    """Stands in for a standard stream the shell closed (`>&-`): writing to it fails as a closed fd would."""

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, os.strerror(errno.EBADF))

    def writable(self) -> bool:
        return True


def write_stdout(text: str) -> None:
    """All of `text` on standard output, or the OSError that stopped it.

    Written to the descriptor itself: Python's buffered writer, when a write stops part way at a
    file-size limit, drops the rest without an error.
    """
    stream = sys.stdout
    try:
        descriptor = stream.fileno()
    except (AttributeError, OSError, ValueError):  # a test's captured stream, or a closed one
        stream.write(text)
        return
    stream.flush()
    view = memoryview(text.encode(stream.encoding or "utf-8", errors="backslashreplace"))
    while view:
        try:
            written = os.write(descriptor, view)
        except BlockingIOError:  # a non-blocking pipe that is full: wait until it drains
            select.select([], [descriptor], [])
            continue
        view = view[written:]


def prepare_process() -> None:
    """Streams that never fail to encode, closed streams that fail cleanly, and signals that clean up."""
    if sys.stdout is None:
        sys.stdout = _ClosedStream()
    if sys.stderr is None:
        sys.stderr = io.StringIO()  # nowhere to say anything: the exit status still tells
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            # The encoding the user chose (latin-1, ascii...) is kept; what it cannot show is escaped.
            reconfigure(errors="backslashreplace")
    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is not None:
            signal.signal(number, _exit_on_signal)
    if hasattr(signal, "SIGXFSZ"):
        # By default a file-size limit kills the process without a word; ignored, the write fails
        # with EFBIG and is reported like a full disk.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)


def _exit_on_signal(number: int, frame: FrameType | None) -> None:
    # Raised in the main thread where it was running: a temporary file being written is removed by
    # the same cleanup Ctrl-C goes through. The status is the shell's for death by that signal.
    raise SystemExit(128 + number)


def current_directory_problem() -> str | None:
    try:
        os.getcwd()
    except FileNotFoundError:
        return "the current folder no longer exists (it was deleted or moved); cd to a folder and run again"
    except OSError as error:
        return f"the current folder cannot be used: {error.strerror}"
    return None


def run_guarded(run: Callable[[], object]) -> int:
    """Run the command line; the exit status, with output failures reported as one line and status 3."""
    problem = current_directory_problem()
    if problem is not None:
        _say(f"Error: {problem}")
        return ExitCode.USAGE
    try:
        try:
            run()
            status = 0
        except SystemExit as done:
            status = done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
        # Buffered output meets a full disk here, not at the interpreter's exit. Twice: a flush that
        # writes part of the buffer before a file-size limit returns as if all were well, and only
        # the next one raises.
        sys.stdout.flush()
        sys.stdout.flush()
    except (OSError, ValueError, OutputStreamFailed) as error:
        failure = stream_failure(error)
        if failure is None:
            raise
        _silence_stdout()
        _say(f"Error: cannot write the output: {describe(failure)}")
        return ExitCode.OUTPUT
    return status


def describe(failure: OutputStreamFailed) -> str:
    error = failure.error
    if isinstance(error, OSError) and error.errno in _OUTPUT_ERRORS:
        return _OUTPUT_ERRORS[error.errno]
    return "standard output is closed"


def _silence_stdout() -> None:
    # What is still buffered would fail again at exit, with Python's own "Exception ignored" message.
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    sys.stdout = io.StringIO()


def _say(line: str) -> None:
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.write(line + "\n")
        sys.stderr.flush()
