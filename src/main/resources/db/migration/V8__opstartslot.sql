-- One row that the start-up work of every instance locks (select ... for update) for its whole transaction, so
-- that instances starting together on one database load the model, make the session key and the first beheerder
-- and fill in older plans once, one after the other (nl.regiebord.opstart.Opstart).
create table opstartslot (
    id integer primary key
);
insert into opstartslot (id) values (1);
