-- Sessions ended by logging out, until they would have expired anyway: a copied cookie stops working at logout
create table afgemelde_sessie (
    nonce varchar(40) primary key,
    verloopt timestamp(6) with time zone not null
);
create index afgemelde_sessie_verloopt on afgemelde_sessie (verloopt);
