/** Saving data the page made as a file: a Blob URL and a temporary `<a download>`. */

/** Saves `data` (text or a Blob) as `fileName` with the given MIME type. */
export function downloadFile(data: string | Blob, fileName: string, type: string): void {
  const url = URL.createObjectURL(typeof data === 'string' ? new Blob([data], { type }) : data);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers read the URL after click() returns; free it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
