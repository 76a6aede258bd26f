// factx review page: index, filters, keyboard review and marks over the JSON in #factx-data.
// Article bodies are built only when opened, so a large corpus opens quickly.
(function () {
  'use strict';
  var source = document.getElementById('factx-data');
  var D = JSON.parse(source.textContent);
  source.remove(); // the parsed data is all we need; let the JSON text go
  var records = D.records;
  var articles = D.articles;
  var runs = D.runs;
  var PREFIX = 'factx.mark.';
  var CHUNK = 200;
  var VERDICTS = ['correct', 'wrong', 'unsure'];
  var SIGN = {correct: '✓', wrong: '✗', unsure: '?'};
  var LABELS = {record: 'record', run: 'run (extractor)', presence: 'present in'};

  // ------------------------------------------------------------------ helpers
  var ESC = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};
  function esc(value) {
    return String(value).replace(/[&<>"']/g, function (c) { return ESC[c]; });
  }
  function cut(text, limit) {
    return text.length <= limit ? text : text.slice(0, limit - 1) + '…';
  }
  function num(value) {
    return Number(Number(value).toPrecision(12)).toLocaleString('en', {maximumFractionDigits: 6});
  }
  function el(id) { return document.getElementById(id); }
  function title(article) { return article.meta.title || article.id; }

  function evidence(rec, i) {
    // The record's evidence text: sliced from the article unless the page carries it.
    var d = rec.d[i || 0];
    if (rec.t === 'rejected') return String(d.item.evidence || '');
    if (d.evidence.text !== undefined) return d.evidence.text;
    return articles[rec.a].text.slice(rec.s[0][0], rec.s[0][1]);
  }
  function nearText(rec) {
    var text = articles[rec.a].text;
    return text && rec.s && rec.s.length ? text.slice(rec.s[0][0], rec.s[0][1]) : null;
  }
  function label(rec, d) {
    if (rec.t === 'claim') {
      var who = [d.speaker_role, d.speaker_org].filter(Boolean).join(', ');
      return d.speaker + (who ? ' (' + who + ')' : '') + ' · ' + d.kind;
    }
    if (rec.t === 'figure') {
      var value = num(d.value) + (d.high !== undefined ? '–' + num(d.high) : '');
      return d.raw + ' = ' + (d.qualifier ? d.qualifier + ' ' : '') + value + ' ' + d.unit +
        ' · ' + d.measures;
    }
    if (rec.t === 'position') {
      return d.actor + ' ' + d.stance + ' ' + d.target + (d.condition ? ' if ' + d.condition : '');
    }
    return 'rejected ' + d.kind + ': ' + d.reason;
  }
  var SHOWN = {claim: ['kind', 'speaker', 'speaker_role', 'speaker_org', 'evidence'],
    figure: ['raw', 'value', 'high', 'unit', 'qualifier', 'measures', 'evidence'],
    position: ['actor', 'stance', 'target', 'condition', 'evidence'],
    rejected: ['kind', 'reason', 'item']};
  function said(value) {
    // A value worth a line: not null, false, empty or an empty list.
    return !(value === null || value === undefined || value === false || value === '' ||
      (Array.isArray(value) && !value.length));
  }
  function extras(rec, d) {
    // Every other field, whatever the schema adds (applies_to, confidence, value_check ...).
    var out = [];
    Object.keys(d).forEach(function (key) {
      if (SHOWN[rec.t].indexOf(key) >= 0 || !said(d[key])) return;
      var value = d[key];
      if (Array.isArray(value)) value = value.map(function (v) { return v.text || v; }).join(' | ');
      else if (value && typeof value === 'object') value = JSON.stringify(value);
      out.push(key.replace(/_/g, ' ') + ': ' + value);
    });
    if (rec.t !== 'rejected') {
      var ev = d.evidence;
      out.push('match: ' + ev.match + (ev.score !== undefined ? ' ' + ev.score : ''));
    }
    return out.join(' · ');
  }
  function textOf(value, out) {
    if (value === null || value === undefined) return out;
    if (typeof value === 'object') {
      Object.keys(value).forEach(function (k) { textOf(value[k], out); });
    } else out.push(String(value));
    return out;
  }

  // ------------------------------------------------------------------ marks
  var marks = new Map();
  var storageProblem = null;
  try {
    for (var i = 0; i < localStorage.length; i++) {
      var key = localStorage.key(i);
      if (key.indexOf(PREFIX) === 0) marks.set(key.slice(PREFIX.length), JSON.parse(localStorage.getItem(key)));
    }
  } catch (error) {
    storageProblem = 'Marks cannot be kept in this browser (' + error.name + '): export them before closing.';
  }
  function setMark(id, change) {
    var mark = Object.assign({}, marks.get(id) || {}, change);
    try {
      if (!mark.verdict && !mark.note) {
        marks.delete(id);
        localStorage.removeItem(PREFIX + id);
      } else {
        mark.at = new Date().toISOString();
        marks.set(id, mark);
        localStorage.setItem(PREFIX + id, JSON.stringify(mark));
      }
    } catch (error) {
      marks.set(id, mark);
      showBanner('Marks cannot be kept in this browser (' + error.name + '): export them before closing.');
    }
  }
  function exportMarks() {
    var lines = [];
    records.forEach(function (rec) {
      var mark = marks.get(rec.id);
      if (mark) lines.push(JSON.stringify({record_id: rec.id, verdict: mark.verdict || null, note: mark.note || ''}));
    });
    var blob = new Blob([lines.map(function (l) { return l + '\n'; }).join('')], {type: 'application/x-ndjson'});
    var link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'factx-marks.jsonl';
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
  }

  // ------------------------------------------------------------------ facets
  var facets = D.facets.map(function (f) { return {name: f.name, values: f.values}; });
  var VERDICT = facets.length;
  facets.push({name: 'your mark', values: VERDICTS.concat(['unmarked'])});
  var selected = facets.map(function () { return new Set(); });
  function valuesOf(rec, k) {
    if (k !== VERDICT) return rec.f[k];
    var mark = marks.get(rec.id);
    var at = mark && mark.verdict ? VERDICTS.indexOf(mark.verdict) : 3;
    return [at];
  }
  function passes(set, values) {
    if (!set.size) return true;
    for (var i = 0; i < values.length; i++) if (set.has(values[i])) return true;
    return false;
  }

  // ------------------------------------------------------------------ search
  // Built for each search, not kept: a kept copy of every record's text would double the
  // page's memory, and building them takes a few tens of milliseconds.
  var articleHay = [];
  function matches(n, terms) {
    var rec = records[n];
    if (articleHay[rec.a] === undefined) {
      var art = articles[rec.a];
      articleHay[rec.a] = textOf(art.meta, [art.id, art.path]).join('\n').toLowerCase();
    }
    var text = articleHay[rec.a] + '\n' + textOf(rec.d, [evidence(rec)]).join('\n').toLowerCase();
    return terms.every(function (t) { return text.indexOf(t) >= 0; });
  }

  // ------------------------------------------------------------------ state
  var byArticle = articles.map(function () { return []; });
  records.forEach(function (rec, n) { byArticle[rec.a].push(n); });
  var visible = [];
  var counts = [];
  var rendered = 0;
  var sel = -1;
  var openArticle = -1;

  function recompute() {
    var terms = el('q').value.toLowerCase().split(/\s+/).filter(Boolean);
    counts = facets.map(function (f) { return new Array(f.values.length).fill(0); });
    var next = [];
    for (var n = 0; n < records.length; n++) {
      var rec = records[n];
      if (terms.length && !matches(n, terms)) continue;
      var failing = -1, fails = 0, values = [];
      for (var k = 0; k < facets.length; k++) {
        values[k] = valuesOf(rec, k);
        if (!passes(selected[k], values[k]) && ++fails > 1) break;
        if (fails === 1 && failing < 0) failing = k;
      }
      if (fails > 1) continue;
      for (k = 0; k < facets.length; k++) {
        if (fails === 0 || k === failing) values[k].forEach(function (v) { counts[k][v]++; });
      }
      if (fails === 0) next.push(n);
    }
    var current = sel >= 0 ? visible[sel] : -1;
    var same = next.length === visible.length && next.every(function (v, i) { return v === visible[i]; });
    visible = next;
    showCounts();
    if (same) {
      if (current >= 0) redrawRow(current);
      return;
    }
    var at = visible.indexOf(current);
    sel = at >= 0 ? at : Math.min(Math.max(sel, 0), visible.length - 1);
    el('rows').innerHTML = '';
    rendered = 0;
    renderMore(Math.max(sel + 1, CHUNK));
    if (sel >= 0) markSelected(false);
  }

  function showCounts() {
    el('count').textContent = visible.length.toLocaleString('en') + ' of ' +
      records.length.toLocaleString('en') + ' records';
    facets.forEach(function (f, k) {
      f.values.forEach(function (_, v) {
        var box = document.querySelector('[data-facet="' + k + '"][data-value="' + v + '"]');
        box.querySelector('.c').textContent = counts[k][v];
        box.classList.toggle('zero', counts[k][v] === 0);
      });
    });
  }

  // ------------------------------------------------------------------ index
  function presence(rec) {
    if (rec.r.length === 1) return 'only in ' + runs[rec.r[0]];
    return runs.filter(function (_, r) { return rec.r.indexOf(r) < 0; })
      .map(function (name) { return 'not in ' + name; }).join(', ');
  }
  function rowHtml(n) {
    var rec = records[n];
    var mark = marks.get(rec.id) || {};
    var only = runs.length > 1 && rec.r.length < runs.length;
    var tags = (only ? '<span class="tag only">' + esc(presence(rec)) + '</span>' : '') +
      (mark.note ? '<span class="tag" title="' + esc(mark.note) + '">note</span>' : '') +
      (rec.d[0].evidence && rec.d[0].evidence.mismatch ? '<span class="tag bad">evidence not at its offsets</span>' : '');
    return '<div class="row ' + rec.t + (only ? ' only' : '') + '" data-n="' + n + '" data-id="' + esc(rec.id) +
      '" data-verdict="' + (mark.verdict || '') + '">' +
      '<span class="verdict ' + (mark.verdict || '') + '">' + (SIGN[mark.verdict] || '') + '</span>' +
      '<span class="what">' + esc(label(rec, rec.d[0])) + '</span><span class="tags">' + tags + '</span>' +
      '<span></span><span class="ev">“' + esc(cut(evidence(rec), 200)) + '”</span>' +
      '<span></span><span class="art">' + esc(title(articles[rec.a])) + '</span></div>';
  }
  function renderMore(upTo) {
    var end = Math.min(visible.length, Math.max(upTo || 0, rendered + CHUNK));
    if (end > rendered) {
      el('rows').insertAdjacentHTML('beforeend', visible.slice(rendered, end).map(rowHtml).join(''));
      rendered = end;
    }
    el('more').textContent = rendered < visible.length ? 'more below…' : visible.length ? '' : 'no records match';
  }
  function rowOf(n) { return el('rows').querySelector('.row[data-n="' + n + '"]'); }
  function redrawRow(n) {
    var row = rowOf(n);
    if (!row) return;
    var wasSelected = row.classList.contains('sel');
    row.outerHTML = rowHtml(n);
    if (wasSelected) rowOf(n).classList.add('sel');
  }
  function markSelected(scroll) {
    var old = el('rows').querySelector('.row.sel');
    if (old) old.classList.remove('sel');
    if (sel < 0) return;
    renderMore(sel + 1);
    var row = rowOf(visible[sel]);
    row.classList.add('sel');
    if (scroll) row.scrollIntoView({block: 'nearest'});
  }
  function move(step) {
    if (!visible.length) return;
    sel = Math.min(Math.max(sel + step, 0), visible.length - 1);
    markSelected(true);
    if (openArticle >= 0) openRecord(visible[sel]);
  }

  // ------------------------------------------------------------------ article
  function highlighted(text, ns) {
    var spans = [];
    ns.forEach(function (n) {
      var rec = records[n];
      (rec.s || []).forEach(function (s) { if (s[0] < s[1]) spans.push([s[0], s[1], rec.id, rec.t]); });
    });
    var cuts = new Set([0, text.length]);
    spans.forEach(function (s) { cuts.add(s[0]); cuts.add(s[1]); });
    var points = Array.from(cuts).sort(function (a, b) { return a - b; });
    var out = [];
    for (var i = 0; i + 1 < points.length; i++) {
      var start = points[i], end = points[i + 1], ids = [], kinds = new Set();
      spans.forEach(function (s) {
        if (s[0] <= start && end <= s[1]) { ids.push(s[2]); kinds.add(s[3]); }
      });
      var chunk = esc(text.slice(start, end));
      if (ids.length) {
        out.push('<span class="hl ' + Array.from(kinds).sort().join(' ') + '" data-ids="' +
          esc(ids.join(' ')) + '" data-start="' + start + '">' + chunk + '</span>');
      } else out.push(chunk);
    }
    return out.join('');
  }
  function cardHtml(n, run) {
    var rec = records[n];
    var i = rec.r.indexOf(run);
    var d = rec.d[i];
    var mark = marks.get(rec.id) || {};
    var only = runs.length > 1 && rec.r.length < runs.length;
    var body = '<div><span class="verdict ' + (mark.verdict || '') + '">' + (SIGN[mark.verdict] || '') +
      '</span> <b>' + esc(label(rec, d)) + '</b>' + (only ? ' <span class="tag only">only here</span>' : '') + '</div>';
    if (rec.t === 'rejected') {
      var proposed = Object.keys(d.item).filter(function (k) { return k !== 'evidence' && said(d.item[k]); })
        .map(function (k) { return k.replace(/_/g, ' ') + ': ' + d.item[k]; }).join(' · ');
      var near = nearText(rec);
      body += '<div class="ev">proposed: “' + esc(evidence(rec)) + '”</div>' +
        '<div class="fields">' + esc(proposed) + '</div>' +
        '<div class="why">why: ' + esc(d.reason + (d.detail ? ': ' + d.detail : '')) + '</div>' +
        '<div class="fields">nearest text in the article: ' + (near !== null
          ? '“' + esc(cut(near, 300)) + '” (' + esc(rec.near.match) + (rec.near.score !== null ? ' ' + rec.near.score : '') + ')'
          : articles[rec.a].text ? 'nothing like it' : 'article text not available') + '</div>';
    } else {
      body += '<div class="ev">“' + esc(cut(evidence(rec, i), 400)) + '”' +
        (d.evidence.mismatch ? ' <span class="tag bad">not the article’s text at its offsets</span>' : '') + '</div>' +
        '<div class="fields">' + esc(extras(rec, d)) + '</div>';
    }
    if (mark.note) body += '<div class="note">note: ' + esc(mark.note) + '</div>';
    return '<li class="card ' + rec.t + (only ? ' only' : '') + '" data-n="' + n + '" data-id="' + esc(rec.id) +
      '" data-run="' + run + '">' + body + '</li>';
  }
  function buildArticle(a) {
    var art = articles[a];
    var ns = byArticle[a].slice().sort(function (x, y) {
      var rx = records[x], ry = records[y];
      return (rx.t === 'rejected') - (ry.t === 'rejected') || ((rx.s || [[0]])[0][0] - (ry.s || [[0]])[0][0]);
    });
    var html = ['<h2>' + esc(title(art)) + '</h2>'];
    var linked = /^https?:\/\//i.test(String(art.meta.url || '')); // a link to follow, never loaded
    if (linked) {
      html.push('<div class="meta"><a href="' + esc(art.meta.url) + '" target="_blank" rel="noopener noreferrer">' +
        esc(art.meta.url) + '</a></div>');
    }
    var meta = Object.keys(art.meta).filter(function (k) { return k !== 'title' && !(linked && k === 'url'); })
      .map(function (k) { return k + ': ' + art.meta[k]; });
    html.push('<div class="meta">' + esc(['id: ' + art.id, 'path: ' + art.path].concat(meta).join(' · ')) + '</div>');
    art.runs.forEach(function (summary, r) {
      var name = runs.length > 1 ? '<b>' + esc(runs[r]) + '</b>: ' : '';
      if (!summary) { html.push('<div class="runinfo">' + name + 'not in this run</div>'); return; }
      html.push('<div class="runinfo">' + name + '<span class="' + (summary.status === 'ok' ? '' : 'failed') + '">' +
        esc(summary.status) + '</span> · ' + esc(summary.about) +
        (summary.error ? ' · <span class="failed">' + esc(summary.error) + '</span>' : '') +
        summary.warnings.map(function (w) { return ' · warning: ' + esc(w); }).join('') + '</div>');
    });
    if (art.missing) html.push('<div class="missing">' + esc(art.missing) + '; the evidence is shown without its article.</div>');
    else html.push('<div class="text">' + highlighted(art.text, ns) + '</div>');
    html.push('<div class="cols" style="--runs:' + runs.length + '">');
    runs.forEach(function (name, r) {
      var mine = ns.filter(function (n) { return records[n].r.indexOf(r) >= 0; });
      html.push('<div class="run" data-run="' + r + '"><h3>' + esc(runs.length > 1 ? name : 'records') +
        ' (' + mine.length + ')</h3><ul>' + mine.map(function (n) { return cardHtml(n, r); }).join('') + '</ul></div>');
    });
    html.push('</div>');
    el('article').innerHTML = html.join('');
    el('article').scrollTop = 0;
    openArticle = a;
  }
  function openRecord(n) {
    var rec = records[n];
    if (openArticle !== rec.a) buildArticle(rec.a);
    var pane = el('article');
    pane.querySelectorAll('.focus, .near').forEach(function (x) { x.classList.remove('focus', 'near'); });
    var first = null;
    var style = rec.t === 'rejected' ? 'near' : 'focus'; // a rejected item's nearest text
    pane.querySelectorAll('.hl[data-ids]').forEach(function (x) {
      if (x.dataset.ids.split(' ').indexOf(rec.id) >= 0) { x.classList.add(style); first = first || x; }
    });
    pane.querySelectorAll('.card[data-n="' + n + '"]').forEach(function (x) { x.classList.add('focus'); });
    var target = first || pane.querySelector('.card[data-n="' + n + '"]');
    if (target) target.scrollIntoView({block: 'center'});
  }
  function refreshOpen() {
    if (openArticle < 0 || sel < 0) return;
    var keep = el('article').scrollTop;
    buildArticle(openArticle);
    openRecord(visible[sel]);
    el('article').scrollTop = keep;
  }

  // ------------------------------------------------------------------ review actions
  function current() { return sel >= 0 ? records[visible[sel]] : null; }
  function mark(verdict) {
    var rec = current();
    if (!rec) return;
    setMark(rec.id, {verdict: verdict});
    recompute();
    if (openArticle === rec.a) refreshOpen();
  }
  function editNote() {
    var rec = current();
    if (!rec) return;
    var bar = el('notebar');
    bar.hidden = false;
    var input = el('note');
    input.value = (marks.get(rec.id) || {}).note || '';
    input.dataset.id = rec.id;
    input.focus();
  }
  function saveNote(keep) {
    var input = el('note');
    if (keep) {
      setMark(input.dataset.id, {note: input.value.trim()});
      recompute();
      refreshOpen();
    }
    el('notebar').hidden = true;
    input.blur();
  }

  // ------------------------------------------------------------------ layout
  function showBanner(text) {
    var banner = document.createElement('div');
    banner.className = 'banner error';
    banner.textContent = text;
    document.body.insertBefore(banner, document.querySelector('main'));
  }
  var missing = articles.filter(function (a) { return a.missing; }).length;
  document.body.insertAdjacentHTML('afterbegin',
    '<header><h1>' + esc(D.title) + '</h1><span class="summary">' + articles.length.toLocaleString('en') +
    ' articles · ' + records.length.toLocaleString('en') + ' records' +
    (runs.length > 1 ? ' · runs side by side: ' + runs.map(esc).join(' | ') : ' · ' + esc(runs[0] || '')) +
    '</span><span class="keys"><kbd>j</kbd>/<kbd>k</kbd> move · <kbd>enter</kbd> open · ' +
    '<kbd>1</kbd> correct <kbd>2</kbd> wrong <kbd>3</kbd> unsure <kbd>0</kbd> clear · <kbd>n</kbd> note · ' +
    '<kbd>/</kbd> search</span><button id="export" type="button">Export marks</button></header>' +
    (missing ? '<div class="banner" id="missing">' + missing + ' of ' + articles.length +
      ' articles have no text here (not found, or changed since extraction): their evidence is ' +
      'shown without the article. Open one to see why.</div>' : '') +
    '<main><aside id="filters"><input id="q" type="search" placeholder="search speaker, actor, evidence, title, url" ' +
    'aria-label="search"><div id="facets"></div></aside>' +
    '<section id="index"><div id="count"></div><div id="rows"></div><div class="more" id="more"></div>' +
    '<div class="notebar" id="notebar" hidden><input id="note" placeholder="note (enter saves, esc cancels)" ' +
    'aria-label="note"></div></section>' +
    '<section id="article"><p class="hint">Select a record (j/k or click) and press enter to open it in its article.</p></section></main>');
  if (storageProblem) showBanner(storageProblem);
  el('facets').innerHTML = facets.map(function (f, k) {
    return '<fieldset data-name="' + esc(f.name) + '"><legend>' + esc(LABELS[f.name] || f.name.replace(/_/g, ' ')) +
      '</legend>' + f.values.map(function (v, i) {
        return '<label data-facet="' + k + '" data-value="' + i + '" title="' + esc(v) + '"><input type="checkbox"><span class="v">' +
          esc(v) + '</span><span class="c"></span></label>';
      }).join('') + '</fieldset>';
  }).join('');

  el('facets').addEventListener('change', function (event) {
    var label = event.target.closest('label[data-facet]');
    var set = selected[Number(label.dataset.facet)];
    var value = Number(label.dataset.value);
    if (event.target.checked) set.add(value); else set.delete(value);
    recompute();
  });
  el('q').addEventListener('input', recompute);
  el('export').addEventListener('click', exportMarks);
  el('rows').addEventListener('click', function (event) {
    var row = event.target.closest('.row');
    if (!row) return;
    sel = visible.indexOf(Number(row.dataset.n));
    markSelected(false);
    openRecord(visible[sel]);
  });
  el('rows').addEventListener('scroll', function () {
    var rows = el('rows');
    if (rows.scrollTop + rows.clientHeight > rows.scrollHeight - 400) renderMore();
  });
  el('article').addEventListener('click', function (event) {
    var card = event.target.closest('.card');
    if (!card) return;
    var at = visible.indexOf(Number(card.dataset.n));
    if (at >= 0) { sel = at; markSelected(true); }
    openRecord(Number(card.dataset.n));
  });
  el('note').addEventListener('keydown', function (event) {
    if (event.key === 'Enter') { event.preventDefault(); saveNote(true); }
    if (event.key === 'Escape') { event.preventDefault(); saveNote(false); }
    event.stopPropagation();
  });
  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target === el('q')) {
      if (event.key === 'Escape' || event.key === 'Enter') el('q').blur();
      return;
    }
    if (/^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName) && event.target.type !== 'checkbox') return;
    var actions = {
      j: function () { move(1); }, ArrowDown: function () { move(1); },
      k: function () { move(-1); }, ArrowUp: function () { move(-1); },
      Enter: function () { if (current()) openRecord(visible[sel]); },
      1: function () { mark('correct'); }, 2: function () { mark('wrong'); },
      3: function () { mark('unsure'); }, 0: function () { mark(null); },
      n: editNote, '/': function () { el('q').focus(); }
    };
    var action = actions[event.key];
    if (action) { event.preventDefault(); action(); }
  });

  recompute();
  if (visible.length) { sel = 0; markSelected(false); }
  document.body.dataset.ready = String(performance.now());
})();
