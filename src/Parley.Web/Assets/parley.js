// Parley dashboard behaviour: show what was extracted from a highlighted passage, and toggle
// which layers are highlighted. No framework; the server renders everything else.
(function () {
  const data = document.getElementById('annotations');
  const text = document.getElementById('text');
  const facts = document.getElementById('facts');
  if (!data || !text || !facts) return;
  const layers = JSON.parse(data.textContent);
  const labels = { mentions: 'mention', timexes: 'time expression', quotes: 'quote', events: 'event', stances: 'stance' };

  function describe(id) {
    const [layer, index] = id.split(':');
    const item = (layers[layer] || [])[Number(index)];
    if (!item) return null;
    const section = document.createElement('section');
    section.className = 'fact';
    const title = document.createElement('h3');
    title.textContent = (labels[layer] || layer) + ': ' + (item.text || '');
    const body = document.createElement('pre');
    body.textContent = JSON.stringify(item, null, 2);
    section.append(title, body);
    return section;
  }

  text.addEventListener('click', (event) => {
    const span = event.target.closest('.hl');
    if (!span) return;
    text.querySelectorAll('.hl.selected').forEach((s) => s.classList.remove('selected'));
    span.classList.add('selected');
    facts.replaceChildren(...span.dataset.a.split(' ').map(describe).filter(Boolean));
  });

  document.querySelectorAll('input[data-layer]').forEach((box) => {
    box.addEventListener('change', () => text.classList.toggle('hide-' + box.dataset.layer, !box.checked));
  });
})();
