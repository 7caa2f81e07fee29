// Sorts the dashboard's ranking in the browser when a sortable header is clicked (a second click
// reverses the order); without script the headers are links and the server sorts. Units without a
// difference (no subjects, no target) stay last either way.
(function () {
  // choosing another unit or year opens it at once (the "Xem" button does the same without script)
  Array.prototype.forEach.call(document.querySelectorAll('form.choose select'), function (select) {
    select.addEventListener('change', function () { select.form.submit(); });
  });
  var table = document.getElementById('xep-hang');
  if (!table) { return; }
  var body = table.tBodies[0];
  var collator = new Intl.Collator('vi');
  var current = { key: table.getAttribute('data-sort'), ascending: table.getAttribute('data-order') !== 'giam' };

  function value(row, key) {
    if (key === 'ten') { return row.getAttribute('data-ten'); }
    var cell = row.querySelector('td.difference[data-model="' + key + '"]');
    var text = cell ? cell.getAttribute('data-value') : null;
    return text === null || text === '' ? null : parseFloat(text);
  }

  function sort(key, ascending) {
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = value(a, key), y = value(b, key);
      if (x === null && y === null) { return collator.compare(a.getAttribute('data-ten'), b.getAttribute('data-ten')); }
      if (x === null) { return 1; }
      if (y === null) { return -1; }
      var order = key === 'ten' ? collator.compare(x, y) : x - y;
      if (!ascending) { order = -order; }
      return order !== 0 ? order : collator.compare(a.getAttribute('data-ten'), b.getAttribute('data-ten'));
    });
    rows.forEach(function (row, i) {
      row.querySelector('td.rank').textContent = i + 1;
      body.appendChild(row);
    });
    Array.prototype.forEach.call(table.querySelectorAll('th.sortable'), function (th) {
      var on = th.getAttribute('data-key') === key;
      th.setAttribute('aria-sort', on ? (ascending ? 'ascending' : 'descending') : 'none');
      var link = th.querySelector('a');
      var label = link.textContent.replace(/ [▲▼]$/, '');
      link.textContent = on ? label + (ascending ? ' ▲' : ' ▼') : label;
    });
    table.setAttribute('data-sort', key);
    table.setAttribute('data-order', ascending ? 'tang' : 'giam');
    var hidden = document.querySelector('form.choose input[name="sap-xep"]');
    if (hidden) { hidden.value = key; }
    current = { key: key, ascending: ascending };
  }

  Array.prototype.forEach.call(table.querySelectorAll('th.sortable'), function (th) {
    th.querySelector('a').addEventListener('click', function (event) {
      event.preventDefault();
      var key = th.getAttribute('data-key');
      sort(key, current.key === key ? !current.ascending : true);
    });
  });
})();
