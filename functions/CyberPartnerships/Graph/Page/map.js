// The map page: draws GET /api/graph with cytoscape. Holds no data of its own and no key: the browser sends the
// partner's credentials (HTTP Basic, asked for when the page was loaded) with each request to the API.
(function () {
  'use strict';
  var kindColours = {
    ipv4: '#1f77b4', ipv6: '#1f77b4', domain: '#2ca02c', url: '#17becf', email: '#e377c2',
    md5: '#7f7f7f', sha1: '#7f7f7f', sha256: '#7f7f7f', sha512: '#7f7f7f', btc: '#bcbd22',
    indicator: '#9467bd', malware: '#d62728', 'threat-actor': '#8c564b', 'intrusion-set': '#8c564b',
    campaign: '#ff7f0e', tool: '#aec7e8', infrastructure: '#393b79', 'attack-pattern': '#c49c94', 'case': '#000000'
  };
  var tlpColours = { 'CLEAR': '#bbbbbb', 'GREEN': '#33aa33', 'AMBER': '#ffbf00', 'AMBER+STRICT': '#cc7700', 'RED': '#cc0000' };
  var nodes = {};
  var el = function (id) { return document.getElementById(id); };
  var cy = cytoscape({
    container: el('graph'),
    style: [
      { selector: 'node', style: {
        'label': 'data(label)', 'font-size': 9, 'text-wrap': 'ellipsis', 'text-max-width': 120,
        'background-color': 'data(colour)', 'border-width': 4, 'border-color': 'data(tlpColour)', 'width': 22, 'height': 22 } },
      { selector: 'node[kind = "case"]', style: { 'shape': 'round-rectangle' } },
      { selector: 'node:selected', style: { 'overlay-opacity': 0.2 } },
      { selector: 'edge', style: { 'width': 1.5, 'line-color': 'data(tlpColour)', 'target-arrow-shape': 'triangle',
        'target-arrow-color': 'data(tlpColour)', 'curve-style': 'bezier', 'label': 'data(relation)', 'font-size': 7 } }
    ]
  });
  window.mapGraph = cy;

  Object.keys(tlpColours).forEach(function (tlp) {
    var span = document.createElement('span');
    span.textContent = 'TLP:' + tlp;
    span.style.borderColor = tlpColours[tlp];
    el('legend').appendChild(span);
  });

  function status(text, isError) {
    el('status').textContent = text;
    el('status').className = isError ? 'error' : '';
    cy.resize(); // the header may have grown: cytoscape keeps the canvas's offset for hit tests
  }

  function api(path) {
    return fetch(path, { credentials: 'same-origin', headers: { 'accept': 'application/json' } }).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) { throw new Error(body.detail || body.title || ('HTTP ' + r.status)); }
        return body;
      });
    });
  }

  // Rings by hops from the node searched (an expanded node's neighbours one ring further out): no two nodes overlap.
  function merge(view, base) {
    var added = [];
    view.nodes.forEach(function (n) {
      if (!nodes[n.id] || n.complete || !nodes[n.id].complete) { nodes[n.id] = n; }
      var existing = cy.getElementById(n.id);
      if (!existing.empty()) {
        existing.data('level', Math.min(existing.data('level'), base + n.distance));
      } else {
        added.push({ group: 'nodes', data: { id: n.id, label: n.label || n.value, kind: n.kind, tlp: n.tlp, level: base + n.distance,
          colour: kindColours[n.kind] || '#999999', tlpColour: tlpColours[n.tlp] || '#999999' } });
      }
    });
    view.edges.forEach(function (e) {
      if (cy.getElementById(e.id).empty()) {
        added.push({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, relation: e.relation,
          tlpColour: tlpColours[e.tlp] || '#999999' } });
      }
    });
    cy.add(added);
    cy.layout({ name: 'concentric', animate: false, concentric: function (n) { return 100 - n.data('level'); },
      levelWidth: function () { return 1; }, minNodeSpacing: 40, avoidOverlap: true }).run();
    list();
    return added.length;
  }

  function list() {
    var ul = el('nodes');
    ul.textContent = '';
    cy.nodes().forEach(function (n) {
      var li = document.createElement('li');
      li.textContent = n.id();
      li.dataset.node = n.id();
      ul.appendChild(li);
    });
  }

  function details(id) {
    var n = nodes[id];
    var box = el('details');
    box.textContent = '';
    var dl = document.createElement('dl');
    [['Node', n.id], ['Kind', n.kind], ['Name', n.label || ''], ['TLP', n.tlp], ['First seen', n.firstSeen], ['Last seen', n.lastSeen]].forEach(function (row) {
      var dt = document.createElement('dt'); dt.textContent = row[0];
      var dd = document.createElement('dd'); dd.textContent = row[1];
      dl.appendChild(dt); dl.appendChild(dd);
    });
    var dt = document.createElement('dt'); dt.textContent = 'Sources';
    var dd = document.createElement('dd');
    var ul = document.createElement('ul');
    ul.className = 'sources';
    n.sources.forEach(function (s) {
      var li = document.createElement('li');
      li.textContent = s.partnerId + ': ' + s.count + ' (' + s.firstSeen + ' to ' + s.lastSeen + ')';
      ul.appendChild(li);
    });
    dd.appendChild(ul);
    dl.appendChild(dt); dl.appendChild(dd);
    box.appendChild(dl);
    if (!n.complete) {
      var note = document.createElement('p');
      note.textContent = 'Sources as the edges that reached it give them; it is being expanded.';
      box.appendChild(note);
    }
    if (n.link) {
      var a = document.createElement('a');
      a.href = n.link;
      a.textContent = 'Open case ' + n.value;
      a.addEventListener('click', function (ev) {
        ev.preventDefault();
        api(n.link).then(function (c) {
          var pre = document.createElement('pre'); pre.id = 'case'; pre.textContent = JSON.stringify(c, null, 2);
          box.appendChild(pre);
        }, function (err) { status(err.message, true); });
      });
      box.appendChild(a);
    }
  }

  function load(node, depth, replace) {
    status('Loading ' + node + '…', false);
    var base = replace || cy.getElementById(node).empty() ? 0 : cy.getElementById(node).data('level');
    return api('graph?node=' + encodeURIComponent(node) + '&depth=' + depth + '&limit=200').then(function (view) {
      if (replace) { cy.elements().remove(); nodes = {}; }
      var added = merge(view, base);
      status((replace ? 'Showing ' : 'Expanded ') + node + (replace ? '' : ': ' + added + ' new') + (view.truncated ? ' (limited to ' + view.limit + ' nodes)' : '') + '.', false);
    }, function (err) { status(err.message, true); });
  }

  el('search').addEventListener('submit', function (ev) {
    ev.preventDefault();
    load(el('node').value.trim(), el('depth').value, true);
  });

  cy.on('tap', 'node', function (ev) {
    var id = ev.target.id();
    details(id);
    load(id, 1, false).then(function () { details(id); });
  });
})();
