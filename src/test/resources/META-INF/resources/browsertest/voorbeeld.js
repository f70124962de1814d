document.getElementById('begroet').addEventListener('click', function () {
  var gemeente = document.getElementById('gemeente').value.trim() || 'onbekende gemeente';
  document.getElementById('uitkomst').textContent = 'Welkom, ' + gemeente + '!';
});
