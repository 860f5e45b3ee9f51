// Redraws the census from the live stream: the server sends the whole census after every change.
(function () {
  'use strict';

  const status = document.getElementById('live-status');

  function fill(tableId, rows) {
    const body = document.querySelector('#' + tableId + ' tbody');
    body.replaceChildren(...rows.map(function (cells) {
      const row = document.createElement('tr');
      cells.forEach(function (value) {
        const cell = document.createElement('td');
        cell.textContent = value;
        row.appendChild(cell);
      });
      return row;
    }));
  }

  function time(iso) {
    return iso ? iso.replace('T', ' ').substring(0, 16) + ' UTC' : '';
  }

  function draw(census) {
    document.getElementById('active-total').textContent = census.activeEnrollments;
    document.getElementById('updated').textContent = time(census.at);
    fill('active', census.activeByTrackAndFocus.map(function (count) {
      return [count.track, count.focus, count.active];
    }));
    document.getElementById('last-closed-week').textContent = census.lastClosedWeek;
    fill('under-minimum', census.underMinimumLastWeek.map(function (under) {
      return [under.track, under.people];
    }));
    fill('groups', census.groups.map(function (group) {
      const utilisation = group.capacity === 0 ? '–' : Math.floor(100 * group.taken / group.capacity) + ' %';
      return [group.name, group.track, group.focus, group.taken + ' / ' + group.capacity, utilisation];
    }));
    fill('waitlist', census.waitlist.map(function (entry) {
      return [entry.position, entry.initials, entry.primaryFocus, entry.track, entry.priority, entry.waitingDays,
        entry.admitBy];
    }));
    fill('urgent', census.openUrgentAlerts.map(function (alert) {
      return [alert.alertType, alert.recipientRole, time(alert.raisedAt)];
    }));
  }

  const events = new EventSource('census/stream');
  events.onopen = function () {
    status.textContent = 'Live: changes appear as they happen.';
  };
  events.onerror = function () {
    status.textContent = 'Reconnecting to live updates…';
  };
  events.addEventListener('census', function (event) {
    draw(JSON.parse(event.data));
  });
})();
