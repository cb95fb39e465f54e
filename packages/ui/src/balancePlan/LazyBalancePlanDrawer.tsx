import { Button, Spin } from "antd";
import { lazy, Suspense, useState } from "react";
import type { BalancePlanTarget } from "./BalancePlanDrawer.tsx";

/** The drawer's code (forms, tables), fetched the first time 达标方案 is pressed. */
const Drawer = lazy(async () => ({ default: (await import("./BalancePlanDrawer.tsx")).BalancePlanDrawer }));

/**
 * 达标方案 button of a district-stage that does not reach 优质均衡, and its drawer
 * (BalancePlanDrawer.tsx), loaded as its own chunk so the apps' initial JavaScript stays within
 * its budget (`pnpm size`). The drawer starts afresh for another district, year or stage.
 */
export function BalancePlanButton({
  target,
  size,
}: {
  target: BalancePlanTarget;
  /** The button's size: "small" in a dense card (the city's overview). */
  size?: "small" | "middle";
}) {
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button
        type="primary"
        size={size}
        data-testid={`balance-plan-open-${target.stage}`}
        onClick={() => {
          setOpened(true);
          setOpen(true);
        }}
      >
        达标方案
      </Button>
      {opened && (
        <Suspense fallback={<Spin fullscreen description="达标方案加载中…" />}>
          <Drawer
            key={`${target.districtId}-${target.schoolYear}-${target.stage}`}
            open={open}
            onClose={() => setOpen(false)}
            target={target}
          />
        </Suspense>
      )}
    </>
  );
}

export type { BalancePlanTarget };
