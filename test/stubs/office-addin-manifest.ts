// office-addin-mock imports office-addin-manifest only for this enum; the real package pulls an
// ESM-only dependency that jest cannot load.
export enum OfficeApp {
  Excel = "excel",
  OneNote = "onenote",
  Outlook = "outlook",
  PowerPoint = "powerpoint",
  Project = "project",
  Word = "word",
}
