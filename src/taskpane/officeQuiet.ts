/**
 * Outside Office, office.js loads o15apptofilemappingtable.js, which builds a logging proxy that
 * three seconds later opens a hidden iframe on Microsoft's telemetry service
 * (telemetryservice.firstpartyapps.oaspapps.com). The web page must send nothing anywhere, so
 * once Office.onReady says there is no host, that proxy is switched off before it loads.
 * Inside Office this is never called: the host's own telemetry settings apply there.
 */

interface UlsEndpoint {
  loadProxyFrame?: () => void;
  writeLog?: (log: string) => void;
  proxyFrame?: HTMLIFrameElement | null;
  buffer?: unknown[];
}

interface OsfGlobal {
  Logger?: { ulsEndpoint?: UlsEndpoint | null };
  AppTelemetry?: { enableTelemetry?: boolean };
}

/** Returns true when office.js's logging proxy was found and switched off. */
export function silenceOfficeTelemetry(win: Window = window): boolean {
  const osf = (win as unknown as { OSF?: OsfGlobal }).OSF;
  if (!osf) return false;
  if (osf.AppTelemetry) osf.AppTelemetry.enableTelemetry = false;
  const uls = osf.Logger?.ulsEndpoint;
  if (!uls) return false;
  uls.loadProxyFrame = () => undefined;
  uls.writeLog = () => undefined;
  if (uls.buffer) uls.buffer.length = 0;
  // Already loaded (onReady came late): take the frame out again.
  if (uls.proxyFrame) {
    uls.proxyFrame.remove();
    uls.proxyFrame = null;
  }
  return true;
}
