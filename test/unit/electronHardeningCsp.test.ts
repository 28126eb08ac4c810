// @vitest-environment jsdom
/**
 * Issue 14, item 16: the Content-Security-Policy the built window really gets, read from
 * out/renderer/index.html (the global setup builds it when the sources are newer) and from
 * the headers app:// sends with it. In jsdom, for its DOMParser: the page is read as a browser
 * reads it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../electron/common/contentSecurityPolicy';
import { serveRendererRequest } from '../../electron/main/security/appProtocol';

const builtDir = path.resolve('out/renderer');

/**
 * A serialised policy as the CSP Level 3 parser reads it (w3.org/TR/CSP3/#parse-serialized-policy):
 * directives split on ';', names lower-cased, sources split on ASCII whitespace; the first of
 * two same-named directives wins.
 */
function parsePolicy(serialised: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const token of serialised.split(';')) {
    const [name, ...sources] = token.trim().split(/[\t\n\f\r ]+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Sources that name no host: keywords, and the schemes a local page needs for its own data. */
const hostless = /^('self'|'none'|'wasm-unsafe-eval'|data:|blob:)$/;

function builtPage() {
  const html = fs.readFileSync(path.join(builtDir, 'index.html'), 'utf8');
  return { html, document: new DOMParser().parseFromString(html, 'text/html') };
}

describe('the CSP of the built window (out/renderer/index.html)', () => {
  const { html, document } = builtPage();
  const meta = document.querySelector('meta[http-equiv="Content-Security-Policy" i]');
  const policy = parsePolicy(meta?.getAttribute('content') ?? '');

  it('is the one policy of electron/common, written in by the build', () => {
    expect(document.querySelectorAll('meta[http-equiv="Content-Security-Policy" i]')).toHaveLength(1);
    expect(meta!.getAttribute('content')).toBe(contentSecurityPolicy);
    expect(html).not.toContain('%BRIEFING_CSP%');
  });

  it('comes before any script or style it governs (a meta policy applies only after it)', () => {
    const head = [...document.head.children];
    const firstLoaded = head.findIndex((element) => element.matches('script, link, style'));
    expect(head.indexOf(meta!)).toBeLessThan(firstLoaded);
  });

  it('runs only our own script files: no eval, no inline script, no other origin', () => {
    const scripts = policy.get('script-src') ?? policy.get('default-src')!;
    expect(scripts).toContain("'self'");
    for (const forbidden of ["'unsafe-eval'", "'unsafe-inline'", "'unsafe-hashes'", "'strict-dynamic'", 'data:', 'blob:', '*']) {
      expect(scripts).not.toContain(forbidden);
    }
    expect(html).not.toContain("'unsafe-eval'");
    // Every script in the page is a file of ours, none inline.
    for (const script of document.querySelectorAll('script')) {
      expect(script.getAttribute('src')).toMatch(/^\.\/assets\/[\w.-]+\.js$/);
      expect(script.textContent).toBe('');
    }
  });

  it("defaults to 'self', with no plugins, no <base>, no form posts", () => {
    expect(["'self'", "'none'"]).toContain(policy.get('default-src')?.join(' '));
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
  });

  it('names no host in any directive, and connects to nothing but itself', () => {
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    for (const [name, sources] of policy) {
      for (const source of sources) expect(source, `${name} ${source}`).toMatch(hostless);
    }
  });

  it('lets pdf.js run: its worker and wasm decoders from our origin, page images from blob:', () => {
    expect(policy.get('worker-src')).toEqual(expect.arrayContaining(["'self'"]));
    expect(policy.get('script-src')).toContain("'wasm-unsafe-eval'");
    expect(policy.get('img-src')).toEqual(expect.arrayContaining(["'self'", 'blob:']));
    // The worker the bundle loads is a file under assets/, which app:// serves.
    const workers = fs.readdirSync(path.join(builtDir, 'assets')).filter((name) => name.startsWith('pdf.worker'));
    expect(workers).toHaveLength(1);
  });

  it('is sent as a header too by app://, with frame-ancestors (which a meta tag cannot carry)', async () => {
    const answer = await serveRendererRequest(new Request('app://briefing/index.html'), builtDir);
    expect(answer.status).toBe(200);
    const header = parsePolicy(answer.headers.get('content-security-policy')!);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    expect(header.get('script-src')).toEqual(policy.get('script-src'));
    expect(await answer.text()).toBe(html);
  });
});
