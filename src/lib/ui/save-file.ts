/** A file handed to the browser's downloads, the one way every export, print and share is saved. */
export function saveFile(blob: Blob, filename: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** Today as YYYY-MM-DD, for file names. */
export const fileDay = (): string => new Date().toISOString().slice(0, 10);
