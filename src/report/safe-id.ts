/** A submission id made safe as a folder name. */
export function safeId(id: string): string {
  return id.replace(/[\\/:*?"<>|\u0000-\u001f]/gu, '_') || '_';
}
