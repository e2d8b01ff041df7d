"""Stable English codes of every enumeration; the window shows them translated."""

from enum import StrEnum


class LocalityKind(StrEnum):
    VILLAGE = "village"
    TOWN = "town"
    CITY = "city"


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


class ManualTotal(StrEnum):
    """How a manual indicator's values make its achieved figure."""

    SUM = "sum"  # deliverables and counts reported in parts
    LATEST = "latest"  # a level measured from time to time (a rate, a share)
