-- Every risk gets a number of its own per plan (R1, R2, …) that the stuurgroep can name in a meeting. Numbers are
-- handed out in the order the risks were raised and never reused: a deleted risk keeps its number.
-- The number of a Tabel 6 example (which has gaps) keeps its own column.
alter table risico rename column nummer to voorbeeldnummer;
alter table risico add column volgnummer integer;
update risico set volgnummer = (select count(*) from risico eerder
                                where eerder.plan_id = risico.plan_id and eerder.id <= risico.id);
alter table risico alter column volgnummer set not null;
alter table risico add constraint risico_volgnummer_uniek unique (plan_id, volgnummer);

-- A risk's page lists the reviews it was in.
create index risicoreview_positie_risico on risicoreview_positie (risico_id);
create index risicoreview_besluit_risico on risicoreview_besluit (risico_id);
