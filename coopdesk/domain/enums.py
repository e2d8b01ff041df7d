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
