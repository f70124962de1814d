-- Users, their roles per plan, login attempts and the installation's own secrets
create sequence gebruiker_seq start with 1 increment by 50;
create table gebruiker (
    id bigint primary key,
    gebruikersnaam varchar(100) not null,
    naam varchar(200) not null,
    email varchar(200),
    wachtwoord_hash varchar(100) not null,
    beheerder boolean not null,
    actief boolean not null,
    -- raised when the password changes or the account is blocked: every older session cookie stops working
    sessieversie integer not null,
    aangemaakt timestamp(6) with time zone not null,
    version bigint not null,
    constraint gebruiker_naam_uniek unique (gebruikersnaam)
);

create sequence plan_lid_seq start with 1 increment by 50;
create table plan_lid (
    id bigint primary key,
    plan_id bigint not null references plan_van_aanpak (id),
    gebruiker_id bigint not null references gebruiker (id),
    rol varchar(20) not null,
    version bigint not null,
    constraint plan_lid_uniek unique (plan_id, gebruiker_id)
);
create index plan_lid_gebruiker on plan_lid (gebruiker_id);

-- Kept in the database so that the limit holds across instances
create sequence aanmeldpoging_seq start with 1 increment by 50;
create table aanmeldpoging (
    id bigint primary key,
    gebruikersnaam varchar(100) not null,
    adres varchar(64) not null,
    tijdstip timestamp(6) with time zone not null,
    gelukt boolean not null
);
create index aanmeldpoging_naam on aanmeldpoging (gebruikersnaam, tijdstip);
create index aanmeldpoging_adres on aanmeldpoging (adres, tijdstip);

-- Settings the installation makes itself, such as the key that signs session cookies (shared by all instances)
create table instelling (
    naam varchar(100) primary key,
    waarde varchar(4000) not null
);

alter table historie add column gebruiker_id bigint;
