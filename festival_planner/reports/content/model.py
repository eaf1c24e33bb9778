"""A printed document as plain data: the official header, a title, blocks, recipients, signature.

Two kinds: an issued document (``ISSUED``: the Decree 30/2020 header with number, national name and
motto, place and date; recipients and signature at the end) and a working form (``FORM``: the issuing
unit's name only, no number, no motto, no recipients, no signature block — a line for who checked
and when, signed by hand), as the field checklist is.

Builders (``site_schedule``, ``itinerary``, ``field_checklist``, ``overview``) fill these from the
services; ``reports.render`` paints them (QtGui) and ``reports.docx`` writes them to Word. Nothing
here knows about Qt.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
NATIONAL_MOTTO = "Độc lập - Tự do - Hạnh phúc"
ISSUED, FORM = "issued", "form"
BOX, TICKED = "\u2610", "\u2611"  # ☐ to tick by hand, ☑ already done


def place_and_date(place: str, day: dt.date) -> str:
    """The italic place-and-date line of Decree 30/2020: "Mường Nhé, ngày 04 tháng 8 năm 2026"
    (days below 10 and months 1 and 2 take a leading zero)."""
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"{place}, ngày {day.day:02d} tháng {month} năm {day.year}"


@dataclass(frozen=True)
class Header:
    """The top of the first page: issuing body on the left, national name and motto on the right."""

    superior: str  # the superior body, capitals ("" when none)
    issuer: str  # the issuing body, bold capitals with a short rule under it
    number: str  # "Số: 12/CTr-BCĐ"
    place_date: str  # "Mường Nhé, ngày 04 tháng 8 năm 2026"
    national: str = NATIONAL_NAME
    motto: str = NATIONAL_MOTTO


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Paragraph:
    text: str
    bold: bool = False
    italic: bool = False
    align: str = "justify"  # left / center / justify


@dataclass(frozen=True)
class KeyValues:
    """Label: value lines ("Địa điểm: Nhà văn hóa bản …")."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Table:
    """A ruled table; ``widths`` are relative (they need not add up to anything)."""

    columns: tuple[str, ...]
    widths: tuple[float, ...]
    rows: tuple[tuple[str, ...], ...]
    empty_text: str = ""  # said instead of an empty table

    def __post_init__(self) -> None:
        if len(self.widths) != len(self.columns) or any(len(r) != len(self.columns) for r in self.rows):
            raise ValueError("table rows and widths must match the columns")


@dataclass(frozen=True)
class TickItem:
    text: str
    detail: str = ""  # owner, due date


@dataclass(frozen=True)
class TickList:
    """Items with an empty tick box each, to be filled in by hand, and lines for notes."""

    title: str
    items: tuple[TickItem, ...]
    note_lines: int = 0
    columns: tuple[str, ...] = ()  # box, item, owner and due date, notes


@dataclass(frozen=True)
class CheckItem:
    """One numbered item of a working form: its owner and due date, and the date it was done ("" while
    it is not)."""

    number: int
    text: str
    owner: str = ""
    due: str = ""
    done_on: str = ""

    @property
    def box(self) -> str:
        return TICKED if self.done_on else BOX


@dataclass(frozen=True)
class CheckTable:
    """A group of a working form's items under a title: a ruled table with the item's number, a tick
    box (☑ and the date for items already done), the item, owner and due date in their own columns,
    and an empty notes cell ``note_lines`` lines high to write in."""

    title: str
    columns: tuple[str, ...]  # number, box, item, owner, due date, notes
    widths: tuple[float, ...]
    items: tuple[CheckItem, ...]
    note_lines: int = 2

    def __post_init__(self) -> None:
        if len(self.columns) != 6 or len(self.widths) != 6:
            raise ValueError("a check table has six columns: number, box, item, owner, due date, notes")

    def rows(self) -> tuple[tuple[str, ...], ...]:
        """Each item as the texts of its cells (the notes cell is empty)."""
        return tuple((str(i.number), i.box + (f" {i.done_on}" if i.done_on else ""), i.text, i.owner, i.due, "")
                     for i in self.items)


PICTURE_SHARE = 0.82  # of the text height at most: a picture on its own page leaves room for its caption


@dataclass(frozen=True)
class Picture:
    """An image supplied by the caller (a PNG/JPEG file), scaled to fit the text area whole (its
    width, and ``PICTURE_SHARE`` of its height), keeping its proportions — in PDF and Word alike.
    ``data`` holds the image itself (PNG bytes) when it was painted for the document (the overview's
    map); ``path`` then only names it."""

    path: str
    caption: str = ""
    data: bytes = field(default=b"", repr=False)


@dataclass(frozen=True)
class PageBreak:
    pass


Block = Heading | Paragraph | KeyValues | Table | TickList | CheckTable | Picture | PageBreak


@dataclass(frozen=True)
class Signature:
    capacity: str  # "TM. BAN TỔ CHỨC"
    title: str  # "TRƯỞNG BAN"
    name: str = ""  # printed under the room for the signature


@dataclass(frozen=True)
class SignOff:
    """The end of a working form: a line for the day of the check and who checked, signed by hand."""

    date_line: str  # "Ngày kiểm tra: ....../....../........"
    signer: str  # "NGƯỜI KIỂM TRA"
    hint: str  # "(Ký, ghi rõ họ tên)"


@dataclass(frozen=True)
class Document:
    """One printed document; ``marking`` is the confidentiality mark ("MẬT") or "". A ``FORM`` has
    no national name, motto, number, recipients or signature: ``sign_off`` ends it instead."""

    header: Header
    title: str
    subtitle: str
    blocks: tuple[Block, ...]
    recipients_label: str = "Nơi nhận:"
    recipients: tuple[str, ...] = ()
    signature: Signature | None = None
    marking: str = ""
    landscape: bool = False
    name: str = ""  # a file name stem ("lich-trinh-muong-nhe")
    labels: dict[str, str] = field(default_factory=dict, compare=False)
    missing: tuple[str, ...] = ()  # facts not known yet, printed as dotted lines to fill in by hand
    kind: str = ISSUED  # ISSUED or FORM
    sign_off: SignOff | None = None  # a form's closing line

    @property
    def is_form(self) -> bool:
        return self.kind == FORM

    def texts(self) -> list[str]:
        """Every text of the document in reading order (tests, search)."""
        out = [self.header.superior, self.header.issuer, self.header.number, self.header.national,
               self.header.motto, self.header.place_date, self.marking, self.title, self.subtitle]
        for block in self.blocks:
            if isinstance(block, (Heading, Paragraph)):
                out.append(block.text)
            elif isinstance(block, KeyValues):
                out += [f"{k} {v}" for k, v in block.rows]
            elif isinstance(block, Table):
                out += list(block.columns)
                out += [cell for row in block.rows for cell in row]
            elif isinstance(block, TickList):
                out.append(block.title)
                out += [f"{i.text} {i.detail}" for i in block.items]
            elif isinstance(block, CheckTable):
                out.append(block.title)
                out += list(block.columns)
                out += [cell for row in block.rows() for cell in row]
            elif isinstance(block, Picture):
                out.append(block.caption)
        out += [self.recipients_label, *self.recipients]
        if self.signature:
            out += [self.signature.capacity, self.signature.title, self.signature.name]
        if self.sign_off:
            out += [self.sign_off.date_line, self.sign_off.signer, self.sign_off.hint]
        return [t for t in out if t]
