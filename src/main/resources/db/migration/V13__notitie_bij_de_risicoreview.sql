-- What the stuurgroep noted at a risk review, beside its decisions per risk.
alter table risicoreview add column notitie varchar(4000);
