import { lazy, Suspense } from "react";

/** The panel's code (antd Card, List …), fetched when the home page first shows it. */
const Panel = lazy(async () => ({ default: (await import("./TodoPanel.tsx")).TodoPanel }));

/**
 * 待办 on the home page (notices/TodoPanel.tsx), loaded as its own chunk so the apps' initial
 * JavaScript stays within its budget (`pnpm size`); nothing shows while its code arrives.
 */
export function TodoPanel({ onNavigate }: { onNavigate: (route: string, query?: string) => void }) {
  return (
    <Suspense fallback={null}>
      <Panel onNavigate={onNavigate} />
    </Suspense>
  );
}
