-- The productenchecklist per plan (seed 001): one row per product, in the checklist's order.
create sequence plan_product_seq start with 1 increment by 50;
create table plan_product (
    id bigint primary key,
    plan_id bigint not null references plan_van_aanpak (id),
    thema varchar(40) not null,
    volgorde integer not null,
    product varchar(300) not null,
    toelichting varchar(4000),
    status varchar(20) not null,
    verantwoordelijke varchar(200),
    verantwoordelijke_id bigint,
    document varchar(500),
    version bigint not null,
    -- a plan gets its checklist once, also when two starts fill in older plans at the same time
    constraint plan_product_uniek unique (plan_id, volgorde)
);
