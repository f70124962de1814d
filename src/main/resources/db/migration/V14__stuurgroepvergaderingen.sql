-- A stuurgroep meeting, frozen: the meeting view as the stuurgroep saw it (JSON), with the meeting's date, who was
-- present, the risk review held in it, its decisions and its actiepunten. An actiepunt is also an own action of the
-- plan; that action says where it came from.
create sequence vergadering_seq start with 1 increment by 50;
create table vergadering (
    id bigint primary key,
    plan_id bigint not null references plan_van_aanpak (id),
    datum date not null,
    sinds date not null,
    aanwezigen varchar(4000) not null,
    besluiten varchar(8000),
    notitie varchar(4000),
    risicoreview_id bigint references risicoreview (id),
    momentopname varchar(1000000) not null,
    tijdstip timestamp(6) with time zone not null,
    vastgelegd_door varchar(200) not null,
    version bigint not null
);
create index vergadering_plan on vergadering (plan_id, datum);

create sequence vergadering_actiepunt_seq start with 1 increment by 50;
create table vergadering_actiepunt (
    id bigint primary key,
    vergadering_id bigint not null references vergadering (id),
    volgorde integer not null,
    actie_id bigint not null references plan_actie (id),
    omschrijving varchar(500) not null,
    verantwoordelijke varchar(200) not null,
    deadline date not null
);
create index vergadering_actiepunt_vergadering on vergadering_actiepunt (vergadering_id);

alter table plan_actie add column herkomst varchar(200);
alter table plan_actie add column herkomst_pad varchar(200);
