-- A password given by a beheerder (new user, reset) works until this moment and must be changed at the first login;
-- null once the user chose their own
alter table gebruiker add column tijdelijk_wachtwoord_tot timestamp(6) with time zone;
