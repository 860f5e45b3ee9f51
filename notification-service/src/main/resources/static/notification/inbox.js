// The alert inbox, kept live: new and changed alerts arrive as server-sent events; unacknowledged
// URGENT alerts stay on top; one click acknowledges.
(function () {
  'use strict';
  const inbox = document.getElementById('inbox');
  const rows = document.querySelector('#alerts tbody');
  const status = document.getElementById('live-status');

  function rank(row) {
    if (row.dataset.status !== 'OPEN') return 2;
    return row.dataset.priority === 'URGENT' ? 0 : 1;
  }

  function sort() {
    const sorted = Array.from(rows.children).sort((a, b) =>
      rank(a) - rank(b) || (b.dataset.created || '').localeCompare(a.dataset.created || ''));
    sorted.forEach(row => rows.appendChild(row));
  }

  function cell(className, text) {
    const td = document.createElement('td');
    td.className = className;
    td.textContent = text;
    return td;
  }

  function render(alert) {
    const row = document.createElement('tr');
    row.id = 'alert-' + alert.id;
    row.dataset.priority = alert.priority;
    row.dataset.status = alert.status;
    row.dataset.created = alert.createdAt;
    row.appendChild(cell('priority', alert.priority));
    const text = cell('text', '');
    const link = document.createElement('a');
    link.href = alert.link;
    link.textContent = alert.text;
    text.appendChild(link);
    row.appendChild(text);
    row.appendChild(cell('recipient', alert.recipient || alert.recipientRole));
    row.appendChild(cell('created', alert.createdAt.replace('T', ' ').substring(0, 16) + ' UTC'));
    row.appendChild(cell('status', alert.status));
    const action = document.createElement('td');
    if (alert.status === 'OPEN') {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'acknowledge';
      button.dataset.id = alert.id;
      button.textContent = 'Acknowledge';
      action.appendChild(button);
    }
    row.appendChild(action);
    return row;
  }

  function show(alert) {
    const existing = document.getElementById('alert-' + alert.id);
    const row = render(alert);
    if (existing) {
      existing.replaceWith(row);
    } else {
      rows.prepend(row);
    }
    sort();
  }

  rows.addEventListener('click', event => {
    const button = event.target.closest('button.acknowledge');
    if (!button) return;
    button.disabled = true;
    fetch('alerts/' + encodeURIComponent(button.dataset.id) + '/acknowledge', {
      method: 'POST',
      headers: { [inbox.dataset.csrfHeader]: inbox.dataset.csrfToken, 'Accept': 'application/json' },
      credentials: 'same-origin'
    }).then(response => response.ok ? response.json() : Promise.reject(response.status))
      .then(show)
      .catch(() => { button.disabled = false; });
  });

  const events = new EventSource('alerts/stream');
  events.addEventListener('open', () => { status.textContent = 'Live: new alerts appear here without a reload.'; });
  events.addEventListener('error', () => { status.textContent = 'Reconnecting to live updates…'; });
  events.addEventListener('alert', message => show(JSON.parse(message.data)));
})();
