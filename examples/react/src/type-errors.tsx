// Never rendered: `npm run typecheck` fails unless each line below is a type error, so that wrong
// props are caught by the types that reseaupro-finder/react declares.
export const wrongProps = [
  // @ts-expect-error page-size is a number
  <reseaupro-finder page-size={{ rows: 2 }} />,
  // @ts-expect-error layout is auto, steps or all
  <reseaupro-finder layout="sideways" />,
  // @ts-expect-error each answer is a list of option values
  <reseaupro-finder answers={{ famille: 'territorial' }} />,
  // @ts-expect-error React sets answers as a property, which reads no JSON text: give an object
  <reseaupro-finder answers='{"famille":["territorial"]}' />,
  // @ts-expect-error data is a document or a list of networks, not a number
  <reseaupro-finder data={42} />,
  // @ts-expect-error the change event's detail has no id
  <reseaupro-finder onreseaupro-change={(event) => event.detail.id} />,
];
