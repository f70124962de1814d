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
    in_matrix_sinds date,
    version bigint not null
);
create index risico_plan on risico (plan_id);
create index risico_cluster on risico (cluster_in);

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
create index risico_stand_risico on risico_stand (risico_id, tijdstip);

-- A stuurgroep review: who was there, what it decided per risk, and the matrix as it stood (frozen)
create sequence risicoreview_seq start with 1 increment by 50;
create table risicoreview (
    id bigint primary key,
    plan_id bigint not null references plan_van_aanpak (id),
    datum date not null,
    aanwezigen varchar(4000) not null,
    tijdstip timestamp(6) with time zone not null,
    vastgelegd_door varchar(200) not null,
    version bigint not null
);
create index risicoreview_plan on risicoreview (plan_id, datum);

create sequence risicoreview_besluit_seq start with 1 increment by 50;
create table risicoreview_besluit (
    id bigint primary key,
    review_id bigint not null references risicoreview (id),
    risico_id bigint not null references risico (id),
    maatregel varchar(4000),
    kans varchar(10),
    impact varchar(10),
    reden varchar(2000),
    status varchar(20)
);
create index risicoreview_besluit_review on risicoreview_besluit (review_id);

create sequence risicoreview_positie_seq start with 1 increment by 50;
create table risicoreview_positie (
    id bigint primary key,
    review_id bigint not null references risicoreview (id),
    risico_id bigint not null references risico (id),
    kans varchar(10),
    impact varchar(10),
    rest_kans varchar(10),
    rest_impact varchar(10),
    status varchar(20) not null,
    cluster_in bigint
);
create index risicoreview_positie_review on risicoreview_positie (review_id);

-- The review intervals a plan chose instead of the defaults (hoog 1, midden 3, laag 6 months)
create table risico_cadans (
    plan_id bigint primary key references plan_van_aanpak (id),
    hoog_maanden integer not null,
    midden_maanden integer not null,
    laag_maanden integer not null,
    version bigint not null
);
