// Focuses a field of the describe form from a link in the grade (step 4): the element
// with `id` in the same shadow root as the link, its closed disclosure («Recommended
// fields») opened first; for a group of checkboxes, its first box. A fragment link
// cannot do this: `#id` does not reach into a shadow root.
export function focus_field(from, id) {
  const root = from?.getRootNode?.();
  const el = root?.getElementById?.(id);
  if (!el) return;
  const details = el.closest('details');
  if (details) details.open = true;
  const target = el.matches('input, select, textarea, button') ? el : (el.querySelector('input, select, textarea') ?? el);
  target.scrollIntoView({ block: 'center' });
  target.focus();
}
