// Regiebord: small enhancements; every page works without them.
document.addEventListener('DOMContentLoaded', function () {
  var melder = document.getElementById('live-melding');

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
});
