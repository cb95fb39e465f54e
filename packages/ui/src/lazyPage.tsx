import { Alert, Button, Spin } from "antd";
import {
  Component,
  type ComponentType,
  type LazyExoticComponent,
  lazy,
  type ReactNode,
  Suspense,
} from "react";

/**
 * A menu page whose code is fetched the first time it is shown (按需加载), so an app's initial
 * JavaScript holds only the login page and the shell:
 * `const TargetsPage = lazyPage(() => import("./features/targets/components/TargetsPage.tsx"), "TargetsPage")`.
 * The result renders like the named export; render it inside {@link PageSuspense}.
 */
export function lazyPage<K extends string, P extends object>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
): LazyExoticComponent<ComponentType<P>> {
  return lazy(async () => ({ default: (await load())[name] }));
}

/**
 * Where a lazy page appears: a spinner (页面加载中…) while its code arrives, and, if the code
 * cannot be fetched (the network dropped, or the platform was updated and the old files are
 * gone), 页面加载失败 with a 刷新页面 button instead of a blank screen. Give it `key={page}` so a
 * failure on one page does not stick to the next.
 */
export function PageSuspense({ children }: { children: ReactNode }) {
  return (
    <PageLoadBoundary>
      <Suspense
        fallback={
          <div style={{ minHeight: 240, display: "grid", placeItems: "center" }} data-testid="page-loading">
            <Spin size="large" description="页面加载中…" />
          </div>
        }
      >
        {children}
      </Suspense>
    </PageLoadBoundary>
  );
}

/**
 * The browsers' messages for a module that could not be fetched (Chromium, Firefox, Safari), and
 * Vite's for a chunk's preloaded dependency.
 */
const LOAD_FAILURE = /dynamically imported module|Importing a module script failed|Unable to preload/i;

/** Catches a page whose code failed to load; any other error goes on up, as it would without it. */
class PageLoadBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: undefined };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (error === undefined) return this.props.children;
    if (!(error instanceof Error && LOAD_FAILURE.test(error.message))) throw error;
    return (
      <Alert
        type="warning"
        showIcon
        title="页面加载失败"
        description="可能是网络中断，或平台已更新。请刷新页面后重试。"
        action={
          <Button type="primary" onClick={() => window.location.reload()}>
            刷新页面
          </Button>
        }
      />
    );
  }
}
