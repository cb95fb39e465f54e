import "@edu2035/ui/base.css";
import { AppProviders } from "@edu2035/ui";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";

const root = document.getElementById("root");
if (!root) throw new Error("#root missing in index.html");

createRoot(root).render(
  <StrictMode>
    <AppProviders app="SCHOOL">
      <App />
    </AppProviders>
  </StrictMode>,
);
