/// <reference types="vite/client" />
/// <reference types="reseaupro-finder/react" />
