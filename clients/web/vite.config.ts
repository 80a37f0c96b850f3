import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// `npm run dev` proxies /graphql to the gateway, as tools/Graph.WebHost does for the built storefront.
export default defineConfig({
  plugins: [react()],
  server: {
    host: "127.0.0.1",
    proxy: { "/graphql": { target: process.env.GRAPH_GATEWAY ?? "http://127.0.0.1:5000", changeOrigin: true } },
  },
  build: { outDir: "dist", emptyOutDir: true },
});
