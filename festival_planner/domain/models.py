"""SQLAlchemy 2 typed models: the read-only gazetteer and the user's planning data.

User data rows carry a UUID key (rows made on a field laptop merge back without collisions),
a ``version`` column for optimistic locking and ``created_at``/``updated_at``. Gazetteer rows are
keyed by their official codes.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from festival_planner.domain.entry import guard_models
from festival_planner.domain.enums import (
    BudgetCategory,
    ChecklistStatus,
    CommendationKind,
    CommuneKind,
    FundingSource,
    GiftRecipientKind,
    InvitationRole,
    InvitationStatus,
    ProgrammePart,
    SiteStatus,
    TemplateScope,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _enum(cls: type) -> Enum:
    # Store the enum *values* ("proposed"), as plain strings: portable and readable in SQL.
    return Enum(cls, values_callable=lambda e: [m.value for m in e], native_enum=False,
                length=20, validate_strings=True)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UserData:
    """Columns every user-data table has."""

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, default=utcnow,
                                                    onupdate=utcnow)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        # Optimistic locking: every UPDATE checks and bumps ``version``.
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


# --- Gazetteer (read-only, loaded from vietnamadminunits) -------------------------------------

class Province(Base):
    """One of the 34 provinces and centrally-run cities of the 2025 structure."""

    __tablename__ = "province"

    code: Mapped[str] = mapped_column(String(2), primary_key=True)
    name: Mapped[str] = mapped_column(String(80))  # "Tỉnh Lâm Đồng"
    short_name: Mapped[str] = mapped_column(String(60))  # "Lâm Đồng"
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    old_provinces: Mapped[list[str]] = mapped_column(JSON, default=list)  # short names
    search_key: Mapped[str] = mapped_column(Text, default="")

    communes: Mapped[list[Commune]] = relationship(back_populates="province")


class Commune(Base):
    """One of the 3,321 communes, wards and special zones, with its pre-2025 origins."""

    __tablename__ = "commune"

    code: Mapped[str] = mapped_column(String(5), primary_key=True)  # official code, "00097"
    name: Mapped[str] = mapped_column(String(80))  # "Xã Quảng Sơn"
    short_name: Mapped[str] = mapped_column(String(60))  # "Quảng Sơn"
    kind: Mapped[CommuneKind] = mapped_column(_enum(CommuneKind))
    province_code: Mapped[str] = mapped_column(ForeignKey("province.code"), index=True)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    area_km2: Mapped[float | None] = mapped_column(Float)
    # Pre-2025 origin: the main old province first, then any other.
    old_provinces: Mapped[list[str]] = mapped_column(JSON, default=list)
    old_districts: Mapped[list[str]] = mapped_column(JSON, default=list)  # "Huyện Đắk Song, Đắk Nông"
    old_wards: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Region codes: the main old province's region first; "tay_bac_mo_rong" when in the wide Northwest.
    regions: Mapped[list[str]] = mapped_column(JSON, default=list)
    search_key: Mapped[str] = mapped_column(Text, default="")

    province: Mapped[Province] = relationship(back_populates="communes", lazy="joined")


# --- Planning data ------------------------------------------------------------------------------

class Campaign(UserData, Base):
    """One festival year."""

    __tablename__ = "campaign"

    year: Mapped[int] = mapped_column(Integer, unique=True)
    name: Mapped[str] = mapped_column(String(200))
    window_start: Mapped[dt.date] = mapped_column(Date)
    window_end: Mapped[dt.date] = mapped_column(Date)
    festival_day: Mapped[dt.date] = mapped_column(Date)
    target_min: Mapped[int] = mapped_column(Integer, default=25)
    target_max: Mapped[int] = mapped_column(Integer, default=30)
    notes: Mapped[str] = mapped_column(Text, default="")

    sites: Mapped[list[Site]] = relationship(back_populates="campaign", cascade="all, delete-orphan",
                                             passive_deletes=True)


class Site(UserData, Base):
    """A flagship festival site: one commune in one campaign."""

    __tablename__ = "site"
    __table_args__ = (UniqueConstraint("campaign_id", "commune_code", name="uq_site_campaign_commune"),)

    campaign_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"), index=True)
    commune_code: Mapped[str] = mapped_column(ForeignKey("commune.code"), index=True)
    date: Mapped[dt.date] = mapped_column(Date)
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    end_time: Mapped[dt.time | None] = mapped_column(Time)
    venue: Mapped[str] = mapped_column(String(300), default="")
    host_unit: Mapped[str] = mapped_column(String(300), default="")
    contact_name: Mapped[str] = mapped_column(String(200), default="")
    contact_phone: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[SiteStatus] = mapped_column(_enum(SiteStatus), default=SiteStatus.PROPOSED)

    campaign: Mapped[Campaign] = relationship(back_populates="sites")
    commune: Mapped[Commune] = relationship(lazy="joined")
    programme: Mapped[list[ProgrammeItem]] = relationship(
        back_populates="site", cascade="all, delete-orphan", passive_deletes=True,
        order_by="ProgrammeItem.position")
    invitations: Mapped[list[Invitation]] = relationship(
        back_populates="site", cascade="all, delete-orphan", passive_deletes=True)
    checklist: Mapped[list[ChecklistItem]] = relationship(
        back_populates="site", cascade="all, delete-orphan", passive_deletes=True,
        order_by="ChecklistItem.due_date")
    budget_lines: Mapped[list[BudgetLine]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="BudgetLine.position")
    commendations: Mapped[list[Commendation]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Commendation.position")
    gifts: Mapped[list[Gift]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Gift.position")


class ProgrammeItem(UserData, Base):
    """One item of a site's programme of the day."""

    __tablename__ = "programme_item"

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    duration_min: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300))
    responsible: Mapped[str] = mapped_column(String(200), default="")
    part: Mapped[ProgrammePart] = mapped_column(_enum(ProgrammePart), default=ProgrammePart.CEREMONY)
    # What the item is for, when other data feeds it: "commendations", "gifts", "speech" or "".
    kind: Mapped[str] = mapped_column(String(30), default="")

    site: Mapped[Site] = relationship(back_populates="programme")


class Leader(UserData, Base):
    """A central leader who may head a delegation."""

    __tablename__ = "leader"

    full_name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(300), default="")
    organisation: Mapped[str] = mapped_column(String(300), default="")
    precedence_rank: Mapped[int] = mapped_column(Integer, default=1000)
    phone: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    invitations: Mapped[list[Invitation]] = relationship(back_populates="leader")


class Invitation(UserData, Base):
    """A leader invited to a site, as head of the delegation or member."""

    __tablename__ = "invitation"
    __table_args__ = (UniqueConstraint("site_id", "leader_id", name="uq_invitation_site_leader"),)

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"), index=True)
    leader_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("leader.id", ondelete="RESTRICT"), index=True)
    role: Mapped[InvitationRole] = mapped_column(_enum(InvitationRole), default=InvitationRole.MEMBER)
    status: Mapped[InvitationStatus] = mapped_column(_enum(InvitationStatus),
                                                     default=InvitationStatus.PROPOSED)
    note: Mapped[str] = mapped_column(Text, default="")
    sent_on: Mapped[dt.date | None] = mapped_column(Date)
    answered_on: Mapped[dt.date | None] = mapped_column(Date)
    # Why the invitation was accepted although it clashes with another engagement of the leader.
    override_reason: Mapped[str] = mapped_column(Text, default="")

    site: Mapped[Site] = relationship(back_populates="invitations")
    leader: Mapped[Leader] = relationship(back_populates="invitations", lazy="joined")


class ChecklistTemplate(UserData, Base):
    """A reusable logistics checklist (items counted back from the festival day)."""

    __tablename__ = "checklist_template"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    scope: Mapped[TemplateScope] = mapped_column(_enum(TemplateScope), default=TemplateScope.SITE)

    items: Mapped[list[TemplateItem]] = relationship(
        back_populates="template", cascade="all, delete-orphan", passive_deletes=True,
        order_by="TemplateItem.position")


class TemplateItem(UserData, Base):
    """One item of a checklist template."""

    __tablename__ = "template_item"

    template_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("checklist_template.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300))
    category: Mapped[str] = mapped_column(String(100), default="")
    days_before: Mapped[int] = mapped_column(Integer, default=0)
    default_owner: Mapped[str] = mapped_column(String(200), default="")

    template: Mapped[ChecklistTemplate] = relationship(back_populates="items")


class ChecklistItem(UserData, Base):
    """One logistics task of a site, or (``site_id`` empty) a task of the campaign's national workplan."""

    __tablename__ = "checklist_item"

    campaign_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"), index=True)
    site_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300))
    category: Mapped[str] = mapped_column(String(100), default="")
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[ChecklistStatus] = mapped_column(_enum(ChecklistStatus), default=ChecklistStatus.TODO)
    note: Mapped[str] = mapped_column(Text, default="")
    completed_on: Mapped[dt.date | None] = mapped_column(Date)

    site: Mapped[Site | None] = relationship(back_populates="checklist")


class BudgetLine(UserData, Base):
    """One line of a site's budget: estimated and actual amounts in VND and who pays."""

    __tablename__ = "budget_line"

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    category: Mapped[BudgetCategory] = mapped_column(_enum(BudgetCategory), default=BudgetCategory.OTHER)
    description: Mapped[str] = mapped_column(String(300), default="")
    estimated_vnd: Mapped[int] = mapped_column(BigInteger, default=0)
    actual_vnd: Mapped[int | None] = mapped_column(BigInteger)
    funding_source: Mapped[FundingSource] = mapped_column(_enum(FundingSource), default=FundingSource.LOCAL)
    note: Mapped[str] = mapped_column(Text, default="")


class Commendation(UserData, Base):
    """A commendation presented at a site (feeds the programme's awards item)."""

    __tablename__ = "commendation"

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[CommendationKind] = mapped_column(_enum(CommendationKind), default=CommendationKind.COLLECTIVE)
    recipient: Mapped[str] = mapped_column(String(300))
    unit: Mapped[str] = mapped_column(String(300), default="")
    award: Mapped[str] = mapped_column(String(300))
    decision_number: Mapped[str] = mapped_column(String(100), default="")
    decision_date: Mapped[dt.date | None] = mapped_column(Date)


class Gift(UserData, Base):
    """A gift presented at a site to a household or a unit (feeds the programme's gifts item)."""

    __tablename__ = "gift"

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    recipient_kind: Mapped[GiftRecipientKind] = mapped_column(_enum(GiftRecipientKind),
                                                              default=GiftRecipientKind.HOUSEHOLD)
    recipient: Mapped[str] = mapped_column(String(300))
    gift: Mapped[str] = mapped_column(String(300))
    value_vnd: Mapped[int] = mapped_column(BigInteger, default=0)


class ChangeLog(Base):
    """The audit trail: who changed which row, when, and its values before and after."""

    __tablename__ = "change_log"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(200), default="")
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    action: Mapped[str] = mapped_column(String(20))  # create / update / delete
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class SelectionSettings(UserData, Base):
    """The site selector's weights and constraints saved for one campaign (a JSON document)."""

    __tablename__ = "selection_settings"

    campaign_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"), unique=True)
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class CampaignPlanning(UserData, Base):
    """Planning parameters saved with one campaign: the travel model the conflicts, the accept rule
    and the itineraries use (JSON of ``geo.travel.TravelParameters``; None: the defaults)."""

    __tablename__ = "campaign_planning"

    campaign_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"), unique=True)
    travel: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # issuer and signer of the printed documents (services.documents.DocumentSettings; None: defaults)
    documents: Mapped[dict[str, Any] | None] = mapped_column(JSON)



class DatabaseIdentity(Base):
    """The database's own stable id (one row, made when the database is created or upgraded): a field
    kit carries it, so a return kit is merged only into the database it was exported from."""

    __tablename__ = "database_identity"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, default=utcnow)


class MergedKit(Base):
    """A return kit merged into this database (its id is the return kit's id): merging it again
    changes nothing; undoing the merge removes the row, so the kit can be merged again."""

    __tablename__ = "merged_kit"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    base_kit_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    merged_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    merged_by: Mapped[str] = mapped_column(String(200), default="")
    summary: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


guard_models(Base)  # every text column refuses control characters on assignment (domain/entry.py)
