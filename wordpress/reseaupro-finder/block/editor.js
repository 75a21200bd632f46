// The block in the editor: a placeholder with the finder's settings (no build step: WordPress's globals).
// The page shows the real finder: block/render.php prints the tag.
(function (blocks, element, blockEditor, components) {
  const h = element.createElement;
  const { Placeholder, TextControl, SelectControl, TextareaControl, Button } = components;

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
      const set = (name) => (value) => setAttributes({ [name]: value });
      const pickData = blockEditor.MediaUpload
        ? h(
            blockEditor.MediaUploadCheck,
            null,
            h(blockEditor.MediaUpload, {
              onSelect: (media) => setAttributes({ src: media.url }),
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
            h(TextControl, { label: 'Données (src)', type: 'url', value: attributes.src, onChange: set('src') }),
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
            h(TextControl, { label: 'Résultats par page', type: 'number', min: 1, value: attributes.pageSize, onChange: set('pageSize') }),
            h(TextareaControl, {
              label: 'Réponses présélectionnées (JSON)',
              help: answersHelp(attributes.answers),
              value: attributes.answers,
              onChange: set('answers'),
            }),
          ),
        ),
      );
    },
    save: () => null,
  });
})(window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components);
