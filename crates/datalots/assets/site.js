// The search box of the static catalogue page written by `datalots site` (Datalots).
// Without scripts the page lists every dataset; with them this shows the box and
// filters the list as one types. Loaded from its own file: the page allows no inline
// script.
//
// Folding, as in the Datalots library (datalots::site::fold): case does not count;
// å, ä and ö are letters of their own, but a query's a also finds å and ä, and o
// also finds ö; other accents are dropped; every word must be found. Each item's
// data-search holds its title, description and keywords folded by the library.
'use strict';

function fold(text) {
  let out = '';
  for (const ch of text.toLowerCase()) {
    let c = ch;
    if (c === 'æ') c = 'ä';
    else if (c === 'ø') c = 'ö';
    else if (c === 'ß') c = 'ss';
    else if (c !== 'å' && c !== 'ä' && c !== 'ö') c = c.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    out += /[\p{L}\p{N}]/u.test(c) ? c : ' ';
  }
  return out.trim().split(/\s+/).filter(Boolean);
}

function pattern(word) {
  let p = '';
  for (const c of word) {
    if (c === 'a') p += '[aåä]';
    else if (c === 'o') p += '[oö]';
    else p += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(p, 'u');
}

function start() {
  const box = document.querySelector('[data-search-box]');
  const count = document.getElementById('count');
  if (!box || !count) return;
  const input = box.querySelector('input');
  const items = Array.from(document.querySelectorAll('[data-search]'));
  const nothing = document.querySelector('[data-nothing]');
  const lang = document.documentElement.lang || 'sv';
  box.hidden = false;
  const show = () => {
    const words = fold(input.value).map(pattern);
    let n = 0;
    for (const item of items) {
      const text = item.getAttribute('data-search') || '';
      const hit = words.every((w) => w.test(text));
      item.hidden = !hit;
      if (hit) n += 1;
    }
    count.textContent = n === 1 ? count.dataset.one : count.dataset.many.replace('{n}', n.toLocaleString(lang));
    if (nothing) nothing.hidden = n > 0;
  };
  input.addEventListener('input', show);
  if (input.value) show();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
