// The WordPress block's fields in the editor (wordpress/reseaupro-finder/block/editor.js), run with
// stand-ins for WordPress's globals: what a field shows of a saved value is the text the page gets
// from it, as reseaupro-finder.php reads it (PHP's html_entity_decode: a reference ends with ";").
import { expect } from '@open-wc/testing';

type Node = { type: unknown; props: Record<string, unknown>; children: Node[] };
type BlockSettings = {
  edit: (block: { attributes: Record<string, unknown>; setAttributes: (set: Record<string, string>) => void }) => Node;
};

/** The block's settings as editor.js registers them, with WordPress's globals stood in for. */
async function registeredBlock(): Promise<BlockSettings> {
  let settings: BlockSettings | undefined;
  const component = (name: string) => Object.assign(() => null, { displayName: name });
  (window as unknown as { wp: unknown }).wp = {
    blocks: { registerBlockType: (_name: string, given: BlockSettings) => (settings = given) },
    element: {
      createElement: (type: unknown, props: Record<string, unknown> | null, ...children: Node[]) => ({
        type,
        props: props ?? {},
        children,
      }),
    },
    blockEditor: { useBlockProps: () => ({}) },
    components: Object.fromEntries(
      ['Placeholder', 'TextControl', 'SelectControl', 'TextareaControl', 'Button'].map((name) => [name, component(name)]),
    ),
  };
  const script = document.createElement('script');
  script.src = `/wordpress/reseaupro-finder/block/editor.js?${String(Math.random())}`;
  await new Promise((resolve, reject) => {
    script.addEventListener('load', resolve);
    script.addEventListener('error', reject);
    document.head.append(script);
  });
  script.remove();
  return settings!;
}

/** The field labelled `label` in the block's placeholder. */
function field(tree: Node, label: string): Record<string, unknown> | undefined {
  if (tree.props.label === label) return tree.props;
  for (const child of tree.children) {
    const found = child && typeof child === 'object' ? field(child, label) : undefined;
    if (found) return found;
  }
  return undefined;
}

describe('the WordPress block in the editor', () => {
  it('shows a saved value as the page reads it: "&para" with no ";" is no reference, "&amp;" and "&#116;" are', async () => {
    const block = await registeredBlock();
    const saved: Record<string, string>[] = [];
    const attributes = {
      // Saved by the plugin's earlier editor, which kept what was typed: the page gets it as it is.
      src: 'data/reseaux.json?v=1&param=2&copy=3',
      answers: '{"famille":["&#116;erritorial","R&amp;D","&lt"]}',
      pageSize: '2',
    };
    const tree = block.edit({ attributes, setAttributes: (set) => saved.push(set) });
    expect(field(tree, 'Données (src)')?.value).to.equal('data/reseaux.json?v=1&param=2&copy=3');
    expect(field(tree, 'Réponses présélectionnées (JSON)')?.value).to.equal('{"famille":["territorial","R&D","&lt"]}');
    expect(field(tree, 'Résultats par page')?.value).to.equal('2');
    // Typed again, it is kept written as HTML, which the page reads back as typed.
    (field(tree, 'Données (src)')!.onChange as (value: string) => void)('data/reseaux.json?v=1&param=2');
    expect(saved).to.deep.equal([{ src: 'data/reseaux.json?v=1&amp;param=2' }]);
  });

  it('shows every value as render.php reads it: "&#128;" is "€", "&#0;" is U+FFFD, CR LF is a line break', async () => {
    // The same list .ci/wordpress-references.php holds the plugin's PHP to.
    const response = await fetch('/test/fixtures/wordpress-references.json');
    const { cases } = (await response.json()) as { cases: { html: string; text: string; why: string }[] };
    const block = await registeredBlock();
    const shown = cases.map(({ html, why }) => {
      const tree = block.edit({ attributes: { answers: html }, setAttributes: () => {} });
      return { why, text: field(tree, 'Réponses présélectionnées (JSON)')?.value };
    });
    expect(shown).to.deep.equal(cases.map(({ text, why }) => ({ why, text })));
  });
});
