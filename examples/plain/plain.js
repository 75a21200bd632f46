// Props from script: `data` (here fetched; `src="…"` would do the same) and `answers`; `page-size` is an attribute.
const finder = document.querySelector('reseaupro-finder');
const log = document.querySelector('#log');
for (const name of ['reseaupro-ready', 'reseaupro-change', 'reseaupro-select', 'reseaupro-error']) {
  finder.addEventListener(name, (event) => {
    const item = document.createElement('li');
    item.textContent = `${name.slice('reseaupro-'.length)}: ${JSON.stringify(event.detail)}`;
    log.append(item);
  });
}
finder.answers = { famille: ['territorial'] };
finder.data = await (await fetch('../networks.json')).json();
