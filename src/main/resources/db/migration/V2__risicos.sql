-- Risico's (ch. 4): the register, its matrix positions through time, and the stuurgroep's reviews
create sequence risico_seq start with 1 increment by 50;
create table risico (
    id bigint primary key,
    plan_id bigint not null references plan_van_aanpak (id),
    categorie varchar(20) not null,
    nummer integer,
    omschrijving varchar(2000) not null,
    maatregel varchar(4000),
    kans varchar(10),
    impact varchar(10),
    rest_kans varchar(10),
    rest_impact varchar(10),
    status varchar(20) not null,
    eigenaar varchar(200),
    eigenaar_id bigint,
    ingebracht_door varchar(200),
    ingebracht_door_id bigint,
    voorbeeld boolean not null,
    cluster_in bigint references risico (id),
    verwijderd boolean not null,
    aangemaakt timestamp(6) with time zone not null,
    laatste_review date,
    version bigint not null
);
create index risico_plan on risico (plan_id);

-- Append-only: the matrix-relevant state of a risk from 'tijdstip' on (see RisicoStand)
create sequence risico_stand_seq start with 1 increment by 50;
create table risico_stand (
    id bigint primary key,
    plan_id bigint not null,
    risico_id bigint not null references risico (id),
    tijdstip timestamp(6) with time zone not null,
    kans varchar(10),
    impact varchar(10),
    rest_kans varchar(10),
    rest_impact varchar(10),
    status varchar(20) not null,
    cluster_in bigint,
    verwijderd boolean not null
);
create index risico_stand_plan on risico_stand (plan_id, tijdstip);
