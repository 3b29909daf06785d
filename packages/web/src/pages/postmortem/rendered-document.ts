import type { Postmortem } from '@hindsight/core';
import { renderHtml } from '@hindsight/core/render';

/**
 * The body of core's rendered page (header, key facts, sections, timeline diagram, action
 * items), without its <html>, <head> and inline <style>, which the app's CSP would refuse
 * and its own stylesheet replaces. Everything in it was escaped or went through core's
 * sanitiser, which is why the page may insert it as HTML.
 */
export function renderedDocument(model: Postmortem): string {
  const page = renderHtml(model);
  const start = page.indexOf('<main class="postmortem">');
  const end = page.lastIndexOf('</main>');
  if (start === -1 || end === -1) return '';
  return page.slice(start + '<main class="postmortem">'.length, end);
}
