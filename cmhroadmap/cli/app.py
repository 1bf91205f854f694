"""The typer application: global options, and the registration of every command."""

from __future__ import annotations

import importlib
import re
from typing import Annotated, Any

import typer
from typer.core import TyperGroup
from typer.main import get_command_from_info, get_command_name, get_group_from_info

from cmhroadmap import __version__
from cmhroadmap.cli.streams import prepare_process, run_guarded, stream_failure
from cmhroadmap.problems.problem import UsageRefused
from cmhroadmap.reading.bounded import forget_reads

# Each command's module, in the order help lists them. A run imports only the module of the command
# it runs (building every command from its signature took a tenth of a short run); help, completion
# and an unknown command's did-you-mean import them all.
COMMAND_MODULES: dict[str, str] = {
    "init": "assessment_commands",
    "assess": "assessment_commands",
    "compare": "cycle_commands",
    "benchmark": "cycle_commands",
    "export": "cycle_commands",
    "publish": "publish_command",
    "paper": "paper_command",
    "report": "report_command",
    "list": "roadmap_commands",
    "show": "roadmap_commands",
    "graph": "roadmap_commands",
    "diff": "version_commands",
    "migrate": "version_commands",
    "schema": "schema_command",
    "validate": "validate_command",
    "workbook": "workbook_commands",
    "explain": "explain_command",
}


_NOT_A_WHOLE_NUMBER = re.compile(r"^Input should be a valid integer.*$", re.DOTALL)
_OUT_OF_RANGE = re.compile(
    r"^Input should be (?P<side>greater|less) than (?P<equal>or equal to )?(?P<n>-?\d+)"
)
_NOT_ONE_OF = re.compile(r"^(?:Value error, )?(?P<given>'.*') is not one of (?P<choices>.*?)\.?$", re.DOTALL)


def plain_option_message(message: str) -> str:
    """An option's bad value said in the tool's words: what is wrong, and what to write instead."""
    if _NOT_A_WHOLE_NUMBER.match(message):
        return "write a whole number, such as 5"
    found = _OUT_OF_RANGE.match(message)
    if found:
        bound = int(found["n"])
        if found["side"] == "greater":
            return f"write a whole number of {bound if found['equal'] else bound + 1} or more"
        return f"write a whole number of {bound if found['equal'] else bound - 1} or less"
    found = _NOT_ONE_OF.match(message)
    if found:
        choices = found["choices"].replace("'", "")
        return f"{found['given']} is not a choice here; write one of: {choices}"
    return message.removeprefix("Value error, ")


class _CommandsOnDemand(TyperGroup):
    """The root group: a command's module is imported, and its commands built, when first asked for."""

    # The context and command types are typer's own copy of click's, which it keeps private.
    def list_commands(self, ctx: Any) -> list[str]:
        return list(COMMAND_MODULES)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name not in self.commands and cmd_name in COMMAND_MODULES:
            self._load(COMMAND_MODULES[cmd_name])
        return self.commands.get(cmd_name)

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        if args and args[0] not in COMMAND_MODULES:
            for module in dict.fromkeys(COMMAND_MODULES.values()):
                self._load(module)
        return super().resolve_command(ctx, args)

    def invoke(self, ctx: Any) -> Any:
        # click catches a closed pipe itself and exits 1, the status for problems found; passed on as
        # another kind of error, it reaches run_guarded, which says so and exits 3.
        forget_reads()
        try:
            return super().invoke(ctx)
        except UsageRefused as refused:
            from cmhroadmap.cli.output import usage_error  # noqa: PLC0415

            usage_error(str(refused))
        except typer.BadParameter as bad:
            # typer checks option values with pydantic, whose wording ("Value error, ...") is not ours.
            bad.message = plain_option_message(bad.message)
            raise
        except (OSError, ValueError) as error:
            failure = stream_failure(error)
            if failure is not None:
                raise failure from error
            if isinstance(error, OSError) and error.filename is not None:
                # A path the system refuses outright (a name too long, a folder it may not read):
                # Path.exists() raises these rather than answering False, wherever a path is tried.
                from cmhroadmap.cli.output import usage_error  # noqa: PLC0415

                usage_error(f"cannot use {error.filename}: {error.strerror or error}")
            raise

    def _load(self, module: str) -> None:
        importlib.import_module(f"cmhroadmap.cli.{module}")
        for info in app.registered_commands:
            assert info.callback is not None
            if (info.name or get_command_name(info.callback.__name__)) not in self.commands:
                self.add_command(get_command_from_info(info, **_BUILD))
        for group in app.registered_groups:
            if group.name not in self.commands:
                self.add_command(get_group_from_info(group, suggest_commands=True, **_BUILD))


app = typer.Typer(
    name="cmhroadmap",
    help=(
        "Self-assessment against NHS England's Community Mental Health Transformation Roadmap.\n\n"
        "Exit status: 0 when all is well, 1 when problems were found in a file, 2 for usage errors, "
        "3 when the output could not be written."
    ),
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
    cls=_CommandsOnDemand,
)
_BUILD: dict[str, Any] = {"pretty_exceptions_short": app.pretty_exceptions_short, "rich_markup_mode": None}


def _version(value: bool) -> None:
    if value:
        typer.echo(f"cmhroadmap {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit."),
    ] = False,
) -> None:
    """Self-assessment against the Community Mental Health Transformation Roadmap."""


def main() -> None:
    """Run the command line in this process; the console script's `cmhroadmap.entry` calls this."""
    prepare_process()
    raise SystemExit(run_guarded(app))
