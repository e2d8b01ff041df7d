"""`coopdesk merge person|contact SURVIVOR LOSER`: one human entered twice, made one."""

from __future__ import annotations

from coopdesk.cli import counted_kind
from coopdesk.cli.invocation import AddCommand, Invocation
from coopdesk.cli.terminal import print_json, say
from coopdesk.domain.schema import kind_spec
from coopdesk.services.merging import MERGEABLE, merge_records


def cmd_merge(run: Invocation) -> None:
    args = run.args
    result = merge_records(run.store, kind_spec(args.kind).name, args.survivor, args.loser)
    if args.json:
        print_json(
            {
                "kind": result.kind,
                "survivor_id": result.survivor_id,
                "loser_id": result.loser_id,
                "moved": result.moved,
            }
        )
        return
    moved = ", ".join(counted_kind(count, kind) for kind, count in sorted(result.moved.items()))
    say(
        f"merged {result.kind} {result.loser_id} into {result.survivor_id}"
        f"{'; moved ' + moved if moved else ''}; it reaches other devices with the next bundles"
    )


def register(add: AddCommand) -> None:
    sub = add(
        "merge",
        cmd_merge,
        "merge a person or contact entered twice: LOSER's records move to SURVIVOR, "
        "LOSER is deleted",
    )
    sub.add_argument("kind", metavar="|".join(MERGEABLE))
    sub.add_argument("survivor")
    sub.add_argument("loser")
    sub.add_argument("--json", action="store_true", help="what moved, as JSON")
