"""Command line: the same services as the GUI, for tests, scripts and power users.

Every command takes ``--db PATH`` (or a database URL) and creates or upgrades the database first.
``--json`` prints machine-readable output with English snake_case keys. Errors are one line on
stderr and a non-zero exit code (1: the request was refused; 2: the command line was wrong).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from festival_planner import __version__
from festival_planner.domain.errors import FestivalPlannerError

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse with one-line errors on stderr."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: lỗi cú pháp: {message} (xem --help)\n")


def _db_option(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    parser.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS if not top else None,
                        help="tệp cơ sở dữ liệu SQLite hoặc địa chỉ cơ sở dữ liệu (mặc định: thư mục dữ liệu người dùng)")


def _json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="in kết quả dạng JSON")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="festival-planner",
                     description="Festival Planner — lập kế hoạch các điểm tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc.")
    parser.add_argument("--version", action="version", version=f"festival-planner {__version__}")
    _db_option(parser, top=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    gui = commands.add_parser("gui", help="mở cửa sổ ứng dụng (mặc định)")
    _db_option(gui)

    init = commands.add_parser("init", help="tạo hoặc nâng cấp cơ sở dữ liệu và nạp danh mục hành chính")
    _db_option(init)
    _json_option(init)

    demo = commands.add_parser("demo", help="tạo kế hoạch mẫu 28 điểm")
    _db_option(demo)
    demo.add_argument("--year", type=int, default=2026, help="năm của kế hoạch mẫu (mặc định 2026)")
    demo.add_argument("--replace", action="store_true", help="thay kế hoạch đã có của năm đó")
    _json_option(demo)

    backup = commands.add_parser("backup", help="sao lưu cơ sở dữ liệu")
    _db_option(backup)
    _json_option(backup)

    communes = commands.add_parser("communes", help="tra cứu danh mục xã, phường, đặc khu")
    communes_cmd = communes.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)
    search = communes_cmd.add_parser("search", help="tìm theo tên (không dấu được, hiểu cả tên cũ)")
    search.add_argument("query")
    search.add_argument("--limit", type=int, default=None)
    _db_option(search)
    _json_option(search)
    listing = communes_cmd.add_parser("list", help="liệt kê theo tỉnh và/hoặc vùng")
    listing.add_argument("--province", help="tỉnh, thành phố (mới hoặc cũ)")
    listing.add_argument("--region", help="vùng: Tây Bắc, Tây Nguyên, Tây Nam Bộ, …")
    _db_option(listing)
    _json_option(listing)

    campaigns = commands.add_parser("campaigns", help="các kế hoạch theo năm")
    campaigns_cmd = campaigns.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)
    c_list = campaigns_cmd.add_parser("list", help="liệt kê các năm")
    _db_option(c_list)
    _json_option(c_list)
    c_add = campaigns_cmd.add_parser("add", help="tạo kế hoạch năm mới (đợt mặc định 01/07 – 19/08)")
    c_add.add_argument("--year", type=int, required=True)
    c_add.add_argument("--start", help="ngày bắt đầu đợt, dd/mm/yyyy")
    c_add.add_argument("--end", help="ngày kết thúc đợt, dd/mm/yyyy")
    _db_option(c_add)
    _json_option(c_add)
    c_edit = campaigns_cmd.add_parser("edit", help="sửa đợt tổ chức, ngày hội hoặc số điểm mục tiêu của một năm")
    c_edit.add_argument("--year", type=int, required=True)
    c_edit.add_argument("--start", help="ngày bắt đầu đợt, dd/mm/yyyy")
    c_edit.add_argument("--end", help="ngày kết thúc đợt, dd/mm/yyyy")
    c_edit.add_argument("--festival-day", help="ngày hội, dd/mm/yyyy")
    c_edit.add_argument("--target-min", type=int)
    c_edit.add_argument("--target-max", type=int)
    _db_option(c_edit)
    _json_option(c_edit)

    sites = commands.add_parser("sites", help="các điểm tổ chức")
    sites_cmd = sites.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)
    s_list = sites_cmd.add_parser("list", help="liệt kê các điểm của một năm")
    s_list.add_argument("--campaign", type=int, required=True, metavar="YEAR")
    _db_option(s_list)
    _json_option(s_list)
    s_add = sites_cmd.add_parser("add", help="thêm một điểm (tạo kế hoạch năm nếu chưa có)")
    s_add.add_argument("--campaign", type=int, required=True, metavar="YEAR")
    s_add.add_argument("--commune", required=True, metavar="CODE",
                       help="mã xã, phường chính thức (hoặc tên, địa chỉ cũ/mới nếu chỉ khớp một xã)")
    s_add.add_argument("--date", required=True, metavar="DD/MM/YYYY")
    s_add.add_argument("--venue", default="")
    s_add.add_argument("--start", default="07:30", metavar="HH:MM")
    s_add.add_argument("--end", default="11:30", metavar="HH:MM")
    s_add.add_argument("--host-unit", default="")
    s_add.add_argument("--status", default="proposed",
                       choices=["proposed", "approved", "confirmed", "held", "cancelled"])
    _db_option(s_add)
    _json_option(s_add)
    return parser


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from festival_planner.store.database import open_database
    from festival_planner.store.paths import default_db_path

    return open_database(args.db or default_db_path())


def _commune_line(c: Any) -> str:
    old = f" (cũ: {', '.join(c.old_provinces)})" if list(c.old_provinces) != [c.province] else ""
    return f"{c.code}  {c.name}, {c.province}{old} — {c.region_label}"


def cmd_init(args: argparse.Namespace) -> int:
    from sqlalchemy import func, select

    from festival_planner.domain.models import Commune, Province
    from festival_planner.store import migrate

    database = _open(args)
    with database.session() as session:
        provinces = session.scalar(select(func.count()).select_from(Province))
        communes = session.scalar(select(func.count()).select_from(Commune))
    result = {"database": str(database.path or database.url.render_as_string()), "schema_revision":
              migrate.HEAD_REVISION, "provinces": provinces, "communes": communes,
              "backup": str(database.backup_made) if database.backup_made else None}
    if args.json:
        _print_json(result)
    else:
        print(f"Cơ sở dữ liệu: {result['database']}")
        print(f"Danh mục hành chính: {provinces} tỉnh, thành phố; {communes} xã, phường, đặc khu.")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from festival_planner.services import demo

    database = _open(args)
    with database.transaction() as session:
        campaign = demo.create_demo(session, args.year, replace=args.replace)
    if args.json:
        _print_json(campaign.to_json())
    else:
        print(f"Đã tạo kế hoạch mẫu năm {campaign.year}: {campaign.site_count} điểm tổ chức.")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    database = _open(args)
    target = database.backup("manual")
    if args.json:
        _print_json({"backup": str(target)})
    else:
        print(f"Đã sao lưu vào {target}")
    return EXIT_OK


def cmd_communes(args: argparse.Namespace) -> int:
    from festival_planner.services.communes import CommuneIndex

    database = _open(args)
    with database.session() as session:
        index = CommuneIndex(session)
    if args.action == "search":
        results = index.search(args.query, limit=args.limit)
    else:
        results = index.filter(province=args.province, region=args.region)
    if args.json:
        _print_json([c.to_json() for c in results])
    else:
        for commune in results:
            print(_commune_line(commune))
        print(f"{len(results)} kết quả.", file=sys.stderr)
    return EXIT_OK


def cmd_campaigns(args: argparse.Namespace) -> int:
    from festival_planner.domain.values import parse_date
    from festival_planner.services import campaigns

    dates = {name: parse_date(text) for name, text in (("window_start", getattr(args, "start", None)),
                                                        ("window_end", getattr(args, "end", None)),
                                                        ("festival_day", getattr(args, "festival_day", None)))
             if text}
    database = _open(args)
    with database.transaction() as session:
        if args.action == "add":
            rows = [campaigns.create_campaign(session, args.year, **dates)]
        elif args.action == "edit":
            current = campaigns.get_campaign(session, args.year)
            targets = {name: value for name, value in (("target_min", args.target_min),
                                                       ("target_max", args.target_max)) if value is not None}
            rows = [campaigns.update_campaign(session, current.id, current.version, **dates, **targets)]
        else:
            rows = campaigns.list_campaigns(session)
    if args.json:
        _print_json(rows[0].to_json() if args.action != "list" else [c.to_json() for c in rows])
    else:
        for c in rows:
            print(f"{c.year}  {c.window_start:%d/%m/%Y} – {c.window_end:%d/%m/%Y}  {c.site_count} điểm "
                  f"(mục tiêu {c.target_min}–{c.target_max})")
    return EXIT_OK


def cmd_sites(args: argparse.Namespace) -> int:
    from festival_planner.domain.enums import SiteStatus
    from festival_planner.domain.values import format_date, format_time, parse_date, parse_time
    from festival_planner.services import campaigns, sites

    if args.action == "add":  # check the user's text before touching the database
        date = parse_date(args.date)
        start, end = parse_time(args.start), parse_time(args.end)
    database = _open(args)
    with database.transaction() as session:
        if args.action == "add":
            from festival_planner.services.communes import CommuneIndex

            code = args.commune if args.commune.strip().isdigit() else CommuneIndex(session).resolve(args.commune).code
            campaign = campaigns.ensure_campaign(session, args.campaign)
            row = sites.add_site(session, campaign.id, code, date, start_time=start, end_time=end,
                                 venue=args.venue, host_unit=args.host_unit, status=SiteStatus(args.status))
            rows = [row]
        else:
            campaign = campaigns.get_campaign(session, args.campaign)
            rows = sites.list_sites(session, campaign.id)
    if args.json:
        _print_json(rows[0].to_json() if args.action == "add" else [r.to_json() for r in rows])
    else:
        for r in rows:
            times = f"{format_time(r.start_time)}–{format_time(r.end_time)}" if r.start_time else ""
            print(f"{format_date(r.date)} {times:11}  {r.commune.name}, {r.commune.province}"
                  f" — {r.commune.region_label} — {r.venue or '(chưa có địa điểm)'} [{r.status.label}]")
        if args.action == "list":
            print(f"{len(rows)} điểm tổ chức.", file=sys.stderr)
    return EXIT_OK


def _no_screen() -> bool:
    """True on a Linux/BSD machine with no display to open a window on (an SSH session, a server)."""
    import os

    if sys.platform.startswith(("win", "darwin")) or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def cmd_gui(args: argparse.Namespace) -> int:
    if _no_screen():  # Qt would abort with a core dump; say what to do instead
        print("festival-planner: không có màn hình để mở cửa sổ; hãy dùng các lệnh (festival-planner --help) "
              "hoặc đặt QT_QPA_PLATFORM=offscreen.", file=sys.stderr)
        return EXIT_ERROR
    from festival_planner.app import run

    return run(args.db, sys.argv[:1])


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "gui": cmd_gui, "init": cmd_init, "demo": cmd_demo, "backup": cmd_backup, "communes": cmd_communes,
    "campaigns": cmd_campaigns, "sites": cmd_sites,
}


def _utf8_streams() -> None:
    # Vietnamese must print on a Windows console too.
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(encoding="utf-8")
            except (OSError, ValueError):
                pass


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``festival-planner`` and ``python -m festival_planner``."""
    _utf8_streams()
    args = build_parser().parse_args(argv)
    command = COMMANDS[args.command or "gui"]
    try:
        return command(args)
    except FestivalPlannerError as exc:
        print(f"festival-planner: {exc.message}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("festival-planner: đã dừng.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stdout = None  # type: ignore[assignment]
        return EXIT_OK
    except OSError as exc:
        print(f"festival-planner: lỗi hệ thống tệp: {exc}", file=sys.stderr)
        return EXIT_ERROR
