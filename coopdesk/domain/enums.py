"""Stable English codes of every enumeration; the window shows them translated."""

from enum import StrEnum


class LocalityKind(StrEnum):
    VILLAGE = "village"
    TOWN = "town"
    CITY = "city"


class District(StrEnum):
    """Bulgaria's 28 districts (oblasti); the capital and the province around it are two."""

    BLAGOEVGRAD = "blagoevgrad"
    BURGAS = "burgas"
    VARNA = "varna"
    VELIKO_TARNOVO = "veliko_tarnovo"
    VIDIN = "vidin"
    VRATSA = "vratsa"
    GABROVO = "gabrovo"
    DOBRICH = "dobrich"
    KARDZHALI = "kardzhali"
    KYUSTENDIL = "kyustendil"
    LOVECH = "lovech"
    MONTANA = "montana"
    PAZARDZHIK = "pazardzhik"
    PERNIK = "pernik"
    PLEVEN = "pleven"
    PLOVDIV = "plovdiv"
    RAZGRAD = "razgrad"
    RUSE = "ruse"
    SILISTRA = "silistra"
    SLIVEN = "sliven"
    SMOLYAN = "smolyan"
    SOFIA_CITY = "sofia_city"
    SOFIA_PROVINCE = "sofia_province"
    STARA_ZAGORA = "stara_zagora"
    TARGOVISHTE = "targovishte"
    HASKOVO = "haskovo"
    SHUMEN = "shumen"
    YAMBOL = "yambol"


class OrganizationKind(StrEnum):
    NGO = "ngo"
    MUNICIPALITY = "municipality"
    HEALTH = "health"
    SOCIAL_ASSISTANCE = "social_assistance"
    EDUCATION = "education"
    POLICE = "police"
    DISTRICT_ADMINISTRATION = "district_administration"
    OTHER = "other"


class Specialty(StrEnum):
    HEALTH = "health"
    EDUCATION = "education"
    LABOUR = "labour"
    COMMUNITY = "community"


class AppointmentStage(StrEnum):
    PROPOSED = "proposed"
    AGREED = "agreed"
    SELECTION_LAUNCHED = "selection_launched"
    CANDIDATE_SELECTED = "candidate_selected"
    APPOINTED = "appointed"
    ACTIVE = "active"
    ENDED = "ended"
    DECLINED = "declined"


class Funding(StrEnum):
    STATE = "state"
    MUNICIPAL = "municipal"
    PROJECT = "project"
    OTHER = "other"


class MeetingKind(StrEnum):
    MOTIVATION = "motivation"
    WORKING = "working"
    ROUND_TABLE = "round_table"
    TRAINING = "training"
    COORDINATION = "coordination"
    OTHER = "other"


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class Topic(StrEnum):
    EDUCATION = "education"
    HEALTH = "health"
    HOUSING = "housing"
    EMPLOYMENT = "employment"
    DOCUMENTS = "documents"
    SOCIAL_ASSISTANCE = "social_assistance"
    MUNICIPAL_PLANS = "municipal_plans"
    OTHER = "other"


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNDISCLOSED = "undisclosed"


class VulnerableGroup(StrEnum):
    ROMA = "roma"
    MIGRANT = "migrant"
    REFUGEE = "refugee"
    TRAFFICKING_VICTIM = "trafficking_victim"
    DOMESTIC_VIOLENCE = "domestic_violence"
    INMATE = "inmate"
    CHILD = "child"
    DISABILITY = "disability"
    OTHER = "other"


class Outcome(StrEnum):
    RESOLVED = "resolved"
    REFERRED = "referred"
    PENDING = "pending"
    NO_ACTION = "no_action"


class ConsultationKind(StrEnum):
    """Tells "130 persons contacted" from "43 assisted"."""

    OUTREACH = "outreach"  # a first contact, in the field or by phone
    ASSISTANCE = "assistance"  # practical help: documents, an escort, a referral followed
    COUNSELLING = "counselling"  # advice and consultation


class AgeBand(StrEnum):
    """Ages (in the year counted) a report breaks people down by; youth is under 30."""

    UNDER_18 = "under_18"
    AGE_18_29 = "18_29"
    AGE_30_54 = "30_54"
    AGE_55_PLUS = "55_plus"
    UNKNOWN = "unknown"  # no birth year recorded


class SettingKey(StrEnum):
    """The organisation's settings that sync (kind `setting`, one record a key)."""

    AGE_BANDS = "age_bands"  # the bands a report breaks people down by (domain/age_bands.py)


class BodyKind(StrEnum):
    """A standing body that meets in sessions: a district's coordination mechanism,
    a local network of organisations, a working group."""

    COORDINATION_MECHANISM = "coordination_mechanism"
    LOCAL_NETWORK = "local_network"
    WORKING_GROUP = "working_group"
    OTHER = "other"


class PlannedFrequency(StrEnum):
    """How often a body is meant to meet: one session a calendar week, month or quarter."""

    WEEKLY = "weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    NONE = "none"


class BodyStatus(StrEnum):
    FORMING = "forming"
    ACTIVE = "active"
    DISSOLVED = "dissolved"  # holds no new sessions


class MemberRole(StrEnum):
    CHAIR = "chair"
    SECRETARY = "secretary"
    MEMBER = "member"
    OBSERVER = "observer"


class AttachmentKind(StrEnum):
    """What an attached file is evidence of (issue #17)."""

    SIGNED_SHEET = "signed_sheet"  # an attendance sheet with its signatures
    PHOTO = "photo"
    AGENDA = "agenda"
    ORDER = "order"  # a municipality's order or decision
    PUBLICATION = "publication"  # an analysis, a leaflet, an article
    OTHER = "other"


class AttachmentOwner(StrEnum):
    """The kinds of record a file can be attached to."""

    MEETING = "meeting"
    CONSULTATION = "consultation"
    APPOINTMENT_STAGE = "appointment_stage"
    INDICATOR_VALUE = "indicator_value"
    PROJECT = "project"


class SendFiles(StrEnum):
    """Which attached files a device's bundles carry (a device's own setting)."""

    ALL = "all"
    EVIDENCE = "evidence"  # the signed sheets and the orders only
    NONE = "none"


class MediaType(StrEnum):
    """What an attached file holds, read from its content (services/attachment_files.py)."""

    JPEG = "image/jpeg"
    PNG = "image/png"
    WEBP = "image/webp"
    PDF = "application/pdf"


class ConsultationStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class DeviceRole(StrEnum):
    FIELD = "field"
    OFFICE = "office"


class ProjectStatus(StrEnum):
    PLANNED = "planned"
    RUNNING = "running"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class Currency(StrEnum):
    EUR = "EUR"
    BGN = "BGN"


class IndicatorLevel(StrEnum):
    OUTCOME = "outcome"
    OUTPUT = "output"


class Measure(StrEnum):
    """What an indicator's achieved figure counts (domain/measures.py says which
    filters each takes); `manual`: the sum or the latest of its entered values."""

    MANUAL = "manual"
    MEETINGS_HELD = "meetings_held"
    PARTICIPANTS = "participants"
    WOMEN = "women"
    MEN = "men"
    YOUTH = "youth"
    LOCALITIES_REACHED = "localities_reached"
    MUNICIPALITIES_REACHED = "municipalities_reached"
    DISTRICTS_REACHED = "districts_reached"
    CONSULTATIONS = "consultations"
    PERSONS_CONSULTED = "persons_consulted"
    REFERRALS = "referrals"
    PROCEDURES_AT_STAGE = "procedures_at_stage"
    # People counted once, however often they came (participants linked to a person or
    # a contact; consultations' persons).
    UNIQUE_PERSONS = "unique_persons"  # beneficiaries reached by meetings and consultations
    UNIQUE_TRAINED = "unique_trained"  # persons and contacts at a held training (N days)
    REPRESENTATIVES = "representatives"  # contacts at held meetings
    ORGANIZATIONS_ENGAGED = "organizations_engaged"  # organisations represented at them
    # Coordination bodies (services/bodies.py): set up, sessions held and expected, and
    # the mean of their members' attendance rates, in percent.
    BODIES_ESTABLISHED = "bodies_established"
    SESSIONS_HELD = "sessions_held"
    SESSIONS_EXPECTED = "sessions_expected"
    ATTENDANCE_RATE = "attendance_rate"
    BODY_MEMBERS = "body_members"  # sitting on the period's last day (joined in it)
    # Held trainings: their days and hours, and the days and hours their participants
    # attended (a row without attended_days: the whole training).
    TRAINING_DAYS = "training_days"
    TRAINING_HOURS = "training_hours"
    PERSON_DAYS = "person_days"
    PERSON_HOURS = "person_hours"  # of trainings whose hours are known


class ManualTotal(StrEnum):
    """How a manual indicator's values make its achieved figure."""

    SUM = "sum"  # deliverables and counts reported in parts
    LATEST = "latest"  # a level measured from time to time (a rate, a share)
