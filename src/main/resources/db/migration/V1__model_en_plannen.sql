-- The seeded Model Plan van Aanpak (replaced as a whole when seed-data changes)
create table seed_versie (
    id bigint primary key,
    versie varchar(50) not null,
    bron varchar(500),
    vingerafdruk varchar(64) not null,
    geladen_op timestamp(6) with time zone not null
);

create sequence model_thema_seq start with 1 increment by 50;
create table model_thema (
    id bigint primary key,
    sleutel varchar(40) not null unique,
    naam varchar(200) not null,
    volgorde integer not null,
    bron varchar(200),
    inleiding varchar(4000)
);

create sequence model_onderdeel_seq start with 1 increment by 50;
create table model_onderdeel (
    id bigint primary key,
    thema varchar(40) not null,
    sleutel varchar(40),
    naam varchar(200),
    tabel varchar(40),
    volgorde integer not null
);

create sequence model_actie_seq start with 1 increment by 50;
create table model_actie (
    id bigint primary key,
    sleutel varchar(300) not null unique,
    thema varchar(40) not null,
    onderdeel varchar(40),
    volgorde integer not null,
    fase varchar(20) not null,
    actie varchar(200) not null,
    deadline_tekst varchar(100) not null,
    model_status varchar(20) not null,
    start_maanden integer,
    deadline_maanden integer,
    besluitorgaan varchar(20)
);

create sequence model_stap_seq start with 1 increment by 50;
create table model_stap (
    id bigint primary key,
    actie_sleutel varchar(300) not null,
    volgorde integer not null,
    kop varchar(200) not null,
    tekst varchar(2000) not null,
    punten varchar(8000) not null
);

create sequence model_aandachtspunt_seq start with 1 increment by 50;
create table model_aandachtspunt (
    id bigint primary key,
    thema varchar(40) not null,
    onderdeel varchar(40),
    volgorde integer not null,
    tekst varchar(2000) not null
);

create sequence keten_schakel_seq start with 1 increment by 50;
create table keten_schakel (
    id bigint primary key,
    nummer integer not null unique,
    naam varchar(200) not null,
    omschrijving varchar(4000) not null,
    rol_gemeente varchar(2000) not null,
    taken varchar(4000) not null
);

-- Plans and their actions
create sequence plan_seq start with 1 increment by 50;
create table plan_van_aanpak (
    id bigint primary key,
    naam varchar(200) not null,
    inwerkingtreding date not null,
    uitvoering varchar(20),
    modelversie varchar(50),
    aangemaakt timestamp(6) with time zone not null,
    version bigint not null
);

create table plan_gemeente (
    plan_id bigint not null references plan_van_aanpak (id),
    volgorde integer not null,
    gemeente varchar(100) not null,
    primary key (plan_id, volgorde)
);

create sequence plan_actie_seq start with 1 increment by 50;
create table plan_actie (
    id bigint primary key,
    plan_id bigint not null references plan_van_aanpak (id),
    model_sleutel varchar(300),
    thema varchar(40) not null,
    onderdeel varchar(40),
    volgorde integer not null,
    fase varchar(20) not null,
    actie varchar(500) not null,
    model_deadline_tekst varchar(100),
    start_maanden integer,
    deadline_maanden integer,
    model_start date,
    model_deadline date,
    hand_deadline date,
    status varchar(20) not null,
    verantwoordelijke varchar(200),
    verantwoordelijke_id bigint,
    toelichting varchar(10000),
    besluitorgaan varchar(20),
    version bigint not null
);
create index plan_actie_plan on plan_actie (plan_id, thema, volgorde);

create sequence plan_stap_seq start with 1 increment by 50;
create table plan_stap (
    id bigint primary key,
    actie_id bigint not null references plan_actie (id),
    volgorde integer not null,
    kop varchar(200) not null,
    tekst varchar(2000) not null,
    punten varchar(8000) not null,
    afgevinkt boolean not null,
    version bigint not null
);
create index plan_stap_actie on plan_stap (actie_id, volgorde);

create sequence besluit_seq start with 1 increment by 50;
create table besluit (
    id bigint primary key,
    actie_id bigint not null references plan_actie (id),
    gemeente varchar(100) not null,
    volgorde integer not null,
    status varchar(20) not null,
    datum date,
    orgaan varchar(20),
    toelichting varchar(2000),
    version bigint not null
);
create index besluit_actie on besluit (actie_id, volgorde);

create sequence historie_seq start with 1 increment by 50;
create table historie (
    id bigint primary key,
    plan_id bigint not null,
    onderwerp varchar(30) not null,
    onderwerp_id bigint not null,
    tijdstip timestamp(6) with time zone not null,
    gebruiker varchar(200) not null,
    veld varchar(200) not null,
    oud varchar(10000),
    nieuw varchar(10000),
    bron varchar(100)
);
create index historie_onderwerp on historie (onderwerp, onderwerp_id, tijdstip);
create index historie_plan on historie (plan_id, tijdstip);
