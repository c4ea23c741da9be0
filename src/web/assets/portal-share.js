// Enhances the article page's "copy link" field with a button (the page works without it):
// copies the address, announces it in a status region, and reports the share to the portal.
for (const button of document.querySelectorAll('button[data-copy-target]')) {
  const input = document.getElementById(button.dataset.copyTarget);
  const status = button.parentElement.querySelector('.copy-status');
  if (!input || !navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(input.value);
      if (status) status.textContent = button.dataset.copied;
      fetch(button.dataset.count, { method: 'POST', credentials: 'omit', keepalive: true }).catch(() => {});
    } catch {
      input.select();
    }
  });
}
