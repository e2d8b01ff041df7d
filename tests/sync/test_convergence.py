"""Any set of change sets, imported in any order, any number of times, dropped or not:
after a full exchange every replica prints the same dump (DESIGN §4).

Run heavier with `HYPOTHESIS_PROFILE=heavy pytest tests/sync/test_convergence.py`.
"""

from __future__ import annotations

import contextlib
import json
import tempfile
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule

from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.schema import (
    ATTACHMENT,
    BODY,
    BODY_MEMBER,
    CONTACT,
    INDICATOR,
    LOCALITY,
    MEETING,
    PARTICIPANT,
    PERSON,
    PROJECT,
)
from coopdesk.services import attachments, catalog, codes, erasure, records
from coopdesk.services import settings as org_settings
from coopdesk.services.merging import merge_records
from coopdesk.store.backups import check_database
from coopdesk.sync.changes import ChangeSet
from coopdesk.sync.export import changes_for, collect_changes
from coopdesk.sync.merge import apply_changes
from tests.sync.replicas import ReplicaFactory, dump

_FACTORY: ReplicaFactory | None = None


def factory() -> ReplicaFactory:
    global _FACTORY  # one template per test process: replicas are cheap copies of it
    if _FACTORY is None:
        _FACTORY = ReplicaFactory(Path(tempfile.mkdtemp(prefix="coopdesk-sync-")))
    return _FACTORY


TITLES = ["Среща за документи", "Кръгла маса", "Здраве и училище", "Обучение", "Нова тема"]
VENUES = ["Читалище", "Училище", None, "Кметство"]
NAMES = ["Бел Камен", "Баня", "Кулата", "Места"]
PEOPLE = ["Мария Асенова", "Иван Петров", "Фатме Ахмедова"]
PHONES = ["0888 100 200", "0877 300 400", None]
LINKS = ["none", "person", "contact"]
BODIES = ["ОКМД Благоевград", "Местна мрежа Кулата", "ОКМД Благоевград"]
STATUSES = ["forming", "active", "dissolved"]
ROLES = ["chair", "secretary", "member", "observer"]
SPANS = [("2026-01-01", None), ("2026-03-01", "2026-06-30"), (None, "2026-02-15")]
DISTRICTS = [None, "blagoevgrad", "kyustendil"]
END_DATES = [None, "2026-10-01", "2026-10-02", "2026-10-03"]
HOURS = [None, 6, 12.5]
OFFICE_TOPICS = ["legal_aid", "trafficking"]
LABELS = ["Legal aid", "Legal advice", "Anti-trafficking"]
BANDS = ["0-17,18-29,30-54,55+", "0-14,15-24,25-64,65+", "0-17,18+"]
FILE_KINDS = ["signed_sheet", "photo", "agenda"]
CAPTIONS = ["Подписан лист", "Снимка от срещата", None]
SCANS = Path(tempfile.mkdtemp(prefix="coopdesk-scans-"))

pick = st.integers(min_value=0, max_value=1_000)


class Exchange(RuleBasedStateMachine):
    @initialize(
        size=st.integers(min_value=2, max_value=4),
        fields=st.lists(st.booleans(), min_size=3, max_size=3),
    )
    def make_replicas(self, size: int, fields: list[bool]) -> None:
        # An office first, as every organisation has; the others office or field
        # devices (a field device's sets carry only its own writes: sync/authorship.py).
        roles = ["office", *("field" if f else "office" for f in fields)]
        self.stores = [factory().make(f"Device {n}", roles[n]) for n in range(size)]
        self.mail: list[tuple[int, str]] = []  # (recipient, bundle payload as JSON text)

    def _store(self, index: int):
        return self.stores[index % len(self.stores)]

    def _ids(self, store, spec, live: bool = True) -> list[str]:
        if live:
            return sorted(records.list_ids(store, spec))
        from sqlalchemy import select

        from coopdesk.store.models import MODELS

        with store.read() as session:
            model = MODELS[spec.name]
            return sorted(session.scalars(select(model.id).where(model.deleted.is_(True))))

    def _try(self, action, *args) -> None:
        with contextlib.suppress(CoopDeskError):  # a refused edit is a legitimate outcome
            action(*args)

    @rule(r=pick, name=st.sampled_from(NAMES), district=st.sampled_from(DISTRICTS))
    def add_locality(self, r: int, name: str, district: str | None) -> None:
        data = {"name": name, "kind": "village", "district": district}
        records.create(self._store(r), LOCALITY, data)

    @rule(r=pick, which=pick, district=st.sampled_from(DISTRICTS))
    def choose_district(self, r: int, which: int, district: str | None) -> None:
        store = self._store(r)
        places = self._ids(store, LOCALITY)
        if places:
            changes = {"district": district, "district_text": None}
            records.update(store, LOCALITY, places[which % len(places)], changes)

    @rule(
        r=pick,
        which=pick,
        title=st.sampled_from(TITLES),
        end=st.sampled_from(END_DATES),
        hours=st.sampled_from(HOURS),
    )
    def add_meeting(
        self, r: int, which: int, title: str, end: str | None, hours: float | None
    ) -> None:
        store = self._store(r)
        places = self._ids(store, LOCALITY)
        if places:
            data = {
                "title": title,
                "date": "2026-10-01",
                "end_date": end,
                "hours": hours,
                "locality_id": places[which % len(places)],
            }
            records.create(store, MEETING, data)

    @rule(
        r=pick,
        which=pick,
        title=st.sampled_from(TITLES),
        venue=st.sampled_from(VENUES),
        total=st.integers(0, 30),
        end=st.sampled_from(END_DATES),
        hours=st.sampled_from(HOURS),
    )
    def edit_meeting(
        self,
        r: int,
        which: int,
        title: str,
        venue: str | None,
        total: int,
        end: str | None,
        hours: float | None,
    ) -> None:
        store = self._store(r)
        meetings = self._ids(store, MEETING)
        if meetings:
            changes = [
                {"title": title},
                {"venue": venue},
                {"participants_total": total},
                {"end_date": end},
                {"hours": hours},
            ]
            self._try(
                records.update, store, MEETING, meetings[which % len(meetings)], changes[which % 5]
            )

    @rule(r=pick, which=pick)
    def delete_meeting(self, r: int, which: int) -> None:
        store = self._store(r)
        meetings = self._ids(store, MEETING)
        if meetings:
            records.delete(store, MEETING, meetings[which % len(meetings)])

    @rule(r=pick, which=pick)
    def undelete_meeting(self, r: int, which: int) -> None:
        store = self._store(r)
        gone = self._ids(store, MEETING, live=False)
        if gone:
            self._try(records.restore, store, MEETING, gone[which % len(gone)])

    @rule(
        r=pick,
        which=pick,
        name=st.sampled_from(PEOPLE),
        link=st.sampled_from(LINKS),
        days=st.sampled_from([None, 1, 2]),
    )
    def add_participant(self, r: int, which: int, name: str, link: str, days: int | None) -> None:
        store = self._store(r)
        meetings = self._ids(store, MEETING)
        if meetings:
            data = {
                "meeting_id": meetings[which % len(meetings)],
                "name": name,
                "consent_given": True,
                "attended_days": days,  # refused beyond the meeting's days
            }
            if link != "none":
                linked = self._ids(store, PERSON if link == "person" else CONTACT)
                if linked:
                    data[f"{link}_id"] = linked[which % len(linked)]
            self._try(records.create, store, PARTICIPANT, data)

    @rule(r=pick, name=st.sampled_from(PEOPLE), kind=st.sampled_from(["person", "contact"]))
    def add_person_or_contact(self, r: int, name: str, kind: str) -> None:
        data = {"full_name": name, "consent_given": True, "consent_date": "2026-01-10"}
        catalog.operations(kind).create(self._store(r), data)

    @rule(r=pick, which=pick, phone=st.sampled_from(PHONES))
    def edit_person(self, r: int, which: int, phone: str | None) -> None:
        store = self._store(r)
        people = self._ids(store, PERSON)
        if people:
            self._try(records.update, store, PERSON, people[which % len(people)], {"phone": phone})

    @rule(r=pick, which=pick, other=pick, kind=st.sampled_from(["person", "contact"]))
    def merge(self, r: int, which: int, other: int, kind: str) -> None:
        """One human entered twice, made one: on any replica, concurrently with edits
        of either record and with other merges (the same pair each way round, chains)."""
        store = self._store(r)
        live = self._ids(store, PERSON if kind == "person" else CONTACT)
        if len(live) >= 2:
            survivor = live[which % len(live)]
            loser = live[other % len(live)]
            self._try(merge_records, store, kind, survivor, loser)

    @rule(r=pick, which=pick)
    def erase_person(self, r: int, which: int) -> None:
        store = self._store(r)
        people = self._ids(store, PERSON)
        if people:
            erasure.erase_person(store, people[which % len(people)])

    @rule(r=pick, code=st.sampled_from(["BG05-0193", "BG-TR-2", "BG05-0193"]))
    def add_project(self, r: int, code: str) -> None:
        store = self._store(r)  # one code may be taken on two devices apart
        self._try(
            records.create,
            store,
            PROJECT,
            {"code": code, "title": "Заедно", "start_date": "2026-01-01", "locality_ids": []},
        )

    @rule(r=pick, which=pick, goal=st.integers(0, 300))
    def add_or_retarget_indicator(self, r: int, which: int, goal: int) -> None:
        store = self._store(r)
        indicators = self._ids(store, INDICATOR)
        if indicators and which % 2:
            self._try(
                records.update,
                store,
                INDICATOR,
                indicators[which % len(indicators)],
                {"target": goal, "filter_locality_ids": self._ids(store, LOCALITY)[: which % 3]},
            )
            return
        projects = self._ids(store, PROJECT)
        if projects:
            data = {
                "project_id": projects[which % len(projects)],
                "code": f"1.{which % 7}",
                "name": "Проведени срещи",
                "target": goal,
                "measure": "meetings_held",
            }
            self._try(records.create, store, INDICATOR, data)

    @rule(r=pick, which=pick, project=pick)
    def move_meeting_to_project(self, r: int, which: int, project: int) -> None:
        store = self._store(r)
        meetings, projects = self._ids(store, MEETING), [*self._ids(store, PROJECT), None]
        if meetings:
            chosen = projects[project % len(projects)]
            self._try(
                records.update,
                store,
                MEETING,
                meetings[which % len(meetings)],
                {"project_id": chosen},
            )

    @rule(r=pick, which=pick)
    def delete_project(self, r: int, which: int) -> None:
        store = self._store(r)
        projects = self._ids(store, PROJECT)
        if projects:
            self._try(records.delete, store, PROJECT, projects[which % len(projects)])

    @rule(
        r=pick,
        name=st.sampled_from(BODIES),
        frequency=st.sampled_from(["weekly", "monthly", "quarterly", "none"]),
    )
    def add_body(self, r: int, name: str, frequency: str) -> None:
        data = {"name": name, "planned_frequency": frequency, "established_on": "2026-01-15"}
        records.create(self._store(r), BODY, data)

    @rule(r=pick, which=pick, status=st.sampled_from(STATUSES))
    def edit_body(self, r: int, which: int, status: str) -> None:
        """Dissolved on one device while another holds a new session of it."""
        store = self._store(r)
        bodies = self._ids(store, BODY)
        if bodies:
            records.update(store, BODY, bodies[which % len(bodies)], {"status": status})

    @rule(r=pick, which=pick, other=pick, role=st.sampled_from(ROLES), span=st.sampled_from(SPANS))
    def add_or_edit_member(
        self, r: int, which: int, other: int, role: str, span: tuple[str | None, ...]
    ) -> None:
        store = self._store(r)
        members = self._ids(store, BODY_MEMBER)
        dates = {"from_date": span[0], "to_date": span[1]}
        if members and which % 2:
            member = members[other % len(members)]
            self._try(records.update, store, BODY_MEMBER, member, {"role": role, **dates})
            return
        bodies, contacts = self._ids(store, BODY), self._ids(store, CONTACT)
        if bodies and contacts:
            data = {
                "body_id": bodies[which % len(bodies)],
                "contact_id": contacts[other % len(contacts)],
                "role": role,
                **dates,
            }
            self._try(records.create, store, BODY_MEMBER, data)

    @rule(r=pick, which=pick, body=pick)
    def hold_session_of_body(self, r: int, which: int, body: int) -> None:
        store = self._store(r)
        meetings, bodies = self._ids(store, MEETING), [*self._ids(store, BODY), None]
        if meetings:
            chosen = {"body_id": bodies[body % len(bodies)]}
            self._try(records.update, store, MEETING, meetings[which % len(meetings)], chosen)

    @rule(r=pick, which=pick, member=st.booleans())
    def delete_body_or_member(self, r: int, which: int, member: bool) -> None:
        """A body goes with its members (refused while sessions name it)."""
        store = self._store(r)
        spec = BODY_MEMBER if member else BODY
        live = self._ids(store, spec)
        if live:
            self._try(records.delete, store, spec, live[which % len(live)])

    @rule(r=pick, code=st.sampled_from(OFFICE_TOPICS), english=st.sampled_from(LABELS))
    def add_or_relabel_code(self, r: int, code: str, english: str) -> None:
        """The same code added on two devices apart is one record (its id is derived);
        labels corrected apart end as the later write."""
        store = self._store(r)
        found = {c["code"]: c for c in codes.list_codes(store, "topic") if not c["built_in"]}
        if code in found:
            self._try(codes.update_code, store, found[code]["id"], {"label_en": english})
        else:
            data = {"list": "topic", "code": code, "label_bg": code, "label_en": english}
            self._try(codes.add_code, store, data)

    @rule(r=pick, code=st.sampled_from(OFFICE_TOPICS), retire=st.booleans())
    def retire_or_bring_back(self, r: int, code: str, retire: bool) -> None:
        self._try(codes.retire_code, self._store(r), "topic", code, retire)

    @rule(r=pick, which=pick, code=st.sampled_from(OFFICE_TOPICS))
    def use_code(self, r: int, which: int, code: str) -> None:
        """A meeting given an office's topic (refused where it is not known, or retired,
        yet; a record that holds it keeps it when another device retires it)."""
        store = self._store(r)
        meetings = self._ids(store, MEETING)
        if meetings:
            chosen = {"topics": [code]}
            self._try(records.update, store, MEETING, meetings[which % len(meetings)], chosen)

    @rule(r=pick, bands=st.sampled_from(BANDS))
    def set_age_bands(self, r: int, bands: str) -> None:
        org_settings.set_age_bands(self._store(r), bands)

    @rule(r=pick, which=pick, kind=st.sampled_from(FILE_KINDS), content=st.integers(0, 2))
    def attach_file(self, r: int, which: int, kind: str, content: int) -> None:
        """A scan attached to a meeting (one of three contents: the same file may be
        attached on two devices apart, or twice to one meeting)."""
        store = self._store(r)
        meetings = self._ids(store, MEETING)
        if meetings:
            scan = SCANS / f"scan-{content}.pdf"
            if not scan.exists():
                scan.write_bytes(b"%PDF-1.4\n" + bytes([content]) * 2048 + b"\n%%EOF\n")
            options = attachments.Options(kind=kind, caption=f"Лист {content}")
            owner = meetings[which % len(meetings)]
            self._try(attachments.attach, store, "meeting", owner, [scan], options)

    @rule(r=pick, which=pick, caption=st.sampled_from(CAPTIONS), delete=st.booleans())
    def edit_or_remove_file(self, r: int, which: int, caption: str | None, delete: bool) -> None:
        store = self._store(r)
        files = self._ids(store, ATTACHMENT)
        if files:
            chosen = files[which % len(files)]
            if delete:
                self._try(records.delete, store, ATTACHMENT, chosen)
            else:
                self._try(records.update, store, ATTACHMENT, chosen, {"caption": caption})

    @rule(r=pick, which=pick)
    def delete_locality(self, r: int, which: int) -> None:
        store = self._store(r)
        places = self._ids(store, LOCALITY)
        if places:
            self._try(records.delete, store, LOCALITY, places[which % len(places)])

    @rule(origin=pick, destination=pick, full=st.booleans())
    def send(self, origin: int, destination: int, full: bool) -> None:
        sender, recipient = self._store(origin), self._store(destination)
        changes = (
            collect_changes(sender) if full else changes_for(sender, recipient.device.device_id)
        )
        self.mail.append((destination % len(self.stores), json.dumps(changes.to_payload())))

    @precondition(lambda self: self.mail)
    @rule(which=pick, keep=st.booleans())
    def deliver(self, which: int, keep: bool) -> None:
        """Any bundle in the mail, in any order; kept ones may arrive again later."""
        index = which % len(self.mail)
        recipient, payload = self.mail[index]
        if not keep:
            del self.mail[index]
        changes = ChangeSet.from_payload(json.loads(payload))
        self._try(apply_changes, self.stores[recipient], changes)

    @precondition(lambda self: self.mail)
    @rule(which=pick, other=pick)
    def deliver_elsewhere(self, which: int, other: int) -> None:
        """A bundle made for one device imported by another (an office bundle passed on)."""
        _, payload = self.mail[which % len(self.mail)]
        changes = ChangeSet.from_payload(json.loads(payload))
        self._try(apply_changes, self._store(other), changes)

    @precondition(lambda self: self.mail)
    @rule(which=pick)
    def lose(self, which: int) -> None:
        del self.mail[which % len(self.mail)]

    def teardown(self) -> None:
        stores = getattr(self, "stores", [])
        try:
            for _ in range(len(stores)):  # enough rounds for news to cross every replica
                for sender in stores:
                    for recipient in stores:
                        if sender is not recipient:
                            apply_changes(
                                recipient, changes_for(sender, recipient.device.device_id)
                            )
            dumps = {dump(store) for store in stores}
            assert len(dumps) <= 1, "replicas disagree after a full exchange"
            # A newcomer taking everyone's full sets, in the opposite order, agrees too:
            # the result is the same whatever the order (a final exchange could hide that).
            if stores:
                observer = factory().make("Observer")
                try:
                    for store in reversed(stores):
                        apply_changes(observer, collect_changes(store))
                    assert dump(observer) in dumps, "the merge depends on the order"
                finally:
                    observer.close()
            for store in stores:
                assert check_database(store.engine).ok
        finally:
            for store in stores:
                store.close()


settings.register_profile("sync-ci", max_examples=25, stateful_step_count=25, deadline=None)
settings.register_profile("heavy", max_examples=400, stateful_step_count=60, deadline=None)

TestExchange = Exchange.TestCase
TestExchange.settings = settings.get_profile(
    "heavy" if __import__("os").environ.get("HYPOTHESIS_PROFILE") == "heavy" else "sync-ci"
)
