/**
 * After a form is refused, moves focus to its first field marked invalid, once React has
 * rendered the marks, so keyboard and screen-reader users land on what to fix.
 */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => {
    form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  });
}
