/**
 * Offline use after one visit: registers the service worker the build writes (`sw.js`, see
 * `scripts/build/service_worker.ts`) once the first view is drawn, so its downloads never compete with it. A new
 * version installs in the background and waits; `updateReady` then holds it, and the page offers a reload
 * (`applyUpdate`) instead of switching versions under the user's hands.
 */
import { signal } from '@preact/signals';

/** A new version, installed and waiting for the user to reload; null when there is none. */
export const updateReady = signal<ServiceWorker | null>(null);

/** Registers the service worker (production builds only; never in the dev server). */
export function registerOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const sw = navigator.serviceWorker;
  const watch = (w: ServiceWorker | null): void => {
    w?.addEventListener('statechange', () => {
      // "installed" with a page already controlled means a newer version is waiting (the first install is not an update).
      if (w.state === 'installed' && sw.controller) updateReady.value = w;
    });
  };
  sw.register('./sw.js', { scope: './' }).then(
    (reg: ServiceWorkerRegistration | undefined) => {
      // Some browsers (and blocked service workers) resolve without a registration.
      if (!reg) return;
      if (reg.waiting && sw.controller) updateReady.value = reg.waiting;
      watch(reg.installing);
      reg.addEventListener('updatefound', () => watch(reg.installing));
    },
    () => undefined, // No offline use (private mode, an old browser): the app works as before.
  );
}

/** Switches to the waiting version and reloads once it controls the page. */
export function applyUpdate(): void {
  const w = updateReady.value;
  if (!w) return;
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
  w.postMessage({ type: 'SKIP_WAITING' });
}
