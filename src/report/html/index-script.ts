/**
 * The inline script of index.html: sorting by any column and filtering rows, in the page itself
 * (no external files, works from file://). It reads only the page's own attributes and writes
 * only `hidden`, `aria-sort`, the row order and a count: no input text is ever turned into markup.
 */
export const INDEX_SCRIPT = `
(function () {
  'use strict';
  var table = document.getElementById('submissions');
  if (!table) return;
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows).filter(function (r) { return r.dataset.verdict; });
  var text = document.getElementById('filter-text');
  var verdict = document.getElementById('filter-verdict');
  var pack = document.getElementById('filter-pack');
  var flagged = document.getElementById('filter-flags');
  var count = document.getElementById('shown-count');
  function apply() {
    var q = text.value.trim().toLowerCase();
    var n = 0;
    rows.forEach(function (r) {
      var ok = (!verdict.value || r.dataset.verdict === verdict.value) &&
        (!pack.value || r.dataset.pack === pack.value) &&
        (!flagged.checked || r.dataset.flags !== '0') &&
        (!q || (r.textContent + ' ' + (r.dataset.search || '')).toLowerCase().indexOf(q) >= 0);
      r.hidden = !ok;
      if (ok) n++;
    });
    count.textContent = '显示 ' + n + ' / ' + rows.length + ' 份';
  }
  [text, verdict, pack, flagged].forEach(function (el) {
    el.addEventListener('input', apply);
    el.addEventListener('change', apply);
  });
  var collator = new Intl.Collator('zh-CN', { numeric: true });
  function key(row, col) {
    var cell = row.cells[col];
    return cell.hasAttribute('data-sort') ? cell.getAttribute('data-sort') : cell.textContent.trim();
  }
  var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
  heads.forEach(function (th, col) {
    var button = th.querySelector('button');
    if (!button) return;
    button.addEventListener('click', function () {
      var dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      heads.forEach(function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', dir);
      var numeric = th.dataset.type === 'num';
      var sign = dir === 'ascending' ? 1 : -1;
      rows.map(function (r, i) { return { r: r, k: key(r, col), i: i }; })
        .sort(function (a, b) {
          var d = numeric ? Number(a.k) - Number(b.k) : collator.compare(a.k, b.k);
          return d * sign || a.i - b.i;
        })
        .forEach(function (x) { tbody.appendChild(x.r); });
      rows = Array.prototype.slice.call(tbody.rows).filter(function (r) { return r.dataset.verdict; });
    });
  });
  apply();
})();
`;
