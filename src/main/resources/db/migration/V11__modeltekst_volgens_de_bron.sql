-- The model's text as the source gives it (Model Plan van Aanpak, checklist of Wyzer and Workconnection).
-- The model tables themselves are rewritten by the seed loader when seed-data changes; what is fixed here is the
-- copy each existing plan took when it was made.

-- What of a model action is Regiebord's own rather than the model's (the fase and name of the steps of § 2.5).
alter table model_actie add column eigen_aanvulling varchar(1000);

-- § 2.2 Startnotitie: the step text ends with the sentence about the projectorganisatie and the werkgroepen.
update plan_stap
set tekst = 'door het college. Na vaststelling volgt de inrichting van de projectorganisatie. Stel concrete opdrachten en een bijbehorende planning op voor de werkgroepen.'
where kop = 'Stel de startnotitie vast' and tekst = 'door het college.'
  and actie_id in (select id from plan_actie where model_sleutel = 'beleid/startnotitie/startnotitie vaststellen');

-- § 2.3 Financiën: the model gives "Stel een raming op" (two points) before "Stel een begroting op"; the rows of
-- Tabel 3 take them in that order. A step moves with its tick, so what a plan ticked off stays ticked off.
update plan_stap
set actie_id = (select naar.id from plan_actie van join plan_actie naar on naar.plan_id = van.plan_id
                where van.id = plan_stap.actie_id and naar.model_sleutel = 'financien/-/begroting aanpassen')
where kop = 'Stel een begroting op'
  and actie_id in (select id from plan_actie where model_sleutel = 'financien/-/begroting opstellen');

update plan_stap
set actie_id = (select naar.id from plan_actie van join plan_actie naar on naar.plan_id = van.plan_id
                where van.id = plan_stap.actie_id and naar.model_sleutel = 'financien/-/begroting opstellen')
where kop = 'Stel een raming op' and tekst like 'op basis van de verwachte kosten%'
  and actie_id in (select id from plan_actie where model_sleutel = 'financien/-/begroting controleren');

update plan_stap
set actie_id = (select naar.id from plan_actie van join plan_actie naar on naar.plan_id = van.plan_id
                where van.id = plan_stap.actie_id and naar.model_sleutel = 'financien/-/begroting controleren')
where kop = 'Stel een raming op' and tekst like 'bepaal of op basis van deze begroting%'
  and actie_id in (select id from plan_actie where model_sleutel = 'financien/-/begroting aanpassen');

-- Checklist of Wyzer and Workconnection: the toelichting as the document words it, not silently corrected.
update plan_product
set toelichting = 'Afspraken met corporaties over aantallen, proces van toekenning van woningen. Maar ook: wat doet de corporatie om inburgering te bevorderen n problemen tijdig te herkennen (huurachterstand, omgaan met geluidsoverlast, afval, tuin, portiek, burens).'
where product = 'Huisvestings- en woonbeleid'
  and toelichting = 'Afspraken met corporaties over aantallen, proces van toekenning van woningen. Maar ook: wat doet de corporatie om inburgering te bevorderen en problemen tijdig te herkennen (huurachterstand, omgaan met geluidsoverlast, afval, tuin, portiek, buren).';
