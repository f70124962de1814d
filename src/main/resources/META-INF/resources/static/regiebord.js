// Regiebord: small enhancements; every page works without them.
document.addEventListener('DOMContentLoaded', function () {
  var melder = document.getElementById('live-melding');
  // After a save the page says so; told through the live region, a screen reader announces it too.
  var opgeslagen = document.getElementById('opgeslagen');
  if (melder && opgeslagen) { setTimeout(function () { melder.textContent = opgeslagen.textContent; }, 300); }

  // Where the CSS shows the menu's button (a narrow screen), the menu starts folded away.
  var knop = document.querySelector('details.menu > summary');
  if (knop && getComputedStyle(knop).display !== 'none') { knop.parentElement.open = false; }

  // Tijdtafel: a new status is saved as soon as it is chosen. On any refusal the form is posted the
  // ordinary way, so the page shows the message (and, on a conflict, the other person's change).
  document.querySelectorAll('select[data-direct-opslaan]').forEach(function (keuze) {
    keuze.addEventListener('change', function () {
      var formulier = document.getElementById(keuze.getAttribute('form'));
      if (!formulier || !window.fetch) { return; }
      var rij = keuze.closest('tr');
      fetch(formulier.action, {
        method: 'POST',
        headers: { 'X-Regiebord': 'inline', 'Accept': 'application/json',
                   'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(new FormData(formulier)),
        credentials: 'same-origin'
      }).then(function (antwoord) {
        if (!antwoord.ok) { throw new Error('geweigerd'); }
        return antwoord.json();
      }).then(function (actie) {
        formulier.querySelector('input[name=version]').value = actie.version;
        var label = rij.querySelector('[data-te-laat]');
        if (label) { label.hidden = !actie.teLaat; }
        rij.classList.toggle('te-laat', actie.teLaat);
        rij.classList.add('gewijzigd');
        if (melder) { melder.textContent = 'Opgeslagen: ' + actie.actie + ' is nu ' + actie.status + '.'; }
      }).catch(function () {
        formulier.submit();
      });
    });
  });
  // On a narrow screen a table's rows stand as cards: each cell gets its column's name to show above it.
  document.querySelectorAll('table').forEach(function (tabel) {
    var kopregel = tabel.querySelector('thead tr:last-child');
    if (!kopregel || tabel.classList.contains('rooster')) { return; }
    var koppen = [];
    Array.prototype.forEach.call(kopregel.children, function (kop) {
      var verborgen = kop.querySelector('.visueel-verborgen');   // a header only a screen reader needs: no label
      var tekst = verborgen && verborgen.textContent.trim() === kop.textContent.trim() ? '' : kop.textContent.trim();
      for (var i = 0; i < (kop.colSpan || 1); i++) { koppen.push(tekst); }
    });
    tabel.querySelectorAll('tbody tr').forEach(function (rij) {
      var kolom = 0;
      Array.prototype.forEach.call(rij.children, function (cel) {
        if (cel.tagName === 'TD' && koppen[kolom] && !cel.hasAttribute('data-kop')) {
          cel.setAttribute('data-kop', koppen[kolom]);
        }
        kolom += cel.colSpan || 1;
      });
    });
  });
});
