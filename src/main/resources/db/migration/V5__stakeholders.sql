-- Stakeholders (ch. 5): the analysis, the contact log, their place in the grid through time, and herijkingen
create sequence stakeholder_seq start with 1 increment by 50;
create table stakeholder (
    id bigint primary key,
    plan_id bigint not null references plan_van_aanpak (id),
    naam varchar(200) not null,
    type varchar(10) not null,
    cluster varchar(200),
    belangen varchar(4000),
    wensen_eisen varchar(4000),
    belang varchar(10),
    invloed varchar(10),
    frequentie varchar(20),
    communicatie varchar(20),
    verantwoordelijke varchar(200),
    verantwoordelijke_id bigint references gebruiker (id),
    samengevoegd_in bigint references stakeholder (id),
    verwijderd boolean not null,
    aangemaakt timestamp(6) with time zone not null,
    herijkt_op date,
    version bigint not null
);
create index stakeholder_plan on stakeholder (plan_id);

-- The plan actions through which a stakeholder is reached (a communication action covers a belangrijke speler)
create table stakeholder_actie (
    stakeholder_id bigint not null references stakeholder (id),
    actie_id bigint not null references plan_actie (id),
    primary key (stakeholder_id, actie_id)
);

create sequence stakeholder_contact_seq start with 1 increment by 50;
create table stakeholder_contact (
    id bigint primary key,
    stakeholder_id bigint not null references stakeholder (id),
    datum date not null,
    door varchar(200) not null,
    door_id bigint references gebruiker (id),
    vorm varchar(20),
    samenvatting varchar(4000),
    verwijderd boolean not null,
    aangemaakt timestamp(6) with time zone not null,
    version bigint not null
);
create index stakeholder_contact_stakeholder on stakeholder_contact (stakeholder_id, datum);

-- Append-only: where a stakeholder stood in the grid from 'tijdstip' on (see StakeholderStand)
create sequence stakeholder_stand_seq start with 1 increment by 50;
create table stakeholder_stand (
    id bigint primary key,
    plan_id bigint not null,
    stakeholder_id bigint not null references stakeholder (id),
    tijdstip timestamp(6) with time zone not null,
    belang varchar(10),
    invloed varchar(10),
    samengevoegd_in bigint,
    verwijderd boolean not null
);
create index stakeholder_stand_plan on stakeholder_stand (plan_id, tijdstip);
create index stakeholder_stand_stakeholder on stakeholder_stand (stakeholder_id, tijdstip);

-- A herijking of the analysis: who took part and per stakeholder the scores before and after, with the reason
create sequence stakeholder_herijking_seq start with 1 increment by 50;
create table stakeholder_herijking (
    id bigint primary key,
    plan_id bigint not null references plan_van_aanpak (id),
    datum date not null,
    aanwezigen varchar(4000) not null,
    tijdstip timestamp(6) with time zone not null,
    vastgelegd_door varchar(200) not null,
    version bigint not null
);
create index stakeholder_herijking_plan on stakeholder_herijking (plan_id, datum);

create sequence stakeholder_herscoring_seq start with 1 increment by 50;
create table stakeholder_herscoring (
    id bigint primary key,
    herijking_id bigint not null references stakeholder_herijking (id),
    stakeholder_id bigint not null references stakeholder (id),
    oud_belang varchar(10),
    oud_invloed varchar(10),
    belang varchar(10) not null,
    invloed varchar(10) not null,
    reden varchar(2000)
);
create index stakeholder_herscoring_herijking on stakeholder_herscoring (herijking_id);
