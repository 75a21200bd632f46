// Logs every event of every finder on the page, as a host page's analytics would receive them.
const log = document.getElementById('event-log');
for (const name of ['reseaupro-ready', 'reseaupro-change', 'reseaupro-select', 'reseaupro-error']) {
  document.addEventListener(name, (event) => {
    const item = document.createElement('li');
    const detail = { ...event.detail };
    if (Array.isArray(detail.problems) && detail.problems.length > 3) detail.problems = `${detail.problems.length} problems`;
    item.textContent = `#${event.target.id} ${name} ${JSON.stringify(detail)}`;
    log.append(item);
    log.scrollTop = log.scrollHeight;
  });
}
