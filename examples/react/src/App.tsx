import { useState } from 'react';
// Defines <reseaupro-finder> before React renders it, so that React 19 sets `data` and `answers` as properties.
import 'reseaupro-finder';
import type { Answers } from 'reseaupro-finder/react';
import directory from '../../networks.json';

// Outside the component: the same object at each render, so React does not set it again.
const preset: Answers = { famille: ['territorial'] };

export function App() {
  const [log, setLog] = useState<string[]>([]);
  const [pageSize, setPageSize] = useState(2);
  const say = (line: string) => setLog((lines) => [...lines, line]);

  return (
    <main>
      <h1>reseaupro-finder in React 19</h1>
      <label>
        Page size <input type="number" min={1} value={pageSize} onChange={(event) => setPageSize(Number(event.target.value))} />
      </label>
      <reseaupro-finder
        lang="en"
        data={directory}
        answers={preset}
        page-size={pageSize}
        onreseaupro-ready={(event) => say(`ready: ${event.detail.networks} networks`)}
        onreseaupro-change={(event) => say(`change: ${event.detail.total} results`)}
        onreseaupro-select={(event) => say(`select: ${event.detail.id}`)}
      />
      <h2>Events</h2>
      <ol id="log">
        {log.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ol>
    </main>
  );
}
