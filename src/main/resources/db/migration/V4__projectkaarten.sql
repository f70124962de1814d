-- Projectkaarten (ch. 3): per theme a card with the four steps of the model, its milestones and its links
create sequence projectkaart_seq start with 1 increment by 50;
create table projectkaart (
    id bigint primary key,
    plan_id bigint not null references plan_van_aanpak (id),
    thema varchar(50) not null,
    titel varchar(200) not null,
    projectmanager varchar(200),
    projectmanager_id bigint,
    projectleider varchar(200),
    projectleider_id bigint,
    aanleiding varchar(4000),
    doel varchar(4000),
    specifiek boolean not null,
    meetbaar boolean not null,
    acceptabel boolean not null,
    realistisch boolean not null,
    tijdgebonden boolean not null,
    aanpak varchar(4000),
    risicos_en_voorwaarden varchar(4000),
    investering varchar(4000),
    investering_bedrag numeric(14,2),
    inzetten varchar(4000),
    informeren varchar(4000),
    verbeteren varchar(4000),
    betrekken varchar(4000),
    borgen varchar(4000),
    verwijderd boolean not null,
    aangemaakt timestamp(6) with time zone not null,
    version bigint not null
);
create index projectkaart_plan on projectkaart (plan_id, thema);

-- Step 3: the milestones in the order they were entered; a postponed one keeps its first date
create sequence mijlpaal_seq start with 1 increment by 50;
create table mijlpaal (
    id bigint primary key,
    projectkaart_id bigint not null references projectkaart (id),
    volgorde integer not null,
    omschrijving varchar(500) not null,
    datum date not null,
    status varchar(20) not null,
    nieuwe_datum date,
    reden varchar(2000),
    version bigint not null
);
create index mijlpaal_kaart on mijlpaal (projectkaart_id, volgorde);

create table projectkaart_risico (
    projectkaart_id bigint not null references projectkaart (id),
    risico_id bigint not null references risico (id),
    primary key (projectkaart_id, risico_id)
);

create table projectkaart_actie (
    projectkaart_id bigint not null references projectkaart (id),
    actie_id bigint not null references plan_actie (id),
    primary key (projectkaart_id, actie_id)
);
