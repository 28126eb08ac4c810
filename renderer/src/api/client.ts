/**
 * The renderer's one client. It builds the whole typed API from the contract's operation list
 * and sends each call through whichever transport is present: Electron IPC (window.briefing)
 * or the loopback HTTP host (browser mode).
 */
import type { BriefingApi } from '../../../electron/common/api';
import { binaryFieldsHeader, binaryMediaType, decodeBinaryFields } from '../../../electron/common/binaryResult';
import type { BriefingBridge } from '../../../electron/common/bridge';
import { AppError, isAppErrorData, type Result } from '../../../electron/common/errors';
import { operations } from '../../../electron/common/schemas';

export type Transport = (operationName: string, args: unknown) => Promise<Result<unknown>>;

declare global {
  interface Window {
    briefing?: BriefingBridge;
  }
}

export function createClient(transport: Transport): BriefingApi {
  const api: Record<string, Record<string, (args?: unknown) => Promise<unknown>>> = {};
  for (const operation of operations) {
    api[operation.service] ??= {};
    api[operation.service][operation.method] = async (args = {}) => {
      const result = await transport(operation.name, args);
      if (!result.ok) throw new AppError(result.error.code, result.error.message);
      return result.value;
    };
  }
  return api as unknown as BriefingApi;
}

export function detectTransport(win: Window = window): Transport {
  const bridge = win.briefing;
  if (bridge) return (name, args) => bridge.invoke(name, args);
  return httpTransport(takeAccessToken(win));
}

const tokenStorageKey = 'briefing.accessToken';

/**
 * Browser mode: the token arrives in the address fragment (never sent to a server). Keep it
 * for reloads of this tab, and take it out of the address bar so it is not copied around.
 */
export function takeAccessToken(win: Window): string | undefined {
  const fromFragment = new URLSearchParams(win.location.hash.slice(1)).get('token');
  if (fromFragment) {
    win.sessionStorage.setItem(tokenStorageKey, fromFragment);
    win.history.replaceState(null, '', win.location.pathname + win.location.search);
    return fromFragment;
  }
  return win.sessionStorage.getItem(tokenStorageKey) ?? undefined;
}

const unreachable: Result<never> = {
  ok: false,
  error: {
    code: 'internal',
    message:
      'Cannot reach the Briefing library service. If you closed the terminal running ' +
      'Briefing, start it again with "npm start" and open the new address it prints.',
  },
};

export function httpTransport(token: string | undefined): Transport {
  return async (operationName, args) => {
    if (!token) {
      return {
        ok: false,
        error: {
          code: 'invalid-argument',
          message:
            'This page has no access token. Open Briefing with the full address that ' +
            '"npm start" printed (it ends in #token=…).',
        },
      };
    }
    let response: Response;
    try {
      response = await fetch(`/api/${encodeURIComponent(operationName)}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(args ?? {}),
      });
    } catch {
      return unreachable;
    }
    if (response.ok && response.headers.get('Content-Type') === binaryMediaType) {
      const data = new Uint8Array(await response.arrayBuffer());
      return { ok: true, value: { ...decodeBinaryFields(response.headers.get(binaryFieldsHeader)), data } };
    }
    const body: unknown = await response.json().catch(() => undefined);
    if (isResult(body)) return body;
    return unreachable;
  };
}

function isResult(body: unknown): body is Result<unknown> {
  if (typeof body !== 'object' || body === null) return false;
  const candidate = body as { ok?: unknown; error?: unknown };
  return candidate.ok === true || (candidate.ok === false && isAppErrorData(candidate.error));
}
