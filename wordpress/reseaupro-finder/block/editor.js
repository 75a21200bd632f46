// The block in the editor: a placeholder with the finder's settings (no build step: WordPress's globals).
// The page shows the real finder: block/render.php prints the tag.
(function (blocks, element, blockEditor, components) {
  const h = element.createElement;
  const { Placeholder, TextControl, SelectControl, TextareaControl, Button } = components;

  // The block's texts are kept as HTML: WordPress's kses makes an author's "&" into "&amp;" when the
  // post is saved (an administrator's it leaves alone), and render.php reads their references once.
  // So a field shows its text read, and what is typed is kept written as HTML: "&amp;" typed is
  // "&amp;" on the page, "&" is "&", whoever saves the post.
  const asHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  // A field shows what the page gets: the text as reseaupro-finder.php reads it. Only a reference ended
  // by ";" is read (a browser would read "&para" in "?a=1&param=2" too, and the field would show, and
  // save, another address), a number as the HTML standard reads it ("&#128;" is "€"), and line breaks
  // are "\n", as a field gives them.
  const reader = document.createElement('textarea');
  const asText = (html) =>
    String(html ?? '')
      .replace(/&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/gi, (reference) => {
        // A textarea's content is text with character references, never elements: nothing here is run or loaded.
        reader.innerHTML = reference;
        const read = reader.textContent;
        // A browser reads "&notit;" as "¬it;", a name it knows followed by text; PHP knows no "&notit;"
        // and leaves it whole, as the field does.
        const partly = reference[1] !== '#' && read.endsWith(';') && reference !== '&semi;';
        return partly ? reference : read;
      })
      .replace(/\r\n?/g, '\n')
      .replace(/\0/g, '\uFFFD');

  function answersHelp(answers) {
    if (!answers) return 'Facultatif. Ex. : {"territoire": ["Aubagne"], "famille": ["territorial"]}';
    try {
      JSON.parse(answers);
      return 'Réponses valides.';
    } catch {
      return 'Ce n’est pas du JSON valide : ces réponses seront ignorées.';
    }
  }

  blocks.registerBlockType('reseaupro/finder', {
    edit({ attributes, setAttributes }) {
      const set = (name) => (value) => setAttributes({ [name]: asHtml(value) });
      const text = (name) => asText(attributes[name]);
      const pickData = blockEditor.MediaUpload
        ? h(
            blockEditor.MediaUploadCheck,
            null,
            h(blockEditor.MediaUpload, {
              onSelect: (media) => setAttributes({ src: asHtml(media.url) }),
              allowedTypes: ['application/json'],
              render: ({ open }) => h(Button, { variant: 'secondary', onClick: open }, 'Choisir dans la médiathèque'),
            }),
          )
        : null;
      return h(
        'div',
        blockEditor.useBlockProps(),
        h(
          Placeholder,
          {
            icon: 'groups',
            label: 'Réseaux professionnels',
            instructions: 'Le guide s’affiche sur la page publiée. Donnez l’adresse du fichier de données (.json).',
            className: 'reseaupro-finder-placeholder',
          },
          // The placeholder sets its children in a wrapping row, side by side with no space between
          // them: the settings go one under another instead, like a form.
          h(
            'div',
            { style: { display: 'grid', gap: '12px', width: '100%', maxWidth: '36rem', justifyItems: 'start' } },
            h(TextControl, { label: 'Données (src)', type: 'url', value: text('src'), onChange: set('src') }),
            pickData,
            h(SelectControl, {
              label: 'Langue',
              value: attributes.lang,
              options: [
                { label: 'Celle de la page', value: '' },
                { label: 'Français', value: 'fr' },
                { label: 'English', value: 'en' },
              ],
              onChange: set('lang'),
            }),
            h(SelectControl, {
              label: 'Disposition',
              value: attributes.layout,
              options: [
                { label: 'Automatique', value: '' },
                { label: 'Une question à la fois', value: 'steps' },
                { label: 'Toutes les questions', value: 'all' },
              ],
              onChange: set('layout'),
            }),
            h(TextControl, { label: 'Résultats par page', type: 'number', min: 1, value: text('pageSize'), onChange: set('pageSize') }),
            h(TextareaControl, {
              label: 'Réponses présélectionnées (JSON)',
              help: answersHelp(text('answers')),
              value: text('answers'),
              onChange: set('answers'),
            }),
          ),
        ),
      );
    },
    save: () => null,
  });
})(window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components);
